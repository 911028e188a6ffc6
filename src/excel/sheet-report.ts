// What `inspect` hands the pane: the detected report with its evidence, the summary, the
// firmographic values to filter on, and whether a plan is already on the sheet.

import { defaultClusterColumns } from '../core/default-cluster-columns';
import { summarize } from '../core/summarize';
import type { Problem } from '../core/types';
import { FILTER_KINDS, type ReportData } from './report-data';
import type { FilterColumn, SheetReport } from './types';

/** The distinct displayed values of a column with their counts, most frequent first. */
export function valueCounts(texts: readonly string[]): FilterColumn['values'] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function sheetReport(
  data: ReportData,
  applied: boolean,
  notesSupported: boolean,
): SheetReport {
  const { profile } = data;
  const analysis = summarize(profile, data.rows);
  const headers = new Map(profile.columns.map((column) => [column.index, column.header]));
  const warnings: Problem[] = [...profile.warnings];
  if (data.titleRows > 0) {
    warnings.push({ code: 'title-lines-skipped', params: { count: data.titleRows } });
  }
  warnings.push(...analysis.problems);
  return {
    sheetName: data.sheetName,
    workbookName: data.workbookName,
    profile,
    headerRow: data.block.headerRow,
    rowCount: data.block.rowCount,
    analysis,
    defaultClusterColumns: defaultClusterColumns(profile).map((i) => headers.get(i) ?? ''),
    filterColumns: profile.columns
      .filter((column) => column.kind !== undefined && FILTER_KINDS.has(column.kind))
      .map((column) => ({
        header: column.header,
        values: valueCounts(data.texts.get(column.index) ?? []),
      })),
    needsReportTypeChoice: data.needsChoice,
    applied,
    notesSupported,
    warnings,
  };
}
