// Range.format, .format.fill and .format.font: direct cell formatting stored per cell.

import { intersect, isEntireColumn, type Rect } from './address';
import { ClientObject, defineProps, type PropTable } from './client-object';
import { normalizeColor } from './colors';
import { hostError } from './errors';
import { STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT } from './model';
import { assertEditable, type RangeRef } from './range-ref';
import type { Layer } from './sheet-grid';

/** Formats are read over the stored part of the sheet; the rest of a column looks like its end. */
function readArea(ref: RangeRef): Rect {
  if (!isEntireColumn(ref.rect)) return ref.rect;
  const used = ref.sheet.grid.usedRect(false);
  const bottom = Math.max(0, used?.bottom ?? 0) + 1;
  return intersect(ref.rect, { ...ref.rect, bottom }) ?? ref.rect;
}

/** Whether every cell agrees; Excel reports a mixed format as null. */
function uniform(ref: RangeRef, layer: Layer): { same: boolean; value: unknown } {
  const area = readArea(ref);
  const first = ref.sheet.grid.get(layer, area.top, area.left);
  for (let c = area.left; c <= area.right; c += 1) {
    for (let r = area.top; r <= area.bottom; r += 1) {
      if (ref.sheet.grid.get(layer, r, c) !== first) return { same: false, value: null };
    }
  }
  return { same: true, value: first };
}

function writeLayer(ref: RangeRef, layer: Layer, value: unknown): number {
  assertEditable(ref.sheet);
  ref.sheet.grid.fill(layer, ref.rect, value);
  return 0;
}

function uniformMap(
  map: Map<number, number>,
  from: number,
  to: number,
  fallback: number,
): number | null {
  const first = map.get(from) ?? fallback;
  for (let i = from + 1; i <= to; i += 1) if ((map.get(i) ?? fallback) !== first) return null;
  return first;
}

function setSizes(
  ref: RangeRef,
  map: Map<number, number>,
  from: number,
  to: number,
  value: unknown,
): number {
  assertEditable(ref.sheet);
  if (typeof value !== 'number' || value < 0)
    throw hostError('InvalidArgument', 'Sizes are numbers >= 0.');
  for (let i = from; i <= to; i += 1) map.set(i, value);
  return 0;
}

const FORMAT_PROPS: PropTable<RangeRef> = {
  columnWidth: {
    get: (r) => uniformMap(r.sheet.columnWidths, r.rect.left, r.rect.right, STANDARD_COLUMN_WIDTH),
    set: (r, v) => setSizes(r, r.sheet.columnWidths, r.rect.left, r.rect.right, v),
  },
  rowHeight: {
    get: (r) =>
      uniformMap(
        r.sheet.rowHeights,
        r.rect.top,
        Math.min(r.rect.bottom, r.rect.top + 10_000),
        STANDARD_ROW_HEIGHT,
      ),
    set: (r, v) => setSizes(r, r.sheet.rowHeights, r.rect.top, r.rect.bottom, v),
  },
};

export class RangeFormatProxy extends ClientObject<RangeRef> {
  get _typeName(): string {
    return 'RangeFormat';
  }

  get _props(): PropTable<RangeRef> {
    return FORMAT_PROPS;
  }

  get fill(): RangeFillProxy {
    return this._child(
      'fill',
      () =>
        new RangeFillProxy(this.context, this, { method: 'fill', args: [] }, () => this._resolve()),
    );
  }

  get font(): RangeFontProxy {
    return this._child(
      'font',
      () =>
        new RangeFontProxy(this.context, this, { method: 'font', args: [] }, () => this._resolve()),
    );
  }

  autofitColumns(): void {
    this._queue('autofitColumns', (ref) => assertEditable(ref.sheet));
  }

  autofitRows(): void {
    this._queue('autofitRows', (ref) => assertEditable(ref.sheet));
  }
}
defineProps(RangeFormatProxy, FORMAT_PROPS);

const FILL_PROPS: PropTable<RangeRef> = {
  color: {
    get: (r) => {
      const fill = uniform(r, 'fill');
      // An unfilled range reads as white.
      return fill.same ? (fill.value ?? '#FFFFFF') : null;
    },
    set: (r, v) => writeLayer(r, 'fill', normalizeColor(v)),
  },
};

export class RangeFillProxy extends ClientObject<RangeRef> {
  get _typeName(): string {
    return 'RangeFill';
  }

  get _props(): PropTable<RangeRef> {
    return FILL_PROPS;
  }

  clear(): void {
    this._queue('clear', (ref) => {
      writeLayer(ref, 'fill', null);
    });
  }
}
defineProps(RangeFillProxy, FILL_PROPS);

const FONT_PROPS: PropTable<RangeRef> = {
  bold: {
    get: (r) => uniform(r, 'bold').value,
    set: (r, v) => {
      if (typeof v !== 'boolean') throw hostError('InvalidArgument', 'bold is a boolean.');
      return writeLayer(r, 'bold', v);
    },
  },
  color: {
    get: (r) => uniform(r, 'fontColor').value,
    set: (r, v) => writeLayer(r, 'fontColor', normalizeColor(v)),
  },
};

export class RangeFontProxy extends ClientObject<RangeRef> {
  get _typeName(): string {
    return 'RangeFont';
  }

  get _props(): PropTable<RangeRef> {
    return FONT_PROPS;
  }
}
defineProps(RangeFontProxy, FONT_PROPS);
