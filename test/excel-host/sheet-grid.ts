// Cell storage for one worksheet: one dense array per column and per layer (value, formula,
// number format, fill...), allocated only when a layer is first written. A 200,000 x 120 sheet is
// then 120 arrays of 200,000 slots, and sorting or filtering is plain array work.

import { MAX_COLUMNS, MAX_ROWS, type Rect } from './address';
import type { CellValue } from './number-format';

export type Layer = 'value' | 'formula' | 'numberFormat' | 'fill' | 'bold' | 'fontColor';

export const CONTENT_LAYERS: readonly Layer[] = ['value', 'formula'];
export const FORMAT_LAYERS: readonly Layer[] = ['numberFormat', 'fill', 'bold', 'fontColor'];
export const ALL_LAYERS: readonly Layer[] = [...CONTENT_LAYERS, ...FORMAT_LAYERS];

/** What an untouched cell holds in each layer. */
export const BLANK: Readonly<Record<Layer, unknown>> = {
  value: '',
  formula: undefined,
  numberFormat: 'General',
  fill: null,
  bold: false,
  fontColor: '#000000',
};

interface Column {
  layers: Partial<Record<Layer, unknown[]>>;
  /** Whole-column formatting (e.g. a fill set on "C:C") shown where a cell has none of its own. */
  defaults: Partial<Record<Layer, unknown>>;
}

function isBlank(layer: Layer, value: unknown): boolean {
  return value === undefined || value === BLANK[layer];
}

export class SheetGrid {
  private columns: (Column | undefined)[] = [];

  get(layer: Layer, row: number, col: number): unknown {
    const column = this.columns[col];
    if (column === undefined) return BLANK[layer];
    const stored = column.layers[layer]?.[row];
    if (stored !== undefined) return stored;
    return layer in column.defaults ? column.defaults[layer] : BLANK[layer];
  }

  value(row: number, col: number): CellValue {
    return this.get('value', row, col) as CellValue;
  }

  set(layer: Layer, row: number, col: number, value: unknown): void {
    const column = this.column(col);
    let cells = column.layers[layer];
    if (cells === undefined) {
      if (isBlank(layer, value) && !(layer in column.defaults)) return;
      cells = [];
      column.layers[layer] = cells;
    }
    // Fill gaps with explicit blanks so the array stays packed (holes make V8 arrays slow).
    if (row > cells.length) {
      const filler = layer === 'formula' ? undefined : BLANK[layer];
      for (let r = cells.length; r < row; r += 1) cells.push(filler);
    }
    cells[row] = value;
  }

  /** The raw array of one layer of one column, or undefined when nothing was ever written. */
  array(layer: Layer, col: number): readonly unknown[] | undefined {
    return this.columns[col]?.layers[layer];
  }

  /** Bulk load for test setup: replaces a whole column layer with the given array. */
  setColumn(layer: Layer, col: number, cells: unknown[]): void {
    this.column(col).layers[layer] = cells;
  }

  setColumnDefault(layer: Layer, col: number, value: unknown): void {
    const column = this.column(col);
    column.defaults[layer] = value;
    column.layers[layer] = undefined;
  }

  /** Sets one value for a whole block, using column defaults for whole columns. */
  fill(layer: Layer, rect: Rect, value: unknown): void {
    const wholeColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
    const lastCol = Math.min(rect.right, this.columns.length - 1);
    const right = wholeColumns ? rect.right : Math.min(rect.right, MAX_COLUMNS - 1);
    for (let c = rect.left; c <= right; c += 1) {
      if (wholeColumns) {
        if (c > lastCol && isBlank(layer, value)) break;
        this.setColumnDefault(layer, c, value);
        continue;
      }
      const bottom = Math.min(rect.bottom, this.lastRowIndex(c, layer, value));
      for (let r = rect.top; r <= bottom; r += 1) this.set(layer, r, c, value);
    }
  }

  private lastRowIndex(col: number, layer: Layer, value: unknown): number {
    // Writing a blank below the stored data changes nothing, so the loop can stop early.
    if (!isBlank(layer, value)) return MAX_ROWS - 1;
    const cells = this.columns[col]?.layers[layer];
    const hasDefault = this.columns[col] !== undefined && layer in this.columns[col].defaults;
    return hasDefault ? MAX_ROWS - 1 : (cells?.length ?? 0) - 1;
  }

  clear(rect: Rect, layers: readonly Layer[]): void {
    for (const layer of layers)
      this.fill(layer, rect, layer === 'formula' ? undefined : BLANK[layer]);
  }

  /** Number of columns that ever held anything; columns past it are empty. */
  get columnExtent(): number {
    return this.columns.length;
  }

