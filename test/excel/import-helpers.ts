// Shared set-up for the import, repair and damage tests: files as the bytes a user picks, what
// core's reader makes of them, and an adapter over an in-memory workbook.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../src/core/decode-text';
import { readCsv } from '../../src/core/read-csv';
import type { ReportAdapter } from '../../src/excel/types';
import {
  createWorkbook,
  sheetTexts,
  sheetValues,
  type ExcelHost,
  type SheetSpec,
} from '../excel-host';
import { SAMPLES_DIR, adapterFor } from './report-fixtures';

/** A file's bytes as `File.arrayBuffer()` gives them. */
export function sampleBytes(file: string): ArrayBuffer {
  const buffer = readFileSync(join(SAMPLES_DIR, file));
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

export function textBytes(text: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(text);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** Header and data rows as core's reader gives them, short rows padded with blanks. */
export function expectedTable(bytes: ArrayBuffer): string[][] {
  const read = readCsv(decodeText(new Uint8Array(bytes)));
  if (!read.ok) throw new Error(read.error.code);
  const width = read.value.header.length;
  const pad = (row: string[]) => Array.from({ length: width }, (_, c) => row[c] ?? '');
  return [read.value.header, ...read.value.rows.map(pad)];
}

export interface Workbook {
  host: ExcelHost;
  adapter: ReportAdapter;
}

/** A workbook with one sheet (blank unless given), and an adapter over it. */
export function workbook(sheets: SheetSpec[] = [{ name: 'Sheet1' }]): Workbook {
  const host = createWorkbook({ name: 'Book1.xlsx', sheets });
  return { host, adapter: adapterFor(host) };
}

export function sheetNames(host: ExcelHost): string[] {
  return host.model.sheets.map((sheet) => sheet.name);
}

/** The sheet's displayed text and values, from A1. */
export function sheetContent(host: ExcelHost, name: string) {
  return { texts: sheetTexts(host, name), values: sheetValues(host, name) };
}

export const EN = { lang: 'en' as const };
