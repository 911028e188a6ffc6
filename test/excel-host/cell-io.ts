// Reading and writing the cell-level properties of a range: values, text, formulas,
// numberFormat and valueTypes. Unbounded ranges read as null, as documented.

import { cellAddressLookup } from './cell-lookup';
import { ERROR_VALUES, evaluateFormula, storeInput } from './cell-input';
import { cellCount, columnCount, isUnbounded, rowCount } from './address';
import { hostError } from './errors';
import { renderText, type CellValue } from './number-format';
import { intersect } from './address';
import { tablesOn } from './model';
import { assertBounded, assertEditable, type RangeRef } from './range-ref';
import { headerRect, normalizeHeaders } from './table-ops';

export type CellProperty = 'values' | 'text' | 'formulas' | 'numberFormat' | 'valueTypes';

function readCell(ref: RangeRef, property: CellProperty, row: number, col: number): unknown {
  const grid = ref.sheet.grid;
  const value = grid.value(row, col);
  switch (property) {
    case 'values':
      return value;
    case 'text':
      return renderText(value, grid.get('numberFormat', row, col) as string);
    case 'formulas':
      return (grid.get('formula', row, col) as string | undefined) ?? value;
    case 'numberFormat':
      return grid.get('numberFormat', row, col);
    case 'valueTypes':
      return valueType(value);
  }
}

export function valueType(value: CellValue): Excel.RangeValueType {
  if (value === '') return 'Empty' as Excel.RangeValueType.empty;
  if (typeof value === 'number') return 'Double' as Excel.RangeValueType.double;
  if (typeof value === 'boolean') return 'Boolean' as Excel.RangeValueType.boolean;
  return (ERROR_VALUES.has(value) ? 'Error' : 'String') as Excel.RangeValueType;
}

/** A 2-D array of one property, row-major like Office.js returns it. */
export function readCells(ref: RangeRef, property: CellProperty): unknown[][] | null {
  if (isUnbounded(ref.rect)) return null;
  const { top, left, bottom, right } = ref.rect;
  const rows: unknown[][] = new Array<unknown[]>(bottom - top + 1);
  if (property === 'values') {
    // The hot path of every large read: go straight to the column arrays.
    const columns = [];
    for (let c = left; c <= right; c += 1) columns.push(ref.sheet.grid.array('value', c));
    for (let r = top; r <= bottom; r += 1) {
      const row = new Array<unknown>(right - left + 1);
      for (let c = 0; c < columns.length; c += 1) {
        const cells = columns[c];
        const stored = cells === undefined ? undefined : cells[r];
        row[c] = stored === undefined ? ref.sheet.grid.value(r, left + c) : stored;
      }
      rows[r - top] = row;
    }
    return rows;
  }
  for (let r = top; r <= bottom; r += 1) {
    const row = new Array<unknown>(right - left + 1);
    for (let c = left; c <= right; c += 1) row[c - left] = readCell(ref, property, r, c);
    rows[r - top] = row;
  }
  return rows;
}

/** Readable cells of a read (unbounded reads carry no cells). */
export function readSize(ref: RangeRef): number {
  return isUnbounded(ref.rect) ? 0 : cellCount(ref.rect);
}

/** Accepts a matching 2-D array or one scalar applied to every cell, as Office.js does. */
export function cellInput(ref: RangeRef, input: unknown): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = rowCount(ref.rect);
  const cols = columnCount(ref.rect);
  const fits =
    input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!fits) {
    throw hostError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions ` +
        `of the range (${rows} x ${cols}).`,
    );
  }
  return (r, c) => (input as unknown[][])[r][c];
}

/** Writes values or formulas with Excel's entry rules; returns the cells written. */
export function writeContents(ref: RangeRef, input: unknown): number {
  assertEditable(ref.sheet);
  assertBounded(ref, 'values');
  const at = cellInput(ref, input);
  const grid = ref.sheet.grid;
  const lookup = cellAddressLookup(ref.sheet);
  const { top, left, bottom, right } = ref.rect;
  for (let r = top; r <= bottom; r += 1) {
    for (let c = left; c <= right; c += 1) {
      const format = grid.get('numberFormat', r, c) as string;
      const stored = storeInput(at(r - top, c - left), format);
      if (stored === null) continue;
      const value =
        stored.formula === undefined ? stored.value : evaluateFormula(stored.formula, lookup);
      grid.set('value', r, c, value);
      grid.set('formula', r, c, stored.formula);
      if (stored.autoFormat !== undefined && format === 'General') {
        grid.set('numberFormat', r, c, stored.autoFormat);
      }
    }
  }
  // Header cells stay unique, non-blank text, whatever is written into them.
  tablesOn(ref.sheet.book, ref.sheet)
    .filter((t) => intersect(headerRect(t), ref.rect) !== null)
    .forEach(normalizeHeaders);
  return cellCount(ref.rect);
}

export function writeNumberFormat(ref: RangeRef, input: unknown): number {
  assertEditable(ref.sheet);
  assertBounded(ref, 'numberFormat');
  const at = cellInput(ref, input);
  const { top, left, bottom, right } = ref.rect;
  for (let r = top; r <= bottom; r += 1) {
    for (let c = left; c <= right; c += 1) {
      const format = at(r - top, c - left);
      if (format === null || format === undefined) continue;
      if (typeof format !== 'string') throw hostError('InvalidArgument', 'Formats are strings.');
      ref.sheet.grid.set('numberFormat', r, c, format === '' ? 'General' : format);
    }
  }
  return cellCount(ref.rect);
}