  /** The smallest block holding every non-blank cell (values only, or values and formats). */
  usedRect(valuesOnly: boolean): Rect | null {
    const layers = valuesOnly ? CONTENT_LAYERS : ALL_LAYERS;
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.columns.forEach((column, c) => {
      if (column === undefined) return;
      for (const layer of layers) {
        const cells = column.layers[layer];
        if (cells === undefined) continue;
        const first = cells.findIndex((v) => !isBlank(layer, v));
        if (first < 0) continue;
        let last = cells.length - 1;
        while (isBlank(layer, cells[last])) last -= 1;
        top = Math.min(top, first);
        bottom = Math.max(bottom, last);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    });
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Inserts `count` blank rows at `at` in columns left..right, pushing cells below down. */
  insertRows(at: number, count: number, left: number, right: number): void {
    this.forColumns(left, right, (cells, layer) => {
      if (cells.length <= at) return;
      const blanks = new Array<unknown>(count).fill(layer === 'formula' ? undefined : BLANK[layer]);
      cells.splice(at, 0, ...blanks);
      if (cells.length > MAX_ROWS) cells.length = MAX_ROWS;
    });
  }

  /** Deletes rows at..at+count-1 in columns left..right, pulling cells below up. */
  deleteRows(at: number, count: number, left: number, right: number): void {
    this.forColumns(left, right, (cells) => {
      if (cells.length > at) cells.splice(at, count);
    });
  }

  /** Inserts blank cells at column `at`, shifting cells right, in rows top..bottom. */
  insertColumns(at: number, count: number, top: number, bottom: number): void {
    if (top === 0 && bottom === MAX_ROWS - 1) {
      if (this.columns.length > at) {
        this.columns.splice(at, 0, ...new Array<Column | undefined>(count).fill(undefined));
      }
      return;
    }
    for (let c = this.columns.length - 1; c >= at; c -= 1)
      this.moveCells(c, c + count, top, bottom);
    for (let c = at; c < at + count; c += 1) this.clearCells(c, top, bottom);
  }

  /** Deletes columns at..at+count-1 in rows top..bottom, pulling cells on the right left. */
  deleteColumns(at: number, count: number, top: number, bottom: number): void {
    if (top === 0 && bottom === MAX_ROWS - 1) {
      if (this.columns.length > at) this.columns.splice(at, count);
      return;
    }
    const last = this.columns.length - 1;
    for (let c = at; c <= last; c += 1) {
      if (c + count <= last) this.moveCells(c + count, c, top, bottom);
      else this.clearCells(c, top, bottom);
    }
  }

  /** Reorders rows top..top+order.length-1: new row i takes old row top+order[i]. */
  permuteRows(top: number, order: readonly number[], left: number, right: number): void {
    this.forColumns(left, right, (cells, layer) => {
      if (cells.length <= top) return;
      const filler = layer === 'formula' ? undefined : BLANK[layer];
      const moved = order.map((from) => (top + from < cells.length ? cells[top + from] : filler));
      for (let i = 0; i < moved.length; i += 1) {
        if (top + i < cells.length || !isBlank(layer, moved[i]))
          this.setRaw(cells, top + i, moved[i], filler);
      }
    });
  }

  private setRaw(cells: unknown[], row: number, value: unknown, filler: unknown): void {
    while (cells.length < row) cells.push(filler);
    cells[row] = value;
  }

  private forColumns(left: number, right: number, visit: (cells: unknown[], layer: Layer) => void) {
    const last = Math.min(right, this.columns.length - 1);
    for (let c = left; c <= last; c += 1) {
      const column = this.columns[c];
      if (column === undefined) continue;
      for (const layer of ALL_LAYERS) {
        const cells = column.layers[layer];
        if (cells !== undefined) visit(cells, layer);
      }
    }
  }

  private moveCells(from: number, to: number, top: number, bottom: number): void {
    const source = this.columns[from];
    for (const layer of ALL_LAYERS) {
      const cells = source?.layers[layer];
      const target = this.columns[to]?.layers[layer];
      if (cells === undefined && target === undefined) continue;
      const end = Math.min(bottom, Math.max(cells?.length ?? 0, target?.length ?? 0) - 1);
      for (let r = top; r <= end; r += 1) this.set(layer, r, to, this.get(layer, r, from));
    }
  }

  private clearCells(col: number, top: number, bottom: number): void {
    const column = this.columns[col];
    if (column === undefined) return;
    for (const layer of ALL_LAYERS) {
      const cells = column.layers[layer];
      if (cells === undefined) continue;
      const end = Math.min(bottom, cells.length - 1);
      const filler = layer === 'formula' ? undefined : BLANK[layer];
      for (let r = top; r <= end; r += 1) cells[r] = filler;
    }
  }

  private column(col: number): Column {
    let column = this.columns[col];
    if (column === undefined) {
      while (this.columns.length < col) this.columns.push(undefined);
      column = { layers: {}, defaults: {} };
      this.columns[col] = column;
    }
    return column;
  }
}
