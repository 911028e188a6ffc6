// The columns an explanation reads, worked out once per plan so each row only looks cells up.

import { competitorName, cohortShortName, flagSubject } from './display-names';
import type { ReportProfile } from './types';

export interface NamedColumn {
  index: number;
  name: string;
}

export interface ReasonColumns {
  /** Chosen cohorts first (in the order chosen), then every other cohort column in file order. */
  cohorts: NamedColumn[];
  /** `name` is the product the flag is about (`Azure`, `Microsoft 365`). */
  ownership: NamedColumn[];
  /** `name` is the competitor, `''` when the column does not name one. */
  competitors: NamedColumn[];
  recent?: number;
  renewalDate?: number;
  expiringRevenue?: number;
  /**
   * True when the report's revenue column is revenue potential (a `revenue` reason); false
   * when it is the expiring revenue, already told by the renewal reason.
   */
  revenueIsPotential: boolean;
  /** The report's revenue column, whose value targeting has already read. */
  revenueColumn?: number;
}

export function reasonColumns(
  profile: ReportProfile,
  chosenCohorts: readonly number[],
): ReasonColumns {
  const chosen = new Set(chosenCohorts);
  const byIndex = new Map(profile.columns.map((column) => [column.index, column]));
  const cohortName = (index: number): NamedColumn => ({
    index,
    name: cohortShortName(byIndex.get(index)?.header ?? ''),
  });

  const cohorts = chosenCohorts.map(cohortName);
  const ownership: NamedColumn[] = [];
  const competitors: NamedColumn[] = [];
  let renewalDate: number | undefined;
  let expiringRevenue: number | undefined;

  for (const column of profile.columns) {
    if (column.role === 'cohort' && !chosen.has(column.index))
      cohorts.push(cohortName(column.index));
    if (column.role === 'ownership') {
      ownership.push({ index: column.index, name: flagSubject(column.header) });
    }
    if (column.role === 'competitive') {
      competitors.push({ index: column.index, name: competitorName(column.header) });
    }
    if (column.kind === 'agreementEndDate') renewalDate ??= column.index;
    if (column.kind === 'expiringRevenue') expiringRevenue ??= column.index;
  }

  const revenueIsPotential =
    profile.revenueColumn !== undefined && profile.revenueColumn !== expiringRevenue;
  return {
    cohorts,
    ownership,
    competitors,
    recent: profile.recentColumn,
    renewalDate,
    expiringRevenue,
    revenueIsPotential,
    revenueColumn: profile.revenueColumn,
  };
}
