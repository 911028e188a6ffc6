// Shared set-up for the adapter tests: bundled sample reports loaded into the in-memory Excel
// host the way Excel opens a CSV, an adapter bound to that host, and core's own answer for the
// same cells to compare the sheet with.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../src/core/decode-text';
import { detectReport } from '../../src/core/detect-report';
import { planTargets } from '../../src/core/plan-targets';
import { readCsv } from '../../src/core/read-csv';
import type { ReportProfile, TargetCriteria, TargetPlan } from '../../src/core/types';
import { createReportAdapter } from '../../src/excel';
import type { ReportAdapter } from '../../src/excel/types';
import {
  createWorkbook,
  sheetTexts,
  sheetValues,
  type ExcelHost,
  type FillMode,
  type WorkbookOptions,
} from '../excel-host';

export const SAMPLES_DIR = join(__dirname, '..', '..', 'samples');

/** One sample per report type (the newest layouts, plus a pt-BR Excel export). */
export const SAMPLES = {
  azure: 'CloudAscent - Azure propensity.csv',
  m365: 'CloudAscent - M365 Copilot propensity.csv',
  surface: 'CloudAscent - Surface propensity.csv',
  d365: 'CloudAscent - D365 propensity.csv',
  security: 'CloudAscent - Security propensity.csv',
  renewals: 'CloudAscent - Agreement renewals propensity.csv',
} as const;

export interface SampleTable {
  title: string[];
  header: string[];
  rows: string[][];
}

/** A sample read by core's CSV reader; title lines above the header are kept as one cell. */
export function readSample(file: string): SampleTable {
  const text = decodeText(readFileSync(join(SAMPLES_DIR, file)));
  const read = readCsv(text);
  if (!read.ok) throw new Error(`${file}: ${read.error.code}`);
  const lines = text.split(/\r?\n/).slice(0, read.value.headerLine - 1);
  return {
    title: lines.filter((line) => line.trim() !== '').map((line) => line.split(',')[0]),
    header: read.value.header,
    rows: read.value.rows,
  };
}

/** The sheet's rows as Excel holds them before the add-in runs: title cells, header, data. */
export function sheetRows(table: SampleTable): string[][] {
  return [...table.title.map((cell) => [cell]), table.header, ...table.rows];
}

export interface LoadedSample {
  host: ExcelHost;
  adapter: ReportAdapter;
  sheetName: string;
  table: SampleTable;
  /** 0-based sheet row of the header. */
  headerRow: number;
}

export function adapterFor(host: ExcelHost): ReportAdapter {
  return createReportAdapter(host.run.bind(host), {
    isSetSupported: (name, version) => host.requirements.isSetSupported(name, version),
  });
}

export function loadSample(
  file: string,
  options: { mode?: FillMode; sheetName?: string } & Omit<WorkbookOptions, 'sheets'> = {},
): LoadedSample {
  const table = readSample(file);
  const sheetName = options.sheetName ?? 'Report';
  const host = createWorkbook({
    name: file,
    ...options,
    sheets: [{ name: sheetName, rows: sheetRows(table), mode: options.mode ?? 'text' }],
  });
  return { host, adapter: adapterFor(host), sheetName, table, headerRow: table.title.length };
}

/**
 * Core's target list for the cells now in the sheet, read directly from the host: values as
 * text, except dates, which core reads as Excel displays them.
 */
export function expectedPlan(
  loaded: LoadedSample,
  criteria?: TargetCriteria,
): { plan: TargetPlan; profile: ReportProfile; values: unknown[][] } {
  const values = sheetValues(loaded.host, loaded.sheetName);
  const texts = sheetTexts(loaded.host, loaded.sheetName);
  const { header } = loaded.table;
  const width = header.length;
  const body = values.slice(loaded.headerRow + 1);
  // The sheets here are named "Report", so the workbook's file name is the name hint.
  const profile = detectReport(header, {
    nameHint: loaded.host.model.name,
    sampleRows: body.slice(0, 50).map((row) => row.slice(0, width).map((v) => String(v))),
  });
  const dates = new Set(
    profile.columns.filter((c) => c.kind === 'agreementEndDate').map((c) => c.index),
  );
  const rows = body.map((row, r) =>
    Array.from({ length: width }, (_, c) =>
      dates.has(c) ? texts[loaded.headerRow + 1 + r][c] : String(row[c] ?? ''),
    ),
  );
  return { plan: planTargets(profile, rows, criteria), profile, values };
}

export const EN = { lang: 'en' as const };
