// Sheet "Summary": what the report holds, at a glance. Counts per cluster for every cluster
// column, Yes counts per cohort, the 4×4 Fit × Intent matrix of each product (coloured from
// white to green by a colour scale, so the busy cells stand out) and revenue potential summed
// per cluster, with the rule for bands under it. Report headers are written as text like every
// other value from the file.

import type { Worksheet } from 'exceljs';
import type { Analysis, ClusterCountKey } from '../../core/types';
import { writeText } from './cell-text';
import type { WorkbookInput } from './workbook-input';

const COUNT_KEYS: readonly ClusterCountKey[] = [
  'Act Now',
  'Evaluate',
  'Nurture',
  'Educate',
  '(blank)',
  '(other)',
];
const SEGMENT_LETTERS = ['A', 'B', 'C', 'D'];
const MONEY_FORMAT = '#,##0';
const LABEL_WIDTH = 48;

/** Writes rows from the top, one call per row, and remembers where it is. */
class RowWriter {
  next = 1;

  constructor(private readonly sheet: Worksheet) {}

  /** Numbers stay numbers (they are counts, not report values); text goes in as text. */
  write(values: readonly (string | number | undefined)[], bold = false, format?: string): number {
    const at = this.next++;
    const row = this.sheet.getRow(at);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      if (typeof value === 'number') {
        cell.value = value;
        if (format !== undefined) cell.numFmt = format;
      } else writeText(cell, value, false, bold);
    });
    row.commit();
    return at;
  }

  gap(): void {
    this.next++;
  }
}

/** `Cluster column, Act Now, …, (other)`, in the workbook's language. */
function countHeader(text: WorkbookInput['messages']): string[] {
  return [text.clusterColumnLabel, ...COUNT_KEYS.map((key) => text.clusterName(key))];
}

function writeClusterCounts(rows: RowWriter, analysis: Analysis, input: WorkbookInput): void {
  const text = input.messages;
  rows.write([text.clusterCountsTitle], true);
  rows.write(countHeader(text), true);
  for (const [header, counts] of Object.entries(analysis.clusterCounts)) {
    rows.write([header, ...COUNT_KEYS.map((key) => counts[key])]);
  }
  rows.gap();
}

function writeCohorts(rows: RowWriter, analysis: Analysis, input: WorkbookInput): void {
  if (analysis.cohortCounts.length === 0) return;
  const text = input.messages;
  rows.write([text.cohortsTitle], true);
  rows.write([text.cohortLabel, text.yesLabel], true);
  for (const { header, yes } of analysis.cohortCounts) rows.write([header, yes]);
  rows.gap();
}

function writeMatrices(
  sheet: Worksheet,
  rows: RowWriter,
  analysis: Analysis,
  input: WorkbookInput,
): void {
  const text = input.messages;
  for (const [product, matrix] of Object.entries(analysis.matrix)) {
    rows.write([text.matrixTitle(product)], true);
    const intentLabels = text.bandLabels.map((label, i) => `${label} (${i + 1})`);
    rows.write([text.fitIntentCorner, ...intentLabels], true);
    const first = rows.next;
    text.bandLabels.forEach((label, fit) => {
      rows.write([`${label} (${SEGMENT_LETTERS[fit] ?? ''})`, ...(matrix[fit] ?? [])]);
    });
    sheet.addConditionalFormatting({
      ref: `B${first}:E${first + 3}`,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [{ type: 'min' }, { type: 'max' }],
          color: [{ argb: 'FFFFFFFF' }, { argb: 'FF63BE7B' }],
        },
      ],
    });
    rows.gap();
  }
}

function writeRevenue(rows: RowWriter, analysis: Analysis, input: WorkbookInput): void {
  const text = input.messages;
  const { revenueColumn, columns } = input.profile;
  const header = revenueColumn === undefined ? undefined : columns[revenueColumn]?.header;
  if (header === undefined) {
    rows.write([text.noRevenue]);
    return;
  }
  rows.write([text.revenueTitle(header)], true);
  rows.write(countHeader(text), true);
  for (const [cluster, sums] of Object.entries(analysis.revenueByCluster)) {
    rows.write([cluster, ...COUNT_KEYS.map((key) => sums[key])], false, MONEY_FORMAT);
  }
  // Explanations quote a band as written (`$10K-$50K`); the sums cannot, so they say how.
  rows.gap();
  rows.write([text.revenueLowerBound]);
}

export function fillSummarySheet(sheet: Worksheet, input: WorkbookInput): void {
  sheet.getColumn(1).width = LABEL_WIDTH;
  const rows = new RowWriter(sheet);
  const text = input.messages;
  const { profile, analysis } = input;

  const type = text.reportTypes[profile.reportType];
  rows.write([text.summaryTitle(type, text.layoutName(profile.layout))], true);
  rows.gap();
  writeClusterCounts(rows, analysis, input);
  writeCohorts(rows, analysis, input);
  writeMatrices(sheet, rows, analysis, input);
  writeRevenue(rows, analysis, input);
}
