// `npm run bench:excel` (also the second part of `npm run bench`): the add-in's round trips on
// the in-memory Excel host for generated FY24 Azure reports of 10,000, 50,000 and 200,000 rows.
// Each report is opened with Open report file… (parsed in process, as the pane's worker would),
// then inspected, targeted with the default plan, explained and reset, as the pane does it.
//
// For each operation it prints the syncs, the requests, the bytes sent and received, the
// largest request, the time the adapter and core spent between round trips (all of it, and
// the longest single stretch, which is how long the pane would be blocked), and the minimum a
// perfect adapter needs: the header, the columns core reads and the helper columns written, as
// JSON, divided by the 4 MB request budget. Not a test: the figures go in the README.

import { performance } from 'node:perf_hooks';
import { sampleText } from '../scripts/samples/generate';
import { largeAzureSpec } from '../scripts/samples/specs';
import { columnsNeeded } from '../src/core/columns-needed';
import { planTargets } from '../src/core/plan-targets';
import { readCsv } from '../src/core/read-csv';
import type { ReportProfile } from '../src/core/types';
import { createReportAdapter } from '../src/excel';
import { helperRows } from '../src/excel/helper-columns';
import { MAX_CELLS_PER_REQUEST, MAX_PAYLOAD_BYTES } from '../src/excel/limits';
import { parseInProcess } from '../src/excel/parse-report-file';
import { jsonBytes } from '../src/excel/payload';
import { FILTER_KINDS } from '../src/excel/report-data';
import type { AdapterResult, ExcelRun } from '../src/excel/types';
import { createWorkbook, sheetValues, type ExcelHost } from '../test/excel-host';

const SIZES = (process.env.BENCH_ROWS ?? '10000,50000,200000').split(',').map(Number);
const FILE = 'CloudAscent - Azure propensity (FY24).csv';
const GOALS = { extraSyncs: 8, bytesRatio: 1.25 };

type Operation = 'import' | 'inspect' | 'apply' | 'explain' | 'reset';

export interface OperationFigures {
  operation: Operation;
  syncs: number;
  requests: number;
  bytesSent: number;
  bytesReceived: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  largestRequestCells: number;
  /** Wall time outside Excel's syncs, in ms: the adapter's and core's own work. */
  coreMs: number;
  /** The longest stretch of that work between two round trips, in ms. */
  longestBlockMs: number;
  /** Parsing the file, which the pane does in its web worker, in ms. */
  workerMs: number;
  /** Bytes a perfect adapter must move, and the requests they need at 4 MB each. */
  minimumBytes: number;
  minimumRequests: number;
}

/**
 * An Excel.run that times every sync, so the time between syncs is what the adapter spends.
 * The pane's thread is free during a sync (a round trip to Excel) and whenever the adapter
 * gives it a turn; a timer that fires whenever the thread is free marks those turns, so the
 * longest block is the longest stretch between two such moments.
 */
function timedRun(host: ExcelHost): {
  run: ExcelRun;
  /** Counts `work` as done elsewhere (the pane parses in its worker), not as blocking. */
  elsewhere<T>(work: () => Promise<T>): Promise<T>;
  start(): void;
  stop(): { coreMs: number; longestBlockMs: number; workerMs: number };
} {
  let excelMs = 0;
  let workerMs = 0;
  let began = 0;
  let free = 0;
  let longest = 0;
  let ticking = false;
  const busyUntil = (now: number): void => {
    longest = Math.max(longest, now - free);
  };
  const tick = (): void => {
    if (!ticking) return;
    busyUntil(performance.now());
    free = performance.now();
    setTimeout(tick, 0);
  };
  async function away<T>(work: () => Promise<T>, add: (ms: number) => void): Promise<T> {
    const start = performance.now();
    busyUntil(start);
    try {
      return await work();
    } finally {
      free = performance.now();
      add(free - start);
    }
  }
  const run: ExcelRun = (batch) =>
    host.run(async (context) => {
      const sync = context.sync.bind(context) as () => Promise<void>;
      context.sync = (() => away(sync, (ms) => (excelMs += ms))) as typeof context.sync;
      return batch(context);
    });
  return {
    run,
    elsewhere: (work) => away(work, (ms) => (workerMs += ms)),
    start: () => {
      excelMs = 0;
      workerMs = 0;
      longest = 0;
      began = performance.now();
      free = began;
      ticking = true;
      setTimeout(tick, 0);
    },
    stop: () => {
      const end = performance.now();
      ticking = false;
      busyUntil(end);
      return { coreMs: end - began - excelMs - workerMs, longestBlockMs: longest, workerMs };
    },
  };
}

/** Bytes of the named columns of the sheet, as JSON arrays of their cells. */
function columnBytes(values: readonly unknown[][], columns: Iterable<number>): number {
  let bytes = 0;
  for (const c of columns) bytes += jsonBytes(values.map((row) => [row[c]]));
  return bytes;
}

interface Minimums {
  import: number;
  inspect: number;
  apply: number;
  explain: number;
  reset: number;
}

/**
 * What each operation cannot do without: import sends every cell; inspect reads the header and
 * the columns core needs (the pane's filter columns among them); apply writes the four helper
 * columns; explain reads the original-row column and writes the Why column; reset moves no
 * column at all, only the header is counted.
 */
