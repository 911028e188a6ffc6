// A CSV file as the import writes it: read by core's reader (encoding, BOM, delimiter, title
// lines, header), each column planned (text or number, which format), and the rows cut into
// batches that each fit one request. Pure and synchronous: the task pane runs it in a web
// worker, tests and the ribbon call it directly.

import { decodeText } from '../core/decode-text';
import { detectReport } from '../core/detect-report';
import { readCsv } from '../core/read-csv';
import type { Problem, Result } from '../core/types';
import { planColumns, rowInputs, type CellInput, type ColumnPlan } from './import-cells';
import { MAX_CELLS_PER_REQUEST, WRITE_BUDGET_BYTES } from './limits';
import { jsonBytes } from './payload';
import type { CsvInput, CsvParser, ParsedCsv } from './types';

/** Rows core's detection looks at for value shapes. */
const SAMPLE_ROWS = 50;

export interface ParsedReportFile {
  header: string[];
  rows: string[][];
  plans: ColumnPlan[];
  /** Data rows per batch, in file order. */
  batchSizes: number[];
  warnings: Problem[];
}

/** Everything about a parsed file but its rows: what crosses from the worker first. */
export type ParsedSummary = Pick<ParsedCsv, 'header' | 'rowCount' | 'formats' | 'batchSizes'> & {
  warnings: Problem[];
};

export function parseReportFile(input: CsvInput): Result<ParsedReportFile> {
  const text = 'text' in input ? input.text : decodeText(new Uint8Array(input.bytes));
  const read = readCsv(text);
  if (!read.ok) return read;

  const { header, rows, warnings } = read.value;
  const profile = detectReport(header, {
    nameHint: input.fileName,
    sampleRows: rows.slice(0, SAMPLE_ROWS),
  });
  const plans = planColumns(profile, header.length, rows);
  return {
    ok: true,
    value: { header, rows, plans, batchSizes: planBatches(rows, plans), warnings },
  };
}

export function summaryOf(file: ParsedReportFile): ParsedSummary {
  return {
    header: file.header,
    rowCount: file.rows.length,
    formats: file.plans.map((plan) => plan.format),
    batchSizes: file.batchSizes,
    warnings: file.warnings,
  };
}

/** The cell values of batch `index`. */
export function batchOf(file: ParsedReportFile, index: number): CellInput[][] {
  if (!Number.isInteger(index) || index < 0 || index >= file.batchSizes.length) {
    throw new RangeError(`There is no batch ${index}.`);
  }
  let start = 0;
  for (let i = 0; i < index; i++) start += file.batchSizes[i];
  const end = start + file.batchSizes[index];
  const batch: CellInput[][] = new Array<CellInput[]>(end - start);
  for (let r = start; r < end; r++) batch[r - start] = rowInputs(file.rows[r], file.plans);
  return batch;
}

/**
 * Rows per request by the rule the chunked writer uses: a batch grows row by row until the next
 * row would pass the byte budget or the cell budget (a formatted column counts twice, for its
 * values and its format). The writer therefore sends each batch in one request.
 */
export function planBatches(rows: readonly (readonly string[])[], plans: ColumnPlan[]): number[] {
  const byteBudget = WRITE_BUDGET_BYTES;
  const cellsPerRow = plans.length + plans.filter((plan) => plan.format !== undefined).length;
  const rowBudget = Math.max(1, Math.floor(MAX_CELLS_PER_REQUEST / Math.max(1, cellsPerRow)));
  const sizes: number[] = [];
  let count = 0;
  let bytes = 0;
  for (const row of rows) {
    const size = jsonBytes(rowInputs(row, plans)) + 1;
    if (count > 0 && (bytes + size > byteBudget || count >= rowBudget)) {
      sizes.push(count);
      count = 0;
      bytes = 0;
    }
    count += 1;
    bytes += size;
  }
  if (count > 0) sizes.push(count);
  return sizes;
}

/** A parser that runs core's reader in this thread; fine for tests and small files. */
export const parseInProcess: CsvParser = (input) => {
  const parsed = parseReportFile(input);
  if (!parsed.ok) return Promise.resolve(parsed);
  const file: ParsedReportFile | undefined = parsed.value;
  let held: ParsedReportFile | undefined = file;
  return Promise.resolve({
    ok: true,
    value: {
      ...summaryOf(file),
      batch: (index) => {
        if (held === undefined) return Promise.reject(new Error('The parsed file was closed.'));
        return Promise.resolve(batchOf(held, index));
      },
      close: () => {
        held = undefined;
      },
    },
  });
};
