// The facts about a described header that decide its report type, gathered in one pass.

import type { DescribedColumns } from './describe-columns';
import { tallyReportTypes, type TypeTally } from './infer-report-type';
import { COMMON_KEYS } from './layouts';
import type { ColumnKind, ReportType } from './types';

export interface ReportFacts {
  tally: Map<ReportType, TypeTally>;
  /** Play prefix as first written → number of plays carrying it, in file order. */
  playsByPrefix: Map<string, number>;
  cohorts: number;
  /** Cohorts recognised only because their sample values are flags. */
  flagCohorts: number;
  /** Headers of the agreement columns that mark the renewals report. */
  agreementColumns: string[];
  /** The 2020-2021 M365 reports score Office 365; no other report does. */
  scoresO365: boolean;
  commonMatched: number;
  commonTotal: number;
}

const AGREEMENT_KINDS: ReadonlySet<ColumnKind> = new Set([
  'agreementId',
  'agreementEndDate',
  'expiringRevenue',
]);
const AGREEMENT_KEYS: ReadonlySet<string> = new Set([
  'licenseprogram',
  'licensingprogram',
  'expirationtype',
]);

function countPlays(described: DescribedColumns): Map<string, number> {
  const byFolded = new Map<string, { written: string; count: number }>();
  for (const column of described.classes) {
    if (column.role !== 'cohort' || column.playPrefix === undefined) continue;
    const folded = column.playPrefix.toLowerCase();
    const entry = byFolded.get(folded);
    if (entry) entry.count += 1;
    else byFolded.set(folded, { written: column.playPrefix, count: 1 });
  }
  return new Map([...byFolded.values()].map(({ written, count }) => [written, count]));
}

export function gatherFacts(described: DescribedColumns): ReportFacts {
  const { columns, classes, products } = described;
  const playsByPrefix = countPlays(described);

  const tally = tallyReportTypes(
    products.map((group) => ({ productKey: group.key, count: group.indexes.length })),
    playsByPrefix,
  );

  const agreementColumns = columns
    .filter(
      (column) =>
        (column.kind && AGREEMENT_KINDS.has(column.kind)) || AGREEMENT_KEYS.has(column.key),
    )
    .map((column) => column.header);

  const present = new Set(columns.map((column) => column.key));
  const commonMatched = [...COMMON_KEYS].filter((key) => present.has(key)).length;

  return {
    tally,
    playsByPrefix,
    cohorts: classes.filter((column) => column.role === 'cohort').length,
    flagCohorts: classes.filter((column) => column.role === 'cohort' && column.source === 'values')
      .length,
    agreementColumns,
    scoresO365: products.some((group) => /^(o365|office365)/.test(group.key)),
    commonMatched,
    commonTotal: COMMON_KEYS.size,
  };
}
