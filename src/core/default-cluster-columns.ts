// Which cluster columns a report's target list uses when the user has not chosen any. A report
// carries clusters for products it is not about (the M365 report also scores Surface), and the
// partner opened it for its own product.
//
// O365 counts as M365: the 2020-2021 M365 reports score Office 365, the older name of the same
// productivity suite, beside M365. Surface does not: it has its own report.

import { foldKey } from './fold';
import type { ColumnInfo, ReportProfile, ReportType } from './types';

/** Folded product-name prefixes per report type; a report type missing here uses every column. */
const PRODUCT_PREFIXES: Partial<Record<ReportType, readonly string[]>> = {
  azure: ['azure'],
  m365: ['m365', 'microsoft365', 'copilot', 'o365', 'office365'],
  surface: ['surface'],
  security: ['security'],
  d365: ['d365', 'dynamics', 'powerapps'],
};

/** The folded product name of a cluster column, falling back to its header. */
function productKey(column: ColumnInfo): string {
  return foldKey(column.product ?? column.header);
}

/**
 * Indexes of the cluster columns a target list uses by default, in file order: the ones whose
 * product belongs to the report type; every cluster column for renewals and unknown reports,
 * and for any report where none matches (a newer file naming its products differently).
 */
export function defaultClusterColumns(profile: ReportProfile): number[] {
  const clusters = profile.columns.filter((column) => column.role === 'cluster');
  const prefixes = PRODUCT_PREFIXES[profile.reportType];
  const all = clusters.map((column) => column.index).sort((a, b) => a - b);
  if (prefixes === undefined) return all;

  const matching = clusters
    .filter((column) => {
      const key = productKey(column);
      return prefixes.some((prefix) => key.startsWith(prefix));
    })
    .map((column) => column.index)
    .sort((a, b) => a - b);
  return matching.length > 0 ? matching : all;
}
