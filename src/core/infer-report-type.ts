// Which report a header belongs to, judged from its content: the products it scores and the
// solution plays it lists. Used when no documented layout matches, and to tell M365 from
// Surface, whose FY24 layouts are the same.

import { foldKey } from './fold';
import { productReportType } from './product-names';
import type { ReportType } from './types';

export interface TypeTally {
  /** Fit, Intent and Cluster columns of the type's products. */
  productColumns: number;
  /** Solution-play columns carrying the type's area prefix. */
  plays: number;
}

const PLAY_PREFIX_TYPES: Readonly<Record<string, ReportType>> = {
  azure: 'azure',
  mw: 'm365',
  d365: 'd365',
  bizapps: 'd365',
  security: 'security',
  surface: 'surface',
};

// On a perfect tie the order of the reports partners download most often decides.
const TIE_ORDER: readonly ReportType[] = ['azure', 'm365', 'd365', 'security', 'surface'];

export function playPrefixType(prefix: string): ReportType | undefined {
  return PLAY_PREFIX_TYPES[foldKey(prefix)];
}

export function tallyReportTypes(
  productColumns: readonly { productKey: string; count: number }[],
  playsByPrefix: ReadonlyMap<string, number>,
): Map<ReportType, TypeTally> {
  const tally = new Map<ReportType, TypeTally>();
  const entry = (type: ReportType) => {
    const found = tally.get(type);
    if (found) return found;
    const fresh = { productColumns: 0, plays: 0 };
    tally.set(type, fresh);
    return fresh;
  };

  for (const { productKey, count } of productColumns) {
    const type = productReportType(productKey);
    if (type) entry(type).productColumns += count;
  }
  for (const [prefix, count] of playsByPrefix) {
    const type = playPrefixType(prefix);
    if (type) entry(type).plays += count;
  }
  return tally;
}

/** Products weigh more than plays: a file scores the products of its own report. */
export function compareTallies(a: TypeTally | undefined, b: TypeTally | undefined): number {
  const productGap = (a?.productColumns ?? 0) - (b?.productColumns ?? 0);
  if (productGap !== 0) return productGap;
  return (a?.plays ?? 0) - (b?.plays ?? 0);
}

export function hasEvidence(tally: TypeTally | undefined): boolean {
  return (tally?.productColumns ?? 0) + (tally?.plays ?? 0) > 0;
}

/** The report type with the strongest evidence, or undefined when nothing points anywhere. */
export function likeliestType(tally: ReadonlyMap<ReportType, TypeTally>): ReportType | undefined {
  let best: ReportType | undefined;
  for (const type of TIE_ORDER) {
    const candidate = tally.get(type);
    if (!hasEvidence(candidate)) continue;
    if (best === undefined || compareTallies(candidate, tally.get(best)) > 0) best = type;
  }
  return best;
}
