// The first two syncs of every operation: what the active sheet holds (its used block, tables,
// sheet AutoFilter, protection, the add-in's saved state) and its first rows, enough to find
// the header and detect the report. Everything here is small whatever the report's size.

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

export async function locateReport(
  context: Excel.RequestContext,
  store: StateStore,
  mergesSupported: boolean,
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
  if (usedRect !== undefined) {
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

  return {
    sheet,
    sheetId: sheet.id,
    sheetName: sheet.name,
    workbookName: context.workbook.name,
    used: usedRect,
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
    topTexts: top === undefined ? [] : top.text,
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
