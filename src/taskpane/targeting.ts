// What the user chose in the Targeting panel, and how it becomes core's criteria.
//
// Firmographic filters take one value per column. Core combines `where` filters with AND, so
// two values of one column would match no account; offering a single choice per column keeps
// every combination the pane can express meaningful (Excel's own filter buttons remain there
// for anything finer once the target list is applied).

import type { Cluster, ColumnKind, TargetCriteria } from '../core/types';
import type { FilterColumn, SheetReport } from '../excel/types';
import type { MessageKey } from '../i18n';

export interface TargetingChoice {
  clusters: Cluster[];
  /** Headers of the cluster columns (products) targeted. */
  clusterColumns: string[];
  /** Headers of the cohort (solution play) columns that must be Yes. */
  cohorts: string[];
  recentOnly: boolean;
  /** Header → the one value an account must have; a column without an entry is not filtered. */
  filters: Readonly<Record<string, string>>;
}

export const DEFAULT_CLUSTERS: readonly Cluster[] = ['Act Now', 'Evaluate'];

/** Headers of the report's cluster columns, in sheet order. */
export function clusterColumnHeaders(report: SheetReport): string[] {
  return report.profile.columns
    .filter((column) => column.role === 'cluster')
    .sort((a, b) => a.index - b.index)
    .map((column) => column.header);
}

export function defaultChoice(report: SheetReport): TargetingChoice {
  return {
    clusters: [...DEFAULT_CLUSTERS],
    clusterColumns: [...report.defaultClusterColumns],
    cohorts: [],
    recentOnly: false,
    filters: {},
  };
}

/**
 * What makes a choice a different one: the report type and the header. A refresh of the same
 * report keeps the user's choice; another sheet, or the M365/Surface answer, starts afresh.
 */
export function choiceKey(report: SheetReport): string {
  const headers = report.profile.columns.map((column) => column.header);
  return JSON.stringify([report.sheetName, report.profile.reportType, headers]);
}

/** Why the choice cannot target anything yet, or undefined when it can. */
export function choiceProblem(
  choice: TargetingChoice,
  report: SheetReport,
): MessageKey | undefined {
  if (choice.clusters.length === 0) return 'pane.targeting.noCluster';
  if (clusterColumnHeaders(report).length > 0 && choice.clusterColumns.length === 0) {
    return 'pane.targeting.noProduct';
  }
  return undefined;
}

/**
 * Core's criteria for a choice. Lists are always given, even when empty: an empty cluster
 * column list would otherwise mean "the defaults" to core, which is why `choiceProblem` must
 * be clear before these criteria are used.
 */
export function toCriteria(choice: TargetingChoice): TargetCriteria {
  return {
    clusters: [...choice.clusters],
    clusterColumns: [...choice.clusterColumns],
    cohorts: [...choice.cohorts],
    recentOnly: choice.recentOnly,
    where: Object.entries(choice.filters).map(([column, value]) => ({ column, value })),
  };
}

/** `items` with `item` added or removed, kept in the order of `all`. */
export function toggled<T>(items: readonly T[], item: T, on: boolean, all: readonly T[]): T[] {
  const wanted = new Set(items);
  if (on) wanted.add(item);
  else wanted.delete(item);
  return all.filter((candidate) => wanted.has(candidate));
}

/** The choice with the filter on `header` set to `value`, or removed when `value` is undefined. */
export function withFilter(
  choice: TargetingChoice,
  header: string,
  value: string | undefined,
): TargetingChoice {
  const others = Object.entries(choice.filters).filter(([column]) => column !== header);
  const filters = Object.fromEntries(value === undefined ? others : [...others, [header, value]]);
  return { ...choice, filters };
}

/** The order firmographic filters are offered in: from the broadest grouping to the finest. */
const FILTER_ORDER: readonly ColumnKind[] = [
  'subSegment',
  'industry',
  'vertical',
  'country',
  'state',
  'city',
  'orgSize',
];

export interface OfferedFilter {
  column: FilterColumn;
  kind: ColumnKind | undefined;
}

/**
 * The report's filter columns with their kinds, sub-segment first and city after state after
 * country, whatever order the sheet has them in; columns of other kinds keep their order, last.
 */
export function offeredFilters(report: SheetReport): OfferedFilter[] {
  const kinds = new Map(report.profile.columns.map((column) => [column.header, column.kind]));
  const rank = (kind: ColumnKind | undefined): number => {
    const found = kind === undefined ? -1 : FILTER_ORDER.indexOf(kind);
    return found < 0 ? FILTER_ORDER.length : found;
  };
  return report.filterColumns
    .map((column) => ({ column, kind: kinds.get(column.header) }))
    .sort((a, b) => rank(a.kind) - rank(b.kind));
}
