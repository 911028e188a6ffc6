// Which Excel filters show exactly core's target list. Filters go on the report's real columns,
// so the user sees normal filter buttons: the cluster column, each chosen cohort, the 36-month
// column and each firmographic filter. Excel's value filters match the DISPLAYED text, so each
// list holds the displayed texts of the rows whose value core accepts.
//
// Excel combines column filters with AND. Core's cluster rule over several cluster columns is an
// OR (any column in a chosen cluster), which no set of column filters can express; then, and
// whenever the displayed texts would not reproduce core's decision exactly, the Priority helper
// column is also filtered to its non-blank cells, which are exactly the targets.

import type { ResolvedCriteria, ResolvedWhere } from '../core/resolve-criteria';
import { foldText } from '../core/fold';
import { parseCluster } from '../core/parse-cluster';
import { parseFlag } from '../core/parse-flag';
import type { Cells } from '../core/cell-reader';
import type { ReportProfile, TargetPlan } from '../core/types';

export interface ColumnFilter {
  /** 0-based report column. */
  column: number;
  criteria: Excel.FilterCriteria;
}

export interface FilterPlan {
  filters: ColumnFilter[];
  /** Also keep only rows with a priority. */
  byPriority: boolean;
}

interface Condition {
  column: number;
  accepts: (text: string | undefined) => boolean;
}

/** The conditions core applies, one per report column Excel can filter. */
function conditions(profile: ReportProfile, plan: TargetPlan, where: ResolvedWhere[]): Condition[] {
  const found: Condition[] = [];
  if (plan.clusterColumns.length === 1) {
    const wanted = new Set<string>(plan.criteria.clusters);
    found.push({
      column: plan.clusterColumns[0],
      accepts: (text) => wanted.has(parseCluster(text) ?? ''),
    });
  }
  for (const column of plan.cohortColumns) {
    found.push({ column, accepts: (text) => parseFlag(text) === true });
  }
  if (plan.criteria.recentOnly && profile.recentColumn !== undefined) {
    found.push({ column: profile.recentColumn, accepts: (text) => parseFlag(text) === true });
  }
  for (const filter of where) {
    const wanted = foldText(filter.value);
    found.push({ column: filter.column, accepts: (text) => foldText(text ?? '') === wanted });
  }
  return found;
}

/**
 * Report columns whose displayed text the filters may need: every chosen cluster column (also
 * coloured), cohort, the 36-month column when asked, and each firmographic filter.
 */
export function filterTextColumns(profile: ReportProfile, resolved: ResolvedCriteria): number[] {
  const columns = [...resolved.clusterColumns, ...resolved.cohortColumns];
  if (resolved.criteria.recentOnly && profile.recentColumn !== undefined) {
    columns.push(profile.recentColumn);
  }
  for (const filter of resolved.where) columns.push(filter.column);
  return [...new Set(columns)];
}

export function planFilters(
  profile: ReportProfile,
  plan: TargetPlan,
  where: ResolvedWhere[],
  rows: readonly Cells[],
  texts: (column: number) => readonly string[],
): FilterPlan {
  const filters: ColumnFilter[] = [];
  const allowed: { shown: readonly string[]; lower: Set<string> }[] = [];
  let byPriority = plan.clusterColumns.length !== 1 || plan.targets.length === 0;

  for (const condition of conditions(profile, plan, where)) {
    const shown = texts(condition.column);
    const lower = new Set<string>();
    const values: string[] = [];
    for (let r = 0; r < rows.length; r++) {
      if (!condition.accepts(rows[r][condition.column])) continue;
      const key = shown[r].toLowerCase();
      if (lower.has(key)) continue;
      lower.add(key);
      values.push(shown[r]);
    }
    if (values.length === 0) {
      byPriority = true;
      continue;
    }
    filters.push({
      column: condition.column,
      criteria: { filterOn: 'Values' as Excel.FilterOn, values },
    });
    allowed.push({ shown, lower });
  }

  if (!byPriority) byPriority = !showsExactlyTargets(plan, rows.length, filters, allowed);
  return { filters, byPriority };
}

/** Whether the value filters alone would show the target rows and nothing else. */
function showsExactlyTargets(
  plan: TargetPlan,
  rowCount: number,
  filters: ColumnFilter[],
  allowed: { shown: readonly string[]; lower: Set<string> }[],
): boolean {
  const targeted = new Uint8Array(rowCount);
  for (const target of plan.targets) targeted[target.row] = 1;
  for (let r = 0; r < rowCount; r++) {
    let visible = true;
    for (let f = 0; f < filters.length && visible; f++) {
      visible = allowed[f].lower.has(allowed[f].shown[r].toLowerCase());
    }
    if (visible !== (targeted[r] === 1)) return false;
  }
  return true;
}

/** Keeps the rows whose Priority cell is not blank. */
export const NON_BLANK: Excel.FilterCriteria = {
  filterOn: 'Custom' as Excel.FilterOn,
  criterion1: '<>',
};
