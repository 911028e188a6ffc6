// The report as core sees it: the header, the detected profile, and the data rows in their
// original order with only the columns core needs filled in, plus the displayed text of the
// columns Excel filters on. A targeted sheet is sorted by priority; its original-row column puts
// the rows back in file order.

import { columnsNeeded } from '../core/columns-needed';
import { detectReport } from '../core/detect-report';
import { typesInNameHint } from '../core/name-hint';
import type { ColumnKind, ReportProfile, ReportType } from '../core/types';
import { AdapterError } from './adapter-error';
import { coreText } from './cell-text';
import type { SheetFacts } from './locate-report';
import { turnTaker } from './pane-turns';
import { jsonBytes } from './payload';
import { columnRuns, readColumns } from './read-columns';
import type { LocatedBlock, ReportBlock } from './report-block';
import type { AppliedState } from './sheet-state';
import type { WorkControl } from './work-control';

/** Firmographic columns the pane offers as filters. */
export const FILTER_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>([
  'subSegment',
  'industry',
  'vertical',
  'country',
  'state',
  'city',
  'orgSize',
]);

/** A word that makes core's name hint decide for each report type. */
const TYPE_HINTS: Record<Exclude<ReportType, 'unknown'>, string> = {
  azure: 'Azure',
  m365: 'M365',
  surface: 'Surface',
  d365: 'D365',
  security: 'Security',
  renewals: 'Renewal',
};

export interface ReportData {
  sheetId: string;
  sheetName: string;
  workbookName: string;
  block: ReportBlock;
  titleRows: number;
  header: string[];
  profile: ReportProfile;
  /** Data rows in original order; columns never read stay empty (core reads them as blank). */
  rows: string[][];
  /** Report columns whose values are in `rows`. */
  read: Set<number>;
  /** Report column → displayed text per original row. */
  texts: Map<number, string[]>;
  /** M365 and Surface are still undecided and the user has not answered. */
  needsChoice: boolean;
  /** The first rows below the header, as the sheet holds them: sizes the first read. */
  sample?: { values: unknown[][]; texts: string[][] };
}

/** Current sheet position → original row (0-based), or undefined when the order is the file's. */
export type RowOrder = Int32Array | undefined;

/** The header as the report had it: cells a table renamed are shown by their original value. */
export function headerOf(facts: SheetFacts, located: LocatedBlock, state?: AppliedState): string[] {
  const used = facts.used;
  const { block } = located;
  const row = used === undefined ? undefined : facts.topTexts[block.headerRow - used.top];
  const offset = used === undefined ? 0 : block.left - used.left;
  const header = Array.from({ length: block.width }, (_, i) => row?.[offset + i] ?? '');
  state?.headerFix?.forEach((original, i) => {
    if (original !== null) header[i] = coreText(original);
  });
  return header;
}

/** Up to 50 rows below the header, as core reads cells, for detection's value shapes. */
function sampleRows(facts: SheetFacts, block: ReportBlock): string[][] {
  return topBlockRows(facts, block, facts.topValues)
    .slice(0, 50)
    .map((row) => row.map(coreText));
}

/** The rows of `top` (values or texts of the first rows) below the header, block columns only. */
function topBlockRows<T>(facts: SheetFacts, block: ReportBlock, top: T[][]): T[][] {
  const used = facts.used;
  if (used === undefined) return [];
  const first = block.headerRow - used.top + 1;
  const offset = block.left - used.left;
  return top.slice(first).map((row) => row.slice(offset, offset + block.width));
}

/**
 * Bytes per row a read of these report columns returns, measured on the sample rows: each
 * cell's JSON and its comma, and each contiguous run's brackets.
 */
function sampleRowBytes(
  data: ReportData,
  values: readonly number[],
  texts: readonly number[],
): number | undefined {
  const sample = data.sample;
  if (sample === undefined || sample.values.length === 0) return undefined;
  let bytes = 0;
  sample.values.forEach((row, r) => {
    for (const c of values) bytes += jsonBytes(row[c] ?? '') + 1;
    for (const c of texts) bytes += jsonBytes(sample.texts[r]?.[c] ?? '') + 1;
  });
  const runs = columnRuns(values, 'values').length + columnRuns(texts, 'text').length;
  return bytes / sample.values.length + runs * 3;
}

/**
 * Detects the report. The sheet name is the first name hint; when it names no report type, the
 * workbook's file name is used instead. A remembered M365/Surface answer settles a tie.
 */
export function detectOnSheet(
  header: string[],
  samples: string[][],
  facts: SheetFacts,
): { profile: ReportProfile; needsChoice: boolean } {
  const nameHint =
    typesInNameHint(facts.sheetName).length > 0 ? facts.sheetName : facts.workbookName;
  let profile = detectReport(header, { nameHint, sampleRows: samples });
  const remembered = facts.choiceText as ReportType | undefined;
  if (
    profile.candidates.length > 1 &&
    remembered !== undefined &&
    remembered !== 'unknown' &&
    profile.candidates.includes(remembered)
  ) {
    profile = detectReport(header, { nameHint: TYPE_HINTS[remembered], sampleRows: samples });
  }
  if (profile.reportType === 'unknown') {
    throw new AdapterError('not-a-report', 'excel.error.notAReport');
  }
  return { profile, needsChoice: profile.candidates.length > 1 };
}

