// Product score columns follow one pattern in every version: `<Product>Fit`, `<Product>Intent`,
// `<Product>Cluster`, spelled `AzureCluster`, `Azure Cluster`, `M365_CoPilot_Cluster` or
// `Surface Intent`. This file splits such a header and says which report a product belongs to.

import { foldKey } from './fold';
import type { ReportType } from './types';

export type ScorePart = 'fit' | 'intent' | 'cluster';

export interface ProductHeader {
  part: ScorePart;
  /** The product as the header spells it, without the suffix and separators (`D365 F&O`). */
  name: string;
  /** The product folded, used to pair a product's three columns (`d365fo`). */
  key: string;
}

// `Score` is tolerated after Fit and Intent because exports built by hand often add it.
const SUFFIX = /(fit|intent|cluster)(score)?$/;

const SEPARATORS_AROUND = /^[\s_\-.:]+|[\s_\-.:]+$/g;

// Folded product names grouped by the report they belong to, most specific report first:
// `D365 Copilot` is a Dynamics product and `M365 Security` a security one.
const PRODUCT_FAMILIES: readonly (readonly [ReportType, readonly string[]])[] = [
  [
    'd365',
    ['d365', 'dynamics', 'powerapps', 'powerplatform', 'powerautomate', 'bizapps', 'businessapps'],
  ],
  ['security', ['security', 'defender', 'sentinel', 'purview', 'entra']],
  ['azure', ['azure']],
  ['surface', ['surface']],
  [
    'm365',
    ['m365', 'microsoft365', 'o365', 'office', 'copilot', 'teams', 'modernwork', 'windows365'],
  ],
];

/** The report a product belongs to (`M365_CoPilot` → m365), if its name says so. */
export function productReportType(productKey: string): ReportType | undefined {
  for (const [type, names] of PRODUCT_FAMILIES) {
    if (names.some((name) => productKey.includes(name))) return type;
  }
  return undefined;
}

/** Where the product name ends in `header`: after its first `length` folded characters. */
function productEnd(header: string, length: number): number {
  let kept = 0;
  let end = 0;
  while (end < header.length && kept < length) {
    kept += foldKey(header.charAt(end)).length;
    end += 1;
  }
  return end;
}

/** True when the suffix starts a new word: after a separator or at a lower→upper case step. */
function startsNewWord(header: string, end: number): boolean {
  const before = header.charAt(end - 1);
  const first = header.charAt(end);
  if (foldKey(first) === '') return true;
  return first !== first.toLowerCase() && before !== before.toUpperCase();
}

/**
 * Splits a Fit/Intent/Cluster header into its part and product, or returns undefined.
 * A suffix glued to an unknown word in one case (`Benefit`, `PROFIT`) is not a product
 * column; a glued suffix after a known product (`azurefit`) or a new word is.
 */
export function splitProductHeader(header: string): ProductHeader | undefined {
  const key = foldKey(header);
  const match = SUFFIX.exec(key);
  if (!match) return undefined;

  const productKey = key.slice(0, match.index);
  if (productKey === '') return undefined;

  const end = productEnd(header, productKey.length);
  if (productReportType(productKey) === undefined && !startsNewWord(header, end)) {
    return undefined;
  }
  const name = header.slice(0, end).replace(SEPARATORS_AROUND, '');
  return { part: match[1] as ScorePart, name, key: productKey };
}
