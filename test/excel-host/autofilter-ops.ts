// The worksheet AutoFilter (one per sheet): apply, clear, reapply, remove.

import { columnCount, intersect, type Rect } from './address';
import { hostError } from './errors';
import { applyCriteria, showRows } from './filter-apply';
import type { SheetModel } from './model';
import { tablesOn } from './model';
import { assertEditable } from './range-ref';

/** A one-row range is extended down to the last used row, like Excel's current-region pick. */
function filterBlock(sheet: SheetModel, rect: Rect): Rect {
  if (rect.top !== rect.bottom) return rect;
  const used = sheet.grid.usedRect(true);
  return used === null || used.bottom <= rect.top ? rect : { ...rect, bottom: used.bottom };
}

export function applySheetFilter(
  sheet: SheetModel,
  rect: Rect,
  columnIndex: number | undefined,
  criteria: Excel.FilterCriteria | undefined,
): void {
  assertEditable(sheet);
  const block = filterBlock(sheet, rect);
  const table = tablesOn(sheet.book, sheet).find((t) => intersect(t.rect, block) !== null);
  if (table !== undefined) {
    throw hostError(
      'InvalidOperation',
      `The range overlaps table "${table.name}"; use its filter.`,
    );
  }
  const current = sheet.autoFilter;
  const same =
    current !== null &&
    current.rect.top === block.top &&
    current.rect.left === block.left &&
    current.rect.right === block.right;
  if (current !== null && !same) showRows(sheet, current.rect);
  const filter = same && current !== null ? current : { rect: block, criteria: new Map() };
  filter.rect = block;
  sheet.autoFilter = filter;
  if (columnIndex !== undefined && criteria !== undefined) {
    if (columnIndex < 0 || columnIndex >= columnCount(block)) {
      throw hostError(
        'InvalidArgument',
        `Column index ${columnIndex} is outside the filter range.`,
      );
    }
    filter.criteria.set(columnIndex, { ...criteria });
  }
  applyCriteria(sheet, filter.rect, filter.criteria);
}

function requireFilter(sheet: SheetModel) {
  if (sheet.autoFilter === null)
    throw hostError('InvalidOperation', 'The sheet has no AutoFilter.');
  return sheet.autoFilter;
}

export function clearSheetCriteria(sheet: SheetModel, columnIndex?: number): void {
  assertEditable(sheet);
  const filter = requireFilter(sheet);
  if (columnIndex === undefined) filter.criteria.clear();
  else filter.criteria.delete(columnIndex);
  applyCriteria(sheet, filter.rect, filter.criteria);
}

export function reapplySheetFilter(sheet: SheetModel): void {
  assertEditable(sheet);
  const filter = requireFilter(sheet);
  applyCriteria(sheet, filter.rect, filter.criteria);
}

export function removeSheetFilter(sheet: SheetModel): void {
  assertEditable(sheet);
  if (sheet.autoFilter === null) return;
  showRows(sheet, sheet.autoFilter.rect);
  sheet.autoFilter = null;
}
