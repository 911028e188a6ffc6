// The documented CloudAscent layouts, indexed by folded header so that detection can score
// every layout against a file's header in one pass over its columns.

import layouts from './documented-layouts.json';
import { foldKey } from './fold';
import type { ColumnRole, ReportType } from './types';

/** One column as the documentation lists it. */
export interface DocumentedColumn {
  name: string;
  key: string;
  /** The name lower-cased with spaces collapsed: tells apart layouts that fold alike. */
  spelling: string;
  /** The project's role; the reference's finer roles are mapped in `toColumnRole`. */
  role: ColumnRole;
  /** The role word used by the reference (`partner`, `upsell`, `install_base`, ...). */
  referenceRole: string;
}

export interface DocumentedLayout {
  id: string;
  reportType: ReportType;
  date: string;
  columns: readonly DocumentedColumn[];
}

// Partner columns name who the row is attributed to, never the account's traits, so they sit
// with the identifiers (the reference already files `MPN ID` there). Upsell, install-base,
// workload and offer columns are descriptive and drive no targeting rule.
const REFERENCE_ROLES: Readonly<Record<string, ColumnRole>> = {
  identifier: 'identifier',
  partner: 'identifier',
  firmographic: 'firmographic',
  segment: 'segment',
  fit: 'fit',
  intent: 'intent',
  cluster: 'cluster',
  cohort: 'cohort',
  ownership: 'ownership',
  competitive: 'competitive',
  licensing: 'licensing',
  renewal: 'renewal',
  revenue: 'revenue',
  activity: 'activity',
};

const REPORT_TYPES: readonly ReportType[] = [
  'azure',
  'm365',
  'surface',
  'd365',
  'security',
  'renewals',
];

export function toColumnRole(referenceRole: string): ColumnRole {
  return REFERENCE_ROLES[referenceRole] ?? 'other';
}

function toReportType(text: string): ReportType {
  return REPORT_TYPES.find((type) => type === text) ?? 'unknown';
}

export const DOCUMENTED_LAYOUTS: readonly DocumentedLayout[] = layouts.layouts.map((layout) => ({
  id: layout.id,
  reportType: toReportType(layout.reportType),
  date: layout.date,
  columns: layout.columns.map((column) => ({
    name: column.name,
    key: foldKey(column.name),
    spelling: spellingKey(column.name),
    role: toColumnRole(column.role),
    referenceRole: column.role,
  })),
}));

/**
 * `Azure Cluster` and `AzureCluster` fold alike, so the 2020 and 2021-07 renewals layouts are
 * one layout to `foldKey`; their spelling, compared without case, still tells them apart.
 */
export function spellingKey(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, ' ');
}

function indexLayouts(keyOf: (column: DocumentedColumn) => string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  DOCUMENTED_LAYOUTS.forEach((layout, position) => {
    for (const key of new Set(layout.columns.map(keyOf))) {
      const holders = index.get(key);
      if (holders) holders.push(position);
      else index.set(key, [position]);
    }
  });
  return index;
}

/** Folded header → positions in `DOCUMENTED_LAYOUTS` of the layouts that have it. */
export const LAYOUTS_BY_KEY: ReadonlyMap<string, readonly number[]> = indexLayouts(
  (column) => column.key,
);

/** Spelling (see `spellingKey`) → positions of the layouts that spell a column so. */
export const LAYOUTS_BY_SPELLING: ReadonlyMap<string, readonly number[]> = indexLayouts(
  (column) => column.spelling,
);

function indexReferenceRoles(): Map<string, string> {
  const roles = new Map<string, string>();
  for (const layout of DOCUMENTED_LAYOUTS) {
    for (const column of layout.columns) {
      if (!roles.has(column.key)) roles.set(column.key, column.referenceRole);
    }
  }
  return roles;
}

/** Folded header → the reference role the documentation gives it (the same in every layout). */
export const DOCUMENTED_ROLES: ReadonlyMap<string, string> = indexReferenceRoles();

function commonKeys(): Set<string> {
  const [first, ...rest] = DOCUMENTED_LAYOUTS;
  const keys = new Set(first?.columns.map((column) => column.key));
  for (const layout of rest) {
    const present = new Set(layout.columns.map((column) => column.key));
    for (const key of keys) if (!present.has(key)) keys.delete(key);
  }
  return keys;
}

/**
 * The columns every documented report shares: the leading firmographic and segment ones
 * (`MPNID`, `CustomerID`, `SubSegment`, ...) and the competitor and licensing flags. A file
 * carrying most of them follows CloudAscent's conventions even when it has no score columns.
 */
export const COMMON_KEYS: ReadonlySet<string> = commonKeys();
