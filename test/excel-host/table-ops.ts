// Excel tables: creation rules (no overlap, unique names, header cells become unique text),
// columns, resizing, filters and sorting on the data body.

import { columnCount, intersect, rowCount, sameRect, contains, type Rect } from './address';
import { hostError } from './errors';
import { applyCriteria, showRows } from './filter-apply';
import type { SheetModel, TableModel, WorkbookModel } from './model';
import { tablesOn } from './model';
import { renderText } from './number-format';
import { assertEditable } from './range-ref';
import { shiftAnchors } from './shift-anchors';
import { sortBlock } from './sort-apply';

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/** Table and defined names share one namespace, are case-insensitive and look like identifiers. */
export function checkTableName(book: WorkbookModel, name: string, self?: TableModel): void {
  if (
    name.length === 0 ||
    name.length > 255 ||
    !TABLE_NAME.test(name) ||
    LOOKS_LIKE_CELL.test(name)
  ) {
    throw hostError('InvalidArgument', `"${name}" is not a valid table name.`);
  }
  const lower = name.toLowerCase();
  const clash =
    book.tables.some((t) => t !== self && t.name.toLowerCase() === lower) || book.names.has(lower);
  if (clash) throw hostError('ItemAlreadyExists', `A table or name "${name}" already exists.`);
}

function defaultTableName(book: WorkbookModel): string {
  for (let n = 1; ; n += 1) {
    const name = `Table${n}`;
    const lower = name.toLowerCase();
    if (!book.tables.some((t) => t.name.toLowerCase() === lower) && !book.names.has(lower)) {
      return name;
    }
  }
}

export function headerRect(table: TableModel): Rect {
  return { ...table.rect, bottom: table.rect.top };
}

export function bodyRect(table: TableModel): Rect {
  return { ...table.rect, top: table.rect.top + 1 };
}

export function columnRect(table: TableModel, index: number): Rect {
  const col = table.rect.left + index;
  return { ...table.rect, left: col, right: col };
}

export function columnNames(table: TableModel): string[] {
  const grid = table.sheet.grid;
  const names: string[] = [];
  for (let c = table.rect.left; c <= table.rect.right; c += 1) {
    names.push(
      renderText(
        grid.value(table.rect.top, c),
        grid.get('numberFormat', table.rect.top, c) as string,
      ),
    );
  }
  return names;
}

/** Header cells must be unique, non-blank text: blanks become ColumnN, repeats get a number. */
export function normalizeHeaders(table: TableModel): void {
  const grid = table.sheet.grid;
  const seen = new Set<string>();
  const names = columnNames(table);
  names.forEach((raw, i) => {
    let name = raw === '' ? `Column${i + 1}` : raw;
    if (seen.has(name.toLowerCase())) {
      let n = 2;
      while (seen.has(`${name}${n}`.toLowerCase())) n += 1;
      name = `${name}${n}`;
    }
    seen.add(name.toLowerCase());
    const col = table.rect.left + i;
    grid.set('value', table.rect.top, col, name);
    grid.set('formula', table.rect.top, col, undefined);
  });
}

function checkPlacement(
  book: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  self?: TableModel,
): void {
  for (const other of tablesOn(book, sheet)) {
    if (other !== self && intersect(other.rect, rect) !== null) {
      throw hostError('InvalidArgument', `A table can't overlap another table ("${other.name}").`);
    }
  }
  if (sheet.merges.some((m) => intersect(m, rect) !== null)) {
    throw hostError('InvalidOperation', 'A table cannot contain merged cells.');
  }
}

/**
 * Creates a table. A sheet AutoFilter over the same cells cannot coexist with a table (the file
 * format forbids it), so it is removed and its hidden rows are shown; the table starts unfiltered.
 */
