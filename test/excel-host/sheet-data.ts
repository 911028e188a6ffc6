// Test setup: put a grid of cells into a sheet directly (no request, no statistics).

import { cellAddressLookup } from './cell-lookup';
import { evaluateFormula, storeInput } from './cell-input';
import type { SheetModel } from './model';
import type { CellValue } from './number-format';

export type FillMode = 'general' | 'text' | 'raw';

/** Writes rows from A1. See SheetSpec.mode for what each mode means. */
export function fillSheet(
  sheet: SheetModel,
  rows: readonly (readonly unknown[])[],
  mode: FillMode,
): void {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  for (let c = 0; c < width; c += 1) {
    const values: CellValue[] = new Array<CellValue>(rows.length);
    const formulas: (string | undefined)[] = [];
    const formats: string[] = [];
    for (let r = 0; r < rows.length; r += 1) {
      const input = rows[r][c];
      if (mode === 'raw' || mode === 'text') {
        values[r] = input === undefined || input === null ? '' : (input as CellValue);
        continue;
      }
      const stored = storeInput(input, 'General') ?? { value: '' };
      values[r] = stored.value;
      if (stored.formula !== undefined) formulas[r] = stored.formula;
      if (stored.autoFormat !== undefined) formats[r] = stored.autoFormat;
    }
    sheet.grid.setColumn('value', c, values);
    if (formulas.length > 0) sheet.grid.setColumn('formula', c, formulas);
    if (formats.length > 0) {
      sheet.grid.setColumn(
        'numberFormat',
        c,
        Array.from(formats, (f) => f ?? 'General'),
      );
    }
    // Opening a CSV with every column as Text formats whole columns, not just the filled cells.
    if (mode === 'text') sheet.grid.setColumnDefault('numberFormat', c, '@');
  }
  evaluateFormulas(sheet, rows.length, width);
}

/** Formulas read other cells, so they are evaluated once every column is in place. */
function evaluateFormulas(sheet: SheetModel, height: number, width: number): void {
  const lookup = cellAddressLookup(sheet);
  for (let c = 0; c < width; c += 1) {
    const formulas = sheet.grid.array('formula', c);
    if (formulas === undefined) continue;
    for (let r = 0; r < Math.min(height, formulas.length); r += 1) {
      const formula = formulas[r];
      if (typeof formula === 'string')
        sheet.grid.set('value', r, c, evaluateFormula(formula, lookup));
    }
  }
}
