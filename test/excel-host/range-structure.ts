// Range.insert / delete / clear / merge: cells really move, and anchored objects follow.

import { MAX_COLUMNS, MAX_ROWS, columnCount, intersect, rowCount, type Rect } from './address';
import { hostError } from './errors';
import { tablesOn } from './model';
import { assertEditable, type RangeRef } from './range-ref';
import { ALL_LAYERS, CONTENT_LAYERS, FORMAT_LAYERS, type Layer } from './sheet-grid';
import { shiftAnchors, type ShiftOp } from './shift-anchors';
import { normalizeHeaders } from './table-ops';

function shiftOp(rect: Rect, direction: string, insert: boolean): ShiftOp {
  const down = direction === 'Down' || direction === 'Up';
  const right = direction === 'Right' || direction === 'Left';
  if (!down && !right)
    throw hostError('InvalidArgument', `Unknown shift direction "${direction}".`);
  return down
    ? {
        axis: 'rows',
        at: rect.top,
        count: rowCount(rect),
        insert,
        spanStart: rect.left,
        spanEnd: rect.right,
      }
    : {
        axis: 'columns',
        at: rect.left,
        count: columnCount(rect),
        insert,
        spanStart: rect.top,
        spanEnd: rect.bottom,
      };
}

/** Range.insert(shift): blank cells appear at the range; returns the inserted block. */
export function insertCells(ref: RangeRef, shift: string): Rect {
  assertEditable(ref.sheet);
  if (shift !== 'Down' && shift !== 'Right')
    throw hostError('InvalidArgument', `Insert shift "${shift}".`);
  const op = shiftOp(ref.rect, shift, true);
  shiftAnchors(ref.sheet, op);
  if (op.axis === 'rows') ref.sheet.grid.insertRows(op.at, op.count, op.spanStart, op.spanEnd);
  else ref.sheet.grid.insertColumns(op.at, op.count, op.spanStart, op.spanEnd);
  tablesOn(ref.sheet.book, ref.sheet).forEach(normalizeHeaders);
  return ref.rect;
}

/** Range.delete(shift): the cells go away and their neighbours close the gap. */
export function deleteCells(ref: RangeRef, shift: string): void {
  assertEditable(ref.sheet);
  if (shift !== 'Up' && shift !== 'Left')
    throw hostError('InvalidArgument', `Delete shift "${shift}".`);
  const op = shiftOp(ref.rect, shift, false);
  shiftAnchors(ref.sheet, op);
  if (op.axis === 'rows') ref.sheet.grid.deleteRows(op.at, op.count, op.spanStart, op.spanEnd);
  else ref.sheet.grid.deleteColumns(op.at, op.count, op.spanStart, op.spanEnd);
}

const CLEAR_LAYERS: Record<string, readonly Layer[]> = {
  All: ALL_LAYERS,
  Contents: CONTENT_LAYERS,
  ResetContents: CONTENT_LAYERS,
  Formats: FORMAT_LAYERS,
  Hyperlinks: [],
  RemoveHyperlinks: [],
};

/** Range.clear(applyTo): "All" also removes notes, conditional formats stay (Excel keeps them). */
export function clearCells(ref: RangeRef, applyTo: string): void {
  assertEditable(ref.sheet);
  const layers = CLEAR_LAYERS[applyTo];
  if (layers === undefined) throw hostError('InvalidArgument', `Unknown clear type "${applyTo}".`);
  ref.sheet.grid.clear(ref.rect, layers);
  if (applyTo === 'All') {
    const { top, left, bottom, right } = ref.rect;
    ref.sheet.notes = ref.sheet.notes.filter((n) => {
      const inside = n.row >= top && n.row <= bottom && n.col >= left && n.col <= right;
      if (inside) n.deleted = true;
      return !inside;
    });
  }
}

/** Range.merge(across): only the top-left value survives, as Excel warns when merging. */
export function mergeCells(ref: RangeRef, across: boolean): void {
  assertEditable(ref.sheet);
  const tables = tablesOn(ref.sheet.book, ref.sheet);
  if (tables.some((t) => intersect(t.rect, ref.rect) !== null)) {
    throw hostError('InvalidOperation', 'Cells in a table cannot be merged.');
  }
  const { top, left, bottom, right } = ref.rect;
  const areas: Rect[] = across
    ? Array.from({ length: bottom - top + 1 }, (_, i) => ({
        top: top + i,
        bottom: top + i,
        left,
        right,
      }))
    : [ref.rect];
  ref.sheet.merges = ref.sheet.merges.filter((m) => intersect(m, ref.rect) === null);
  for (const area of areas) {
    if (area.left === area.right && area.top === area.bottom) continue;
    for (let r = area.top; r <= area.bottom; r += 1) {
      for (let c = area.left; c <= area.right; c += 1) {
        if (r === area.top && c === area.left) continue;
        ref.sheet.grid.set('value', r, c, '');
        ref.sheet.grid.set('formula', r, c, undefined);
      }
    }
    ref.sheet.merges.push(area);
  }
}

export function unmergeCells(ref: RangeRef): void {
  assertEditable(ref.sheet);
  ref.sheet.merges = ref.sheet.merges.filter((m) => intersect(m, ref.rect) === null);
}

export function wholeColumns(rect: Rect): Rect {
  return { ...rect, top: 0, bottom: MAX_ROWS - 1 };
}

export function wholeRows(rect: Rect): Rect {
  return { ...rect, left: 0, right: MAX_COLUMNS - 1 };
}
