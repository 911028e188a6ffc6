// The Excel adapter reads only the columns core uses, because Excel on the web limits each
// request's size and a propensity report can be 200,000 rows by 80 columns.

import { resolveCriteria } from './resolve-criteria';
import type { ColumnRole, ReportProfile, TargetCriteria } from './types';

/** Roles whose every column a plan or the summary reads. */
const ROLES_READ: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'cluster',
  'fit',
  'intent',
  'cohort',
  'ownership',
  'competitive',
]);

/**
 * Column indexes that `planTargets` (with `criteria`) and `summarize` read, ascending: every
 * cluster, Fit, Intent, cohort, ownership and competitor column, revenue, the 36-month
 * column, the where-filter and chosen cluster columns, the identifier and account name, and
 * the renewal date and expiring revenue.
 */
export function columnsNeeded(profile: ReportProfile, criteria?: TargetCriteria): number[] {
  const needed = new Set<number>();
  for (const column of profile.columns) {
    if (ROLES_READ.has(column.role)) needed.add(column.index);
    if (column.kind === 'agreementEndDate' || column.kind === 'expiringRevenue') {
      needed.add(column.index);
    }
  }
  for (const product of profile.products) {
    for (const column of [product.cluster, product.fit, product.intent]) {
      if (column !== undefined) needed.add(column);
    }
  }
  for (const column of [
    profile.revenueColumn,
    profile.recentColumn,
    profile.identifierColumn,
    profile.accountNameColumn,
  ]) {
    if (column !== undefined) needed.add(column);
  }

  const resolved = resolveCriteria(profile, criteria);
  for (const column of resolved.clusterColumns) needed.add(column);
  for (const column of resolved.cohortColumns) needed.add(column);
  for (const filter of resolved.where) needed.add(filter.column);

  return [...needed].sort((a, b) => a - b);
}
