// Inserting or deleting cells moves everything anchored to them: tables, the sheet AutoFilter,
// notes, conditional formats, merged areas and (for whole rows/columns) hidden flags.

import { MAX_COLUMNS, MAX_ROWS, type Rect } from './address';
import { hostError } from './errors';
import type { CriteriaByColumn, SheetModel, TableModel } from './model';
import { tablesOn } from './model';

export interface ShiftOp {
  /** "rows": rows at..at+count-1 move (Down/Up); "columns": columns move (Right/Left). */
  axis: 'rows' | 'columns';
  at: number;
  count: number;
  insert: boolean;
  /** The span of the other axis the shift applies to (columns for a row shift). */
  spanStart: number;
  spanEnd: number;
}

type Shifted = Rect | null | 'partial';

function along(rect: Rect, op: ShiftOp): [number, number] {
  return op.axis === 'rows' ? [rect.top, rect.bottom] : [rect.left, rect.right];
}

function across(rect: Rect, op: ShiftOp): [number, number] {
  return op.axis === 'rows' ? [rect.left, rect.right] : [rect.top, rect.bottom];
}

function rebuild(rect: Rect, op: ShiftOp, start: number, end: number): Rect {
  return op.axis === 'rows'
    ? { ...rect, top: start, bottom: end }
    : { ...rect, left: start, right: end };
}

/** Where a block ends up after the shift; null when deleted, 'partial' when cut across. */
export function shiftRect(rect: Rect, op: ShiftOp): Shifted {
  const [lo, hi] = across(rect, op);
  if (hi < op.spanStart || lo > op.spanEnd) return rect;
  if (lo < op.spanStart || hi > op.spanEnd) return 'partial';
  const [start, end] = along(rect, op);
  const limit = (op.axis === 'rows' ? MAX_ROWS : MAX_COLUMNS) - 1;
  if (op.insert) {
    if (start >= op.at) return rebuild(rect, op, start + op.count, Math.min(limit, end + op.count));
    if (end >= op.at) return rebuild(rect, op, start, Math.min(limit, end + op.count));
    return rect;
  }
  const last = op.at + op.count - 1;
  if (end < op.at) return rect;
  if (start > last) return rebuild(rect, op, start - op.count, end - op.count);
  const newStart = start < op.at ? start : op.at;
  const newEnd = end > last ? end - op.count : op.at - 1;
  return newEnd < newStart ? null : rebuild(rect, op, newStart, newEnd);
}

/** Re-keys per-column criteria when columns are inserted or deleted inside a filtered block. */
function shiftCriteria(criteria: CriteriaByColumn, firstColumn: number, op: ShiftOp): void {
  if (op.axis !== 'columns') return;
  const moved: CriteriaByColumn = new Map();
  for (const [offset, value] of criteria) {
    const col = firstColumn + offset;
    if (op.insert) moved.set(col >= op.at ? offset + op.count : offset, value);
    else if (col < op.at) moved.set(offset, value);
    else if (col >= op.at + op.count) moved.set(offset - op.count, value);
  }
  criteria.clear();
  moved.forEach((v, k) => criteria.set(k, v));
}

function shiftTable(table: TableModel, op: ShiftOp): void {
  const result = shiftRect(table.rect, op);
  if (result === 'partial') {
    throw hostError('InvalidOperation', `The shift would cut across table "${table.name}".`);
  }
  if (result === null) {
    table.deleted = true;
    return;
  }
  const headerDeleted =
    !op.insert &&
    op.axis === 'rows' &&
    table.rect.top >= op.at &&
    table.rect.top < op.at + op.count;
  if (headerDeleted) {
    throw hostError('InvalidOperation', `Deleting the header row of table "${table.name}".`);
  }
  const { left, right, top, bottom } = table.rect;
  const rowsInSpan = top >= op.spanStart && bottom <= op.spanEnd;
  if (op.axis === 'columns' && rowsInSpan) {
    if (op.insert && op.at > left && op.at <= right) {
      const ids = Array.from({ length: op.count }, () => (table.nextColumnId += 1));
      table.columnIds.splice(op.at - left, 0, ...ids);
    } else if (!op.insert) {
      const first = Math.max(op.at, left);
      const last = Math.min(op.at + op.count - 1, right);
      if (last >= first) table.columnIds.splice(first - left, last - first + 1);
    }
  }
  shiftCriteria(table.criteria, table.rect.left, op);
  table.rect = result;
}

/** Applies the shift to every anchored object of the sheet; throws before changing anything. */
export function shiftAnchors(sheet: SheetModel, op: ShiftOp): void {
  const tables = tablesOn(sheet.book, sheet);
  for (const table of tables) {
    if (shiftRect(table.rect, op) === 'partial') {
      throw hostError('InvalidOperation', `The shift would cut across table "${table.name}".`);
    }
  }
  tables.forEach((t) => shiftTable(t, op));
  sheet.book.tables = sheet.book.tables.filter((t) => !t.deleted);

  if (sheet.autoFilter !== null) {
    const result = shiftRect(sheet.autoFilter.rect, op);
    if (result === null) sheet.autoFilter = null;
    else if (result !== 'partial') {
      shiftCriteria(sheet.autoFilter.criteria, sheet.autoFilter.rect.left, op);
      sheet.autoFilter.rect = result;
    }
  }
  for (const note of sheet.notes) {
    const result = shiftRect(
      { top: note.row, left: note.col, bottom: note.row, right: note.col },
      op,
    );
    if (result === null) note.deleted = true;
    else if (result !== 'partial') {
      note.row = result.top;
      note.col = result.left;
    }
  }
  sheet.notes = sheet.notes.filter((n) => !n.deleted);
  for (const cf of sheet.conditionalFormats) {
    cf.rects = cf.rects.flatMap((r) => {
      const result = shiftRect(r, op);
      return result === null ? [] : [result === 'partial' ? r : result];
    });
    if (cf.rects.length === 0) cf.deleted = true;
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => !c.deleted);
  sheet.merges = sheet.merges.flatMap((m) => {
    const result = shiftRect(m, op);
    return result === null ? [] : [result === 'partial' ? m : result];
  });
  shiftFlags(sheet, op);
}

function shiftFlags(sheet: SheetModel, op: ShiftOp): void {
  const whole =
    op.spanStart === 0 && op.spanEnd === (op.axis === 'rows' ? MAX_COLUMNS : MAX_ROWS) - 1;
  if (!whole) return;
  const flags = op.axis === 'rows' ? sheet.rowHidden : sheet.columnHidden;
  if (op.insert) {
    flags.copyWithin(op.at + op.count, op.at);
    flags.fill(0, op.at, op.at + op.count);
  } else {
    flags.copyWithin(op.at, op.at + op.count);
    flags.fill(0, flags.length - op.count);
  }
}