export function addTable(
  book: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  hasHeaders: boolean,
): TableModel {
  assertEditable(sheet);
  let area = rect.bottom === rect.top ? { ...rect, bottom: rect.top + 1 } : { ...rect };
  checkPlacement(book, sheet, area);
  if (sheet.autoFilter !== null && intersect(sheet.autoFilter.rect, area) !== null) {
    showRows(sheet, sheet.autoFilter.rect);
    sheet.autoFilter = null;
  }
  if (!hasHeaders) {
    const op = {
      axis: 'rows' as const,
      at: area.top,
      count: 1,
      insert: true,
      spanStart: area.left,
      spanEnd: area.right,
    };
    shiftAnchors(sheet, op);
    sheet.grid.insertRows(area.top, 1, area.left, area.right);
    area = { ...area, bottom: area.bottom + 1 };
  }
  book.nextId += 1;
  const table: TableModel = {
    id: String(book.nextId),
    name: defaultTableName(book),
    sheet,
    rect: area,
    columnIds: Array.from({ length: columnCount(area) }, (_, i) => i + 1),
    nextColumnId: columnCount(area),
    criteria: new Map(),
    showFilterButton: true,
    sortFields: [],
    sortMatchCase: false,
    style: 'TableStyleMedium2',
    flags: {
      showBandedRows: true,
      showBandedColumns: false,
      highlightFirstColumn: false,
      highlightLastColumn: false,
    },
    deleted: false,
  };
  normalizeHeaders(table);
  book.tables.push(table);
  return table;
}

export function filterTable(table: TableModel): void {
  applyCriteria(table.sheet, table.rect, table.criteria);
}

export function setColumnCriteria(
  table: TableModel,
  index: number,
  criteria: Excel.FilterCriteria | null,
): void {
  assertEditable(table.sheet);
  if (index < 0 || index >= columnCount(table.rect)) {
    throw hostError('InvalidArgument', `Column index ${index} is outside the table.`);
  }
  if (criteria === null) table.criteria.delete(index);
  else table.criteria.set(index, { ...criteria });
  table.showFilterButton = true;
  filterTable(table);
}

export function clearTableFilters(table: TableModel): void {
  assertEditable(table.sheet);
  table.criteria.clear();
  showRows(table.sheet, table.rect);
}

export function sortTable(
  table: TableModel,
  fields: readonly Excel.SortField[],
  matchCase: boolean,
): void {
  sortBlock(table.sheet, bodyRect(table), fields, matchCase);
  table.sortFields = fields.map((f) => ({ ...f }));
  table.sortMatchCase = matchCase;
}

/** Removes the table object; the cells keep their values. */
export function convertToRange(table: TableModel): Rect {
  assertEditable(table.sheet);
  showRows(table.sheet, table.rect);
  table.deleted = true;
  table.sheet.book.tables = table.sheet.book.tables.filter((t) => t !== table);
  return table.rect;
}

/** Deletes the table and clears its cells, like deleting a ListObject. */
export function deleteTable(table: TableModel): void {
  const rect = convertToRange(table);
  table.sheet.grid.clear(rect, ['value', 'formula', 'numberFormat', 'fill', 'bold', 'fontColor']);
}

/** Table.resize: the header row stays where it is and the new range must overlap the old one. */
export function resizeTable(table: TableModel, rect: Rect): void {
  assertEditable(table.sheet);
  if (rect.top !== table.rect.top || intersect(rect, table.rect) === null || rowCount(rect) < 2) {
    throw hostError('InvalidArgument', 'The header row must stay in place and overlap the table.');
  }
  checkPlacement(table.sheet.book, table.sheet, rect, table);
  const oldLeft = table.rect.left;
  const ids = new Map<number, number>();
  table.columnIds.forEach((id, i) => ids.set(oldLeft + i, id));
  table.columnIds = [];
  for (let c = rect.left; c <= rect.right; c += 1) {
    table.columnIds.push(ids.get(c) ?? (table.nextColumnId += 1));
  }
  for (const key of [...table.criteria.keys()]) {
    const col = oldLeft + key;
    const criteria = table.criteria.get(key);
    table.criteria.delete(key);
    if (criteria !== undefined && col >= rect.left && col <= rect.right)
      table.criteria.set(col - rect.left, criteria);
  }
  if (!contains(rect, table.rect) && !sameRect(rect, table.rect)) showRows(table.sheet, table.rect);
  table.rect = rect;
  normalizeHeaders(table);
}

