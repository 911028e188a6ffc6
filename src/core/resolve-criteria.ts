// Turns what the user asked for (headers as typed, options left out) into column indexes.
//
// Criteria that cannot be resolved never widen the target list: a cohort, filter or "recent
// only" the report cannot answer matches no row, and a problem says why. Dropping the condition
// instead would hand the partner accounts they explicitly filtered out, without a word.

import { defaultClusterColumns } from './default-cluster-columns';
import { foldKey, foldText } from './fold';
import { CLUSTERS, DEFAULT_BANDS } from './types';
import type {
  Bands,
  Cluster,
  ColumnRole,
  Problem,
  ReportProfile,
  TargetCriteria,
  TargetPlan,
} from './types';

const DEFAULT_CLUSTERS: readonly Cluster[] = ['Act Now', 'Evaluate'];

/**
 * Roles whose columns hold Yes/No flags, so "must be Yes" means something. A score, a cluster
 * or a country chosen as a cohort would never read as Yes and would silently empty the list.
 */
const FLAG_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'cohort',
  'ownership',
  'competitive',
  'licensing',
  'activity',
  'other',
]);

export interface ResolvedWhere {
  column: number;
  value: string;
}

export interface ResolvedCriteria {
  /** Defaults filled in; headers in the file's spelling (unresolved ones left out). */
  criteria: TargetPlan['criteria'];
  /** File order. */
  clusterColumns: number[];
  cohortColumns: number[];
  where: ResolvedWhere[];
  /** True when a condition the report cannot answer was asked for: no row can match. */
  matchesNothing: boolean;
  problems: Problem[];
}

/** Folded header → first column index with it. */
/**
 * Finds a column by the header the user typed: the exact spelling first, then ignoring case and
 * spacing, then ignoring punctuation too. The order matters because documented plays differ
 * only by punctuation (`… - 5+ Licenses` and `… - <5 Licenses` fold to the same key).
 */
function headerFinder(profile: ReportProfile): (header: string) => number | undefined {
  const exact = new Map<string, number>();
  const text = new Map<string, number>();
  const key = new Map<string, number>();
  for (const column of profile.columns) {
    setOnce(exact, column.header.trim(), column.index);
    setOnce(text, foldText(column.header), column.index);
    setOnce(key, column.key, column.index);
  }
  return (header) =>
    exact.get(header.trim()) ?? text.get(foldText(header)) ?? key.get(foldKey(header));
}

function setOnce(map: Map<string, number>, name: string, index: number): void {
  if (!map.has(name)) map.set(name, index);
}

function validBands(bands: Bands): boolean {
  const values = [bands.low, bands.medium, bands.high];
  return values.every(Number.isFinite) && bands.low < bands.medium && bands.medium < bands.high;
}

function resolveClusters(asked: readonly Cluster[] | undefined, problems: Problem[]): Cluster[] {
  if (asked === undefined || asked.length === 0) return [...DEFAULT_CLUSTERS];
  const known: Cluster[] = [];
  for (const cluster of asked) {
    if (!CLUSTERS.includes(cluster))
      problems.push({ code: 'unknown-cluster', params: { value: cluster } });
    else if (!known.includes(cluster)) known.push(cluster);
  }
  return known;
}

/**
 * Fills the defaults of `criteria` and resolves its headers against `profile` (compared after
 * folding, so `has aws` finds `HasAWS`). An empty or missing cluster list means Act Now and
 * Evaluate; invalid bands fall back to the default bands with a problem.
 */
export function resolveCriteria(
  profile: ReportProfile,
  criteria: TargetCriteria = {},
): ResolvedCriteria {
  const problems: Problem[] = [];
  const findHeader = headerFinder(profile);
  let matchesNothing = false;

  const lookUp = (header: string): number | undefined => {
    const found = findHeader(header);
    if (found === undefined) problems.push({ code: 'unknown-column', params: { header } });
    return found;
  };
  const headers = new Map(profile.columns.map((column) => [column.index, column.header]));
  const headerOf = (index: number): string => headers.get(index) ?? '';
  const roles = new Map(profile.columns.map((column) => [column.index, column.role]));
  /** The column when its role is one of `allowed`; otherwise a `code` problem and nothing. */
  const ofRole = (
    header: string,
    allowed: (role: ColumnRole | undefined) => boolean,
    code: string,
  ): number | undefined => {
    const found = lookUp(header);
    if (found === undefined || allowed(roles.get(found))) return found;
    problems.push({ code, params: { header } });
    return undefined;
  };

  const clusters = resolveClusters(criteria.clusters, problems);
  if (clusters.length === 0) matchesNothing = true;

  let clusterColumns: number[];
  if (criteria.clusterColumns === undefined || criteria.clusterColumns.length === 0) {
    clusterColumns = defaultClusterColumns(profile);
  } else {
    const isCluster = (role: ColumnRole | undefined): boolean => role === 'cluster';
    clusterColumns = unique(
      criteria.clusterColumns.map((header) => ofRole(header, isCluster, 'not-a-cluster-column')),
    ).sort((a, b) => a - b);
  }
  if (clusterColumns.length === 0) problems.push({ code: 'no-cluster-columns' });

  const cohortsAsked = criteria.cohorts ?? [];
  const isFlag = (role: ColumnRole | undefined): boolean =>
    role !== undefined && FLAG_ROLES.has(role);
  const cohortsFound = cohortsAsked.map((header) => ofRole(header, isFlag, 'not-a-cohort-column'));
  const cohortColumns = unique(cohortsFound);
  if (cohortsFound.includes(undefined)) matchesNothing = true;

  const where: ResolvedWhere[] = [];
  for (const filter of criteria.where ?? []) {
    const column = lookUp(filter.column);
    if (column === undefined) matchesNothing = true;
    else where.push({ column, value: filter.value });
  }

  const recentOnly = criteria.recentOnly === true;
  if (recentOnly && profile.recentColumn === undefined) {
    problems.push({ code: 'no-recent-column' });
    matchesNothing = true;
  }

  let bands = criteria.bands ?? DEFAULT_BANDS;
  if (!validBands(bands)) {
    problems.push({
      code: 'invalid-bands',
      params: { high: bands.high, medium: bands.medium, low: bands.low },
    });
    bands = DEFAULT_BANDS;
  }

  return {
    criteria: {
      clusters,
      clusterColumns: clusterColumns.map(headerOf),
      cohorts: cohortColumns.map(headerOf),
      recentOnly,
      where: where.map((filter) => ({ column: headerOf(filter.column), value: filter.value })),
      bands: { ...bands },
    },
    clusterColumns,
    cohortColumns,
    where,
    matchesNothing,
    problems,
  };
}

/** Defined values once each, first occurrence kept. */
function unique<T>(values: readonly (T | undefined)[]): T[] {
  const seen = new Set<T>();
  for (const value of values) if (value !== undefined) seen.add(value);
  return [...seen];
}
