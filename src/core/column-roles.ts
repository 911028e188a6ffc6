// What one header means, from its name alone: its role, the finer kind core looks columns up
// by, and for score columns the product. Every rule compares folded headers, because the same
// column is spelled `MPN ID`, `MPNID` and `mpn_id` across report versions.

import { foldKey } from './fold';
import { DOCUMENTED_ROLES, toColumnRole } from './layouts';
import { productReportType, splitProductHeader, type ScorePart } from './product-names';
import type { ColumnKind, ColumnRole } from './types';

/** Which rule decided a column; `unknown` and `play-prefix` ones may be re-read from values. */
export type RoleSource =
  'name' | 'product' | 'documented' | 'pattern' | 'play-prefix' | 'values' | 'unknown';

export interface ColumnClass {
  role: ColumnRole;
  kind?: ColumnKind;
  source: RoleSource;
  /** Score columns: which part of the product triplet, and the product as spelled and folded. */
  part?: ScorePart;
  product?: string;
  productKey?: string;
  /** Solution-play columns named `<Area>_<play>`: the area prefix as written (`Azure_`). */
  playPrefix?: string;
  /** The 36-month column is `primary`; `Has_Transacted_Product` is its probable `successor`. */
  recency?: 'primary' | 'successor';
}

type NamedColumn = readonly [ColumnRole, ColumnKind?];

const identifier = (kind?: ColumnKind): NamedColumn => ['identifier', kind];
const firmographic = (kind?: ColumnKind): NamedColumn => ['firmographic', kind];

// Exact folded names. Each list holds the spellings seen in the documentation and in
// third-party Copilot-era files, plus the obvious English variants.
const NAMED: ReadonlyMap<string, NamedColumn> = new Map<string, NamedColumn>([
  ...spell(['customerid', 'customernumber', 'customerno'], identifier('customerId')),
  ...spell(['tpid', 'customertpid', 'toptpid', 'topparentid', 'topparenttpid'], identifier('tpid')),
  ...spell(['duns', 'dunsnumber', 'dunsno', 'dunsid'], identifier('duns')),
  ...spell(
    [
      'mpnid',
      'mpn',
      'partnerid',
      'globalid',
      'partnerglobalid',
      'partneroneid',
      'pgaid',
      'aicloudpartnerprogramid',
    ],
    identifier('partnerId'),
  ),
  ...spell(['agreementid', 'agreementnumber'], identifier('agreementId')),
  ...spell(
    ['partnername', 'partnernameresellername', 'resellername', 'distributorname'],
    identifier(),
  ),
  ...spell(['tenantid', 'tenantids'], identifier()),
  ...spell(
    ['accountname', 'customername', 'customeraccountname', 'organizationname', 'companyname'],
    firmographic('accountName'),
  ),
  ...spell(['postalcode', 'zipcode', 'zip', 'postcode', 'cep'], firmographic('postalCode')),
  ...spell(['industry', 'industryname'], firmographic('industry')),
  ...spell(['vertical', 'verticalname'], firmographic('vertical')),
  ...spell(['country', 'countryname', 'countryregion', 'countryorregion'], firmographic('country')),
  ...spell(['state', 'stateprovince', 'stateorprovince', 'province'], firmographic('state')),
  ...spell(['city', 'cityname'], firmographic('city')),
  ...spell(
    ['orgsize', 'orgsizerange', 'organizationsize', 'organisationsize'],
    firmographic('orgSize'),
  ),
  ...spell(['domain', 'area', 'subsidiary', 'salesterritory', 'region'], firmographic()),
  ...spell(['subsegment', 'smbsubsegment'], ['segment', 'subSegment']),
  ...spell(
    [
      'segment',
      'smctypesummary',
      'smectypesummary',
      'topunmanagedcomputebase',
      'topunmanageduserbase',
      'isnonprofit',
    ],
    ['segment'],
  ),
  ...spell(
    ['agreementenddate', 'agreementexpirationdate', 'agreementexpirydate'],
    ['renewal', 'agreementEndDate'],
  ),
  ...spell(
    ['expirationtype', 'licenseprogram', 'licensingprogram', 'revsumdivisionname'],
    ['renewal'],
  ),
  ...spell(['hasea', 'hasopen', 'hasopenvalue', 'hascsp', 'hasmca', 'hasmpsa'], ['licensing']),
]);

function spell(keys: readonly string[], meaning: NamedColumn): [string, NamedColumn][] {
  return keys.map((key) => [key, meaning]);
}

// Ownership names a Microsoft product after `Has`; competitive names a rival or `Compete`.
const OWNERSHIP =
  /^has(azure|d365|dynamics|m365|microsoft365|o365|office365|surface|powerapps|security|copilot)/;
