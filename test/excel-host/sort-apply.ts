// Sorting a block of rows in place: whole rows of the block move together (every layer:
// values, formulas, formats), notes travel with their cells, and filters are applied again.

import { columnCount, intersect, rowCount, type Rect } from './address';
import { hostError } from './errors';
import { reapplyFiltersOver } from './filter-apply';
import type { SheetModel } from './model';
import type { CellValue } from './number-format';
import { assertEditable } from './range-ref';
import { sortOrder } from './sort-rows';

function checkFields(body: Rect, fields: readonly Excel.SortField[]): void {
  if (fields.length === 0) throw hostError('InvalidArgument', 'Sort needs at least one field.');
  for (const field of fields) {
    if (!Number.isInteger(field.key) || field.key < 0 || field.key >= columnCount(body)) {
      throw hostError('InvalidArgument', `Sort key ${field.key} is outside the range.`);
    }
    if (field.sortOn !== undefined && field.sortOn !== 'Value') {
      throw hostError('NotImplemented', `Sorting on ${field.sortOn}.`);
    }
  }
}

export function sortBlock(
  sheet: SheetModel,
  body: Rect,
  fields: readonly Excel.SortField[],
  matchCase: boolean,
): void {
  assertEditable(sheet);
  checkFields(body, fields);
  if (sheet.merges.some((m) => intersect(m, body) !== null)) {
    throw hostError('InvalidOperation', 'To sort, all merged cells need to be the same size.');
  }
  const count = rowCount(body);
  const keys = fields.map((field) => {
    const values: CellValue[] = new Array<CellValue>(count);
    for (let i = 0; i < count; i += 1)
      values[i] = sheet.grid.value(body.top + i, body.left + field.key);
    return { values, ascending: field.ascending !== false };
  });
  const order = sortOrder(count, keys, matchCase);
  sheet.grid.permuteRows(body.top, order, body.left, body.right);
  moveNotes(sheet, body, order);
  reapplyFiltersOver(sheet, body);
}

function moveNotes(sheet: SheetModel, body: Rect, order: readonly number[]): void {
  const inside = sheet.notes.filter(
    (n) => n.row >= body.top && n.row <= body.bottom && n.col >= body.left && n.col <= body.right,
  );
  if (inside.length === 0) return;
  const newPosition = new Int32Array(order.length);
  order.forEach((from, to) => (newPosition[from] = to));
  for (const note of inside) note.row = body.top + newPosition[note.row - body.top];
}
