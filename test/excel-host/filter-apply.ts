// Applies AutoFilter criteria for real: rows of the filtered block that fail any column's
// criteria get rowHidden = true, the others are shown. Criteria combine with AND across columns.

import { intersect, type Rect } from './address';
import { rowTest, type ColumnData } from './filter-match';
import type { CriteriaByColumn, SheetModel } from './model';
import { tablesOn } from './model';
import { renderText, type CellValue } from './number-format';

function columnData(sheet: SheetModel, col: number, top: number, bottom: number): ColumnData {
  const values: CellValue[] = new Array<CellValue>(bottom - top + 1);
  const texts: string[] = new Array<string>(bottom - top + 1);
  for (let r = top; r <= bottom; r += 1) {
    const value = sheet.grid.value(r, col);
    values[r - top] = value;
    texts[r - top] = renderText(value, sheet.grid.get('numberFormat', r, col) as string);
  }
  return { values, texts };
}

/** `block` includes its header row; only the rows below it are filtered. */
export function applyCriteria(sheet: SheetModel, block: Rect, criteria: CriteriaByColumn): void {
  const top = block.top + 1;
  const bottom = block.bottom;
  if (bottom < top) return;
  const tests = [...criteria].map(([offset, c]) =>
    rowTest(c, columnData(sheet, block.left + offset, top, bottom)),
  );
  for (let r = top; r <= bottom; r += 1) {
    const index = r - top;
    sheet.rowHidden[r] = tests.every((test) => test(index)) ? 0 : 1;
  }
}

export function showRows(sheet: SheetModel, block: Rect): void {
  sheet.rowHidden.fill(0, block.top + 1, block.bottom + 1);
}

/** After a sort moved rows, filters covering them are evaluated again, as Excel keeps them. */
export function reapplyFiltersOver(sheet: SheetModel, area: Rect): void {
  const filter = sheet.autoFilter;
  if (filter !== null && filter.criteria.size > 0 && intersect(filter.rect, area) !== null) {
    applyCriteria(sheet, filter.rect, filter.criteria);
  }
  for (const table of tablesOn(sheet.book, sheet)) {
    if (table.criteria.size > 0 && intersect(table.rect, area) !== null) {
      applyCriteria(sheet, table.rect, table.criteria);
    }
  }
}
