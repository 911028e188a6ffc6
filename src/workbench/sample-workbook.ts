// A sample report as the in-memory Excel host holds it after the report was opened the safe way:
// core's CSV reader splits it, and every cell lands as text in "@"-formatted columns, so
// identifiers keep their leading zeros. Title lines above the header are left out, as an
// imported report has none; the header is row 1.

import { decodeText } from '../core/decode-text';
import { readCsv } from '../core/read-csv';
import type { Problem, Result } from '../core/types';
import { createWorkbook, type ExcelHost } from '../../test/excel-host';

export interface SampleWorkbook {
  host: ExcelHost;
  sheetName: string;
  /** Data rows below the header. */
  rowCount: number;
  /** The reader's warnings (title lines skipped, ragged rows, ...). */
  warnings: Problem[];
}

/** Longest worksheet name Excel accepts. */
const MAX_SHEET_NAME = 31;

/** The worksheet name Excel gives a CSV it opens: the file name without extension, cut to fit. */
export function sheetNameOf(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '').replace(/[:\\/?*[\]]/g, ' ');
  return stem.slice(0, MAX_SHEET_NAME).trim() || 'Report';
}

export function sampleWorkbook(fileName: string, bytes: Uint8Array): Result<SampleWorkbook> {
  const read = readCsv(decodeText(bytes));
  if (!read.ok) return read;

  const { header, rows, warnings } = read.value;
  const sheetName = sheetNameOf(fileName);
  const host = createWorkbook({
    name: fileName,
    sheets: [{ name: sheetName, rows: [header, ...rows], mode: 'text' }],
  });
  return { ok: true, value: { host, sheetName, rowCount: rows.length, warnings } };
}
