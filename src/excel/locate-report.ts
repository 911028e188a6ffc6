// The first two syncs of every operation: what the active sheet holds (its used block, tables,
// sheet AutoFilter, protection, the add-in's saved state) and its first rows, enough to find
// the header and detect the report. Everything here is small whatever the report's size.

import { findHeaderRow } from '../core/find-header-row';
import { MAX_CELLS_PER_REQUEST } from './limits';
import type { StateStore } from './state-store';
import { CHOICE_KEY, STATE_KEY } from './sheet-state';

/** A block of cells: 0-based top-left corner and size. */
export interface Rect {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface TableInfo {
  table: Excel.Table;
  name: string;
  rect: Rect;
  sortFields: number;
  filtered: boolean;
  showFilterButton: boolean;
}

export interface SheetFacts {
  sheet: Excel.Worksheet;
  sheetId: string;
  sheetName: string;
  workbookName: string;
  /** The block of cells holding values; undefined on an empty sheet. */
  used: Rect | undefined;
  /**
   * The part of `used` that holds the report when the user keeps other cells right of it, past
   * a blank column (notes, a small table): the same rows from the top, fewer columns, and rows
   * only down to the report's last non-blank one. Undefined when the report fills `used`.
   */
  region?: Rect;
  protected: boolean;
  sheetFilter: { rect: Rect; filtered: boolean } | undefined;
  tables: TableInfo[];
  stateText: string | undefined;
  choiceText: string | undefined;
  /** Displayed text and raw values of the used block's first rows. */
  topTexts: string[][];
  topValues: unknown[][];
  /** Merged areas among those rows; undefined where Excel cannot tell (before ExcelApi 1.13). */
  topMerges: Rect[] | undefined;
}

/** Enough rows for the header search (10 non-blank rows) and 50 sample rows below it. */
export const TOP_ROWS = 64;

type Sized = Pick<Excel.Range, 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'>;

const SIZE = 'rowIndex,columnIndex,rowCount,columnCount';

export function rectOf(range: Sized): Rect {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    rows: range.rowCount,
    columns: range.columnCount,
  };
}

/**
 * `topRows: false` skips the first rows (Reset works from the saved state and needs none of
 * them); `topTexts` and `topValues` are then empty.
 */
export async function locateReport(
  context: Excel.RequestContext,
  store: StateStore,
  mergesSupported: boolean,
  topRows = true,
): Promise<SheetFacts> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('id,name');
  context.workbook.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(SIZE);
  sheet.protection.load('protected');
  const sheetFilter = sheet.autoFilter;
  sheetFilter.load('isDataFiltered');
  const filterRange = sheetFilter.getRangeOrNullObject();
  filterRange.load(SIZE);
  sheet.tables.load('items/name');
  await context.sync();

  const state = store.load(context, sheet, sheet.id, STATE_KEY);
  const choice = store.load(context, sheet, sheet.id, CHOICE_KEY);
  const tables = sheet.tables.items.map((table) => {
    const range = table.getRange();
    range.load(SIZE);
    table.sort.load('fields');
    table.autoFilter.load('isDataFiltered');
    table.load('showFilterButton');
    return { table, range };
  });
  const usedRect = used.isNullObject ? undefined : rectOf(used);
  let top: Excel.Range | undefined;
  let merges: Excel.RangeAreas | undefined;
  if (usedRect !== undefined && topRows) {
    top = sheet.getRangeByIndexes(
      usedRect.top,
      usedRect.left,
      Math.min(TOP_ROWS, usedRect.rows),
      usedRect.columns,
    );
    top.load('text,values');
    if (mergesSupported) {
      merges = top.getMergedAreasOrNullObject();
      merges.areas.load(`items/${SIZE.split(',').join(',items/')}`);
    }
  }
  await context.sync();

  const topTexts = top === undefined ? [] : top.text;
  const region =
    usedRect === undefined ? undefined : await reportRegion(context, sheet, usedRect, topTexts);
  return {
    sheet,
    sheetId: sheet.id,
    sheetName: sheet.name,
    workbookName: context.workbook.name,
    used: usedRect,
    ...(region === undefined ? {} : { region }),
    protected: sheet.protection.protected,
    sheetFilter: filterRange.isNullObject
      ? undefined
      : { rect: rectOf(filterRange), filtered: sheetFilter.isDataFiltered },
    tables: tables.map(({ table, range }) => ({
      table,
      name: table.name,
      rect: rectOf(range),
      sortFields: table.sort.fields.length,
      filtered: table.autoFilter.isDataFiltered,
      showFilterButton: table.showFilterButton,
    })),
    stateText: state.read(),
    choiceText: choice.read(),
    topTexts,
    topValues: top === undefined ? [] : top.values,
    topMerges:
      merges === undefined ? undefined : merges.isNullObject ? [] : merges.areas.items.map(rectOf),
  };
}

/** True when two blocks share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.top < b.top + b.rows &&
    b.top < a.top + a.rows &&
    a.left < b.left + b.columns &&
    b.left < a.left + a.columns
  );
}

/**
 * Columns of the used block, from its left, that belong to the report: up to the first column
 * blank from the header row down in the rows read, where Excel's own current region (and so a
 * table made with Ctrl+T) stops too. A blank column before any filled one does not count.
 */
export function reportColumns(
  topTexts: readonly (readonly string[])[],
  headerIndex: number,
): number {
  const width = topTexts[headerIndex]?.length ?? 0;
  const rows = topTexts.slice(headerIndex);
  let filled = false;
  for (let c = 0; c < width; c++) {
    const blank = rows.every((row) => (row[c] ?? '').trim() === '');
    if (!blank) filled = true;
    else if (filled) return c;
  }
  return width;
}

/** Rows first read from the bottom up to find the report's last non-blank row. */
const TAIL_ROWS = 64;

/**
 * The report's own block when cells of the user's sit right of it: its columns end at the blank
 * column, its rows at the last one with a value in those columns (the user's cells may run
 * further down). The bottom rows are read in windows, each four times the last (within the
 * cell budget), until one holds a value.
 */
async function reportRegion(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: Rect,
  topTexts: readonly (readonly string[])[],
): Promise<Rect | undefined> {
  const headerIndex = findHeaderRow(topTexts);
  if (headerIndex === undefined) return undefined;
  const columns = reportColumns(topTexts, headerIndex);
  if (columns >= used.columns) return undefined;
  let bottom = used.top + used.rows;
  const header = used.top + headerIndex;
  const most = Math.max(TAIL_ROWS, Math.floor(MAX_CELLS_PER_REQUEST / columns / 10));
  for (let window = TAIL_ROWS; bottom > header + 1; window = Math.min(most, window * 4)) {
    const top = Math.max(header + 1, bottom - window);
    const tail = sheet.getRangeByIndexes(top, used.left, bottom - top, columns);
    tail.load('values');
    await context.sync();
    const values = tail.values as unknown[][];
    let last = values.length - 1;
    while (last >= 0 && values[last].every((cell) => cell === '' || cell === null)) last -= 1;
    if (last >= 0)
      return { top: used.top, left: used.left, rows: top + last + 1 - used.top, columns };
    bottom = top;
  }
  return { top: used.top, left: used.left, rows: header + 1 - used.top, columns };
}