const COMPETITIVE = /^has(google|aws|amazon|gcp|compete|competitor|competition|zoom|salesforce)/;
const RECENT_PRIMARY = /transacted\w*36months/;
const RECENT_SUCCESSOR = /^(has)?transactedproducts?$/;
const REVENUE_POTENTIAL = /revenuepotential|potentialrevenue|whitespace/;
// `Potential`, `Azure Potential`, `Potential (USD)`; not `High Potential`, which is a label.
const BARE_POTENTIAL = /^(\w*?)potential(usd|eur|brl|amount|value|band|range)?$/;
// Descriptive columns whose Yes/No values must not make them solution plays.
const DESCRIPTIVE = /upsellcustomer$|workloads$|^fy\d{2,4}offers?$/;

function namesRevenuePotential(key: string): boolean {
  if (REVENUE_POTENTIAL.test(key)) return true;
  const bare = BARE_POTENTIAL.exec(key);
  if (!bare) return false;
  const before = bare[1] ?? '';
  return before === '' || before === 'estimated' || productReportType(before) !== undefined;
}

// Newer files prefix solution plays with their area. The list is deliberately short: `M365_`
// also starts score and seat-range columns (`M365_CoPilot_Fit`, `M365_Paid_Seat_Range`).
const PLAY_PREFIX = /^\s*(azure|mw|d365|security|surface|bizapps)_/i;

// Product names are a word or two glued by `_` (`D365_BC`); a prefixed phrase ending in
// `Cluster` is a play about clusters (`Azure_Migrate to AKS Cluster`), not a product score.
function isPhrasedPlay(header: string, productName: string): boolean {
  return playPrefixOf(header) !== undefined && /\s/.test(productName);
}

/** `Azure_Modernize VDI to AVD` → `Azure_`; the prefix as written in the file. */
function playPrefixOf(header: string): string | undefined {
  const match = PLAY_PREFIX.exec(header);
  return match?.[1] === undefined ? undefined : `${match[1]}_`;
}

// Strong patterns name what a column holds unambiguously, even under a play prefix
// (`Azure_Revenue_Potential`); weak ones only describe headers nothing else claimed.
function byStrongPattern(key: string): ColumnClass | undefined {
  if (RECENT_PRIMARY.test(key)) {
    return { role: 'activity', kind: 'recentActivity', source: 'pattern', recency: 'primary' };
  }
  if (RECENT_SUCCESSOR.test(key)) {
    return { role: 'activity', kind: 'recentActivity', source: 'pattern', recency: 'successor' };
  }
  if (key.includes('expiringrevenue')) {
    return { role: 'revenue', kind: 'expiringRevenue', source: 'pattern' };
  }
  if (namesRevenuePotential(key)) {
    return { role: 'revenue', kind: 'revenuePotential', source: 'pattern' };
  }
  if (key.includes('renewal')) return { role: 'renewal', source: 'pattern' };
  return undefined;
}

function byWeakPattern(key: string): ColumnClass | undefined {
  if (key.includes('revenue')) return { role: 'revenue', source: 'pattern' };
  if (key.endsWith('seatrange')) return { role: 'firmographic', source: 'pattern' };
  if (OWNERSHIP.test(key)) return { role: 'ownership', source: 'pattern' };
  if (COMPETITIVE.test(key)) return { role: 'competitive', source: 'pattern' };
  if (DESCRIPTIVE.test(key)) return { role: 'other', source: 'pattern' };
  return undefined;
}

// The documentation outranks patterns (a long play name may mention revenue or renewal);
// patterns still lend it their kind where both agree (`Transactedinthelast36months`).
function fromDocumentation(
  header: string,
  role: ColumnRole,
  patterned: ColumnClass | undefined,
): ColumnClass {
  if (patterned?.role === role) return { ...patterned, source: 'documented' };
  const prefix = role === 'cohort' ? playPrefixOf(header) : undefined;
  return prefix
    ? { role, source: 'documented', playPrefix: prefix }
    : { role, source: 'documented' };
}

/** The role, kind and product of one header, judged by its name. */
export function classifyHeader(header: string): ColumnClass {
  const key = foldKey(header);

  const named = NAMED.get(key);
  if (named) {
    const [role, kind] = named;
    return kind ? { role, kind, source: 'name' } : { role, source: 'name' };
  }

  const product = splitProductHeader(header);
  if (product && !isPhrasedPlay(header, product.name)) {
    return {
      role: product.part,
      source: 'product',
      part: product.part,
      product: product.name,
      productKey: product.key,
    };
  }

  const strong = byStrongPattern(key);
  const documented = DOCUMENTED_ROLES.get(key);
  if (documented !== undefined) {
    return fromDocumentation(header, toColumnRole(documented), strong ?? byWeakPattern(key));
  }
  if (strong) return strong;

  const prefix = playPrefixOf(header);
  if (prefix) return { role: 'cohort', source: 'play-prefix', playPrefix: prefix };

  return byWeakPattern(key) ?? { role: 'other', source: 'unknown' };
}