/** Inserts a column into the table (cells to its right within the table rows move right). */
export function addTableColumn(
  table: TableModel,
  index: number | null,
  values: unknown,
  name: string | null,
): number {
  assertEditable(table.sheet);
  const width = columnCount(table.rect);
  const at = index === null || index === undefined ? width : index;
  if (!Number.isInteger(at) || at < 0 || at > width) {
    throw hostError('InvalidArgument', `Column index ${at} is outside the table.`);
  }
  const col = table.rect.left + at;
  const op = {
    axis: 'columns' as const,
    at: col,
    count: 1,
    insert: true,
    spanStart: table.rect.top,
    spanEnd: table.rect.bottom,
  };
  shiftAnchors(table.sheet, op);
  table.sheet.grid.insertColumns(col, 1, table.rect.top, table.rect.bottom);
  // At either edge the shift alone would move the table or leave it out; it grows instead.
  if (at === 0) {
    table.rect = { ...table.rect, left: table.rect.left - 1 };
    table.columnIds.unshift((table.nextColumnId += 1));
  } else if (at === width) {
    table.rect = { ...table.rect, right: table.rect.right + 1 };
    table.columnIds.push((table.nextColumnId += 1));
  }
  writeColumnValues(table, at, values, name);
  normalizeHeaders(table);
  return rowCount(table.rect);
}

function writeColumnValues(
  table: TableModel,
  index: number,
  values: unknown,
  name: string | null,
): void {
  const grid = table.sheet.grid;
  const col = table.rect.left + index;
  const rows = rowCount(table.rect);
  let cells: unknown[] = [];
  if (Array.isArray(values)) {
    cells = values.map((row: unknown) => (Array.isArray(row) ? row[0] : row));
    if (cells.length !== rows && cells.length !== rows - 1) {
      throw hostError(
        'InvalidArgument',
        `Column values need ${rows} rows (with header) or ${rows - 1}.`,
      );
    }
    if (cells.length === rows - 1) cells = [null, ...cells];
  } else if (values !== null && values !== undefined) {
    cells = [null, ...new Array<unknown>(rows - 1).fill(values)];
  }
  cells.forEach((value, i) => {
    if (value === null || value === undefined) return;
    grid.set('value', table.rect.top + i, col, value);
    grid.set('formula', table.rect.top + i, col, undefined);
  });
  if (name !== null && name !== undefined) grid.set('value', table.rect.top, col, name);
  else if (cells.length === 0 || cells[0] === null) grid.set('value', table.rect.top, col, '');
}

/** Deletes one table column, pulling the table's cells on its right to the left. */
export function deleteTableColumn(table: TableModel, index: number): void {
  assertEditable(table.sheet);
  if (columnCount(table.rect) === 1)
    throw hostError('InvalidOperation', 'A table needs one column.');
  const col = table.rect.left + index;
  const op = {
    axis: 'columns' as const,
    at: col,
    count: 1,
    insert: false,
    spanStart: table.rect.top,
    spanEnd: table.rect.bottom,
  };
  shiftAnchors(table.sheet, op);
  table.sheet.grid.deleteColumns(col, 1, table.rect.top, table.rect.bottom);
  filterTable(table);
}

/** Where a column key (name or id) sits in the table, or -1. */
export function findColumn(table: TableModel, key: number | string): number {
  if (typeof key === 'number') return table.columnIds.indexOf(key);
  const lower = key.toLowerCase();
  const byName = columnNames(table).findIndex((n) => n.toLowerCase() === lower);
  return byName >= 0 ? byName : table.columnIds.indexOf(Number(key));
}