/** Columns core reads by their displayed text: dates, which Excel stores as serial numbers. */
function readAsText(profile: ReportProfile, column: number): boolean {
  return profile.columns[column]?.kind === 'agreementEndDate';
}

export async function readReport(
  context: Excel.RequestContext,
  facts: SheetFacts,
  located: LocatedBlock,
  state: AppliedState | undefined,
  work: WorkControl,
): Promise<ReportData> {
  const { block } = located;
  const header = headerOf(facts, located, state);
  const { profile, needsChoice } = detectOnSheet(header, sampleRows(facts, block), facts);
  const data: ReportData = {
    sheetId: facts.sheetId,
    sheetName: facts.sheetName,
    workbookName: facts.workbookName,
    block,
    titleRows: located.titleRows,
    header,
    profile,
    rows: Array.from({ length: block.rowCount }, () => new Array<string>(block.width)),
    read: new Set(),
    texts: new Map(),
    needsChoice,
    sample: {
      values: topBlockRows(facts, block, facts.topValues),
      texts: topBlockRows(facts, block, facts.topTexts),
    },
  };
  const order =
    state === undefined ? undefined : await readRowOrder(context, facts.sheet, block, state, work);
  const filters = profile.columns.filter((c) => c.kind !== undefined && FILTER_KINDS.has(c.kind));
  await ensureColumns(
    context,
    facts.sheet,
    data,
    {
      // Firmographic values too: the pane's filters are conditions core checks on them.
      values: [...columnsNeeded(profile), ...filters.map((c) => c.index)],
      texts: filters.map((c) => c.index),
    },
    order,
    work,
  );
  return data;
}

/**
 * Where each row of a targeted sheet came from, from its original-row column; a column that
 * is not a permutation of 1..n means the report was changed after it was targeted.
 */
export async function readRowOrder(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: ReportBlock,
  state: AppliedState,
  work: WorkControl,
): Promise<Int32Array> {
  const column = block.left + block.width + 3;
  // Row numbers: their digits, a comma and the brackets of a one-cell row.
  const bytesPerRow = String(block.rowCount).length + 3;
  const read = await readColumns(
    context,
    sheet,
    {
      top: block.headerRow + 1,
      rowCount: block.rowCount,
      values: [column],
      texts: [],
      bytesPerRow,
    },
    work,
  );
  const numbers = read.values.get(column) ?? [];
  const order = new Int32Array(block.rowCount);
  const seen = new Uint8Array(block.rowCount);
  for (let p = 0; p < block.rowCount; p++) {
    const original = Number(numbers[p]) - 1;
    if (!Number.isInteger(original) || original < 0 || original >= block.rowCount) {
      throw new AdapterError('changed', 'excel.error.changed');
    }
    if (seen[original] === 1) throw new AdapterError('changed', 'excel.error.changed');
    seen[original] = 1;
    order[p] = original;
  }
  if (state.helpers.length !== 4) throw new AdapterError('changed', 'excel.error.changed');
  return order;
}

/** Reads the columns `data` does not hold yet: values into `rows`, displayed text into `texts`. */
export async function ensureColumns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  data: ReportData,
  wanted: { values: readonly number[]; texts: readonly number[] },
  order: RowOrder,
  work: WorkControl,
): Promise<void> {
  const { block, profile } = data;
  const values = wanted.values.filter((c) => !data.read.has(c) && !readAsText(profile, c));
  const texts = [
    ...wanted.texts,
    ...wanted.values.filter((c) => !data.read.has(c) && readAsText(profile, c)),
  ].filter((c, i, all) => !data.texts.has(c) && all.indexOf(c) === i);
  if (values.length === 0 && texts.length === 0) return;

  const read = await readColumns(
    context,
    sheet,
    {
      top: block.headerRow + 1,
      rowCount: block.rowCount,
      values: values.map((c) => block.left + c),
      texts: texts.map((c) => block.left + c),
      bytesPerRow: sampleRowBytes(data, values, texts),
    },
    work,
  );
  const at = (p: number): number => (order === undefined ? p : order[p]);
  const turn = turnTaker();
  for (const c of values) {
    const cells = read.values.get(block.left + c) ?? [];
    for (let p = 0; p < block.rowCount; p++) data.rows[at(p)][c] = coreText(cells[p]);
    data.read.add(c);
    await turn();
  }
  for (const c of texts) {
    const cells = read.texts.get(block.left + c) ?? [];
    const ordered = new Array<string>(block.rowCount);
    for (let p = 0; p < block.rowCount; p++) ordered[at(p)] = coreText(cells[p]);
    data.texts.set(c, ordered);
    if (readAsText(profile, c) && !data.read.has(c)) {
      for (let r = 0; r < block.rowCount; r++) data.rows[r][c] = ordered[r];
      data.read.add(c);
    }
    await turn();
  }
}