async function minimums(
  host: ExcelHost,
  sheetName: string,
  profile: ReportProfile,
  text: string,
): Promise<Minimums> {
  const values = sheetValues(host, sheetName);
  const header = jsonBytes([values[0]]);
  const body = values.slice(1);
  const read = new Set([
    ...columnsNeeded(profile),
    ...profile.columns
      .filter((c) => c.kind !== undefined && FILTER_KINDS.has(c.kind))
      .map((c) => c.index),
  ]);
  const rows = body.map((row) => row.map((cell) => String(cell)));
  const plan = planTargets(profile, rows);
  const helpers = await helperRows(plan, rows.length, 'en');
  const whyAndRow = helpers.map((row) => [row[2], row[3]]);
  const file = readCsv(text);
  if (!file.ok) throw new Error(file.error.code);
  const result: Minimums = {
    import: jsonBytes([file.value.header, ...file.value.rows]),
    inspect: header + columnBytes(body, read),
    apply: header + jsonBytes(helpers),
    explain: header + jsonBytes(whyAndRow),
    reset: header,
  };
  return result;
}

async function measureSize(rows: number): Promise<OperationFigures[]> {
  const text = sampleText(largeAzureSpec(rows));
  const host = createWorkbook({ name: 'Book1.xlsx', sheets: [{ name: 'Sheet1' }] });
  const timed = timedRun(host);
  const adapter = createReportAdapter(timed.run, {
    isSetSupported: (name, version) => host.requirements.isSetSupported(name, version),
    parseCsv: (input) => timed.elsewhere(() => parseInProcess(input)),
  });
  const bytes = new TextEncoder().encode(text).buffer;
  let profile: ReportProfile | undefined;
  let sheetName = '';

  const steps: [Operation, () => Promise<AdapterResult<unknown>>][] = [
    ['import', () => adapter.openReportFile?.({ fileName: FILE, bytes }, { lang: 'en' }) as never],
    ['inspect', () => adapter.inspect({ lang: 'en' })],
    ['apply', () => adapter.apply({}, { lang: 'en' })],
    ['explain', () => adapter.explain({ lang: 'en' })],
    ['reset', () => adapter.reset({ lang: 'en' })],
  ];
  const measured: Omit<OperationFigures, 'minimumBytes' | 'minimumRequests'>[] = [];
  for (const [operation, call] of steps) {
    host.resetStats();
    timed.start();
    const result = await call();
    const times = timed.stop();
    if (!result.ok) throw new Error(`${operation} failed: ${result.message}`);
    if (operation === 'import') sheetName = (result.value as { sheetName: string }).sheetName;
    if (operation === 'inspect') profile = (result.value as { profile: ReportProfile }).profile;
    const { stats } = host;
    measured.push({
      operation,
      syncs: stats.syncs,
      requests: stats.requests,
      bytesSent: stats.bytesSent,
      bytesReceived: stats.bytesReceived,
      largestRequestBytes: stats.largestRequestBytes,
      largestResponseBytes: stats.largestResponseBytes,
      largestRequestCells: stats.largestRequestCells,
      ...times,
    });
  }
  if (profile === undefined) throw new Error('inspect gave no profile');
  const minimum = await minimums(host, sheetName, profile, text);
  return measured.map((figures) => ({
    ...figures,
    minimumBytes: minimum[figures.operation],
    minimumRequests: Math.ceil(minimum[figures.operation] / MAX_PAYLOAD_BYTES),
  }));
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

/** One table row per operation; the goals are checked on the figures, not assumed. */
export function formatFigures(rows: number, figures: readonly OperationFigures[]): string[][] {
  return figures.map((f) => {
    const moved = f.bytesSent + f.bytesReceived;
    const ratio = moved / Math.max(1, f.minimumBytes);
    const withinLimits =
      f.largestRequestBytes <= MAX_PAYLOAD_BYTES &&
      f.largestResponseBytes <= MAX_PAYLOAD_BYTES &&
      f.largestRequestCells <= MAX_CELLS_PER_REQUEST;
    const syncsMet = f.syncs <= f.minimumRequests + GOALS.extraSyncs;
    const bytesMet = ratio <= GOALS.bytesRatio;
    const goals = [withinLimits ? 'limits' : 'LIMITS MISSED', syncsMet ? 'syncs' : 'SYNCS MISSED'];
    goals.push(f.operation === 'reset' ? 'bytes n/a' : bytesMet ? 'bytes' : 'BYTES MISSED');
    return [
      rows.toLocaleString('en-US'),
      f.operation,
      String(f.syncs),
      String(f.requests),
      mb(f.bytesSent),
      mb(f.bytesReceived),
      mb(Math.max(f.largestRequestBytes, f.largestResponseBytes)),
      f.largestRequestCells.toLocaleString('en-US'),
      `${Math.round(f.coreMs)} ms`,
      f.workerMs > 0 ? `${Math.round(f.workerMs)} ms` : '',
      `${Math.round(f.longestBlockMs)} ms`,
      `${mb(f.minimumBytes)} / ${f.minimumRequests}`,
      `${ratio.toFixed(2)}×`,
      goals.join(', '),
    ];
  });
}

const HEADINGS = [
  'rows',
  'operation',
  'syncs',
  'requests',
  'sent',
  'received',
  'largest',
  'most cells',
  'core time',
  'in worker',
  'longest block',
  'minimum (bytes / requests)',
  'bytes vs min',
  'goals met',
];

function print(table: string[][]): void {
  const widths = HEADINGS.map((_, c) => Math.max(...table.map((row) => row[c]?.length ?? 0)));
  for (const row of table) {
    process.stdout.write(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ') + '\n');
  }
}

export async function runExcelBench(): Promise<void> {
  process.stdout.write(
    `\nExcel adapter on the in-memory host (Excel on the web's limits), Node ${process.version}\n\n`,
  );
  const table: string[][] = [HEADINGS];
  for (const rows of SIZES) table.push(...formatFigures(rows, await measureSize(rows)));
  print(table);
}

if (require.main === module) {
  runExcelBench().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
