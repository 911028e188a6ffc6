// Excel.Range proxy.

import {
  MAX_COLUMNS,
  MAX_ROWS,
  cellCount,
  checkRect,
  columnCount,
  intersect,
  isEntireColumn,
  isEntireRow,
  parseAddress,
  rowCount,
  type Rect,
} from './address';
import { readCells, readSize, writeContents, writeNumberFormat } from './cell-io';
import { ClientObject, defineProps, type PropTable, type ProxyNode } from './client-object';
import { hostError } from './errors';
import { findSheet } from './model';
import { ConditionalFormatCollectionProxy } from './proxy-conditional-formats';
import { RangeAreasProxy } from './proxy-range-areas';
import { RangeFormatProxy } from './proxy-range-format';
import { RangeViewProxy, visibleView } from './proxy-range-view';
import { WorksheetProxy } from './proxy-worksheet';
import { assertEditable, rangeRef, refAddress, type RangeRef } from './range-ref';
import {
  clearCells,
  deleteCells,
  insertCells,
  mergeCells,
  unmergeCells,
  wholeColumns,
  wholeRows,
} from './range-structure';
import type { HostContext } from './request-context';
import { sortBlock } from './sort-apply';

function hiddenState(flags: Uint8Array, from: number, to: number): boolean | null {
  let hidden = 0;
  for (let i = from; i <= to; i += 1) hidden += flags[i];
  return hidden === 0 ? false : hidden === to - from + 1 ? true : null;
}

function setHidden(
  ref: RangeRef,
  flags: Uint8Array,
  from: number,
  to: number,
  value: unknown,
): number {
  assertEditable(ref.sheet);
  if (typeof value !== 'boolean') throw hostError('InvalidArgument', 'Hidden flags are booleans.');
  flags.fill(value ? 1 : 0, from, to + 1);
  return 0;
}

const RANGE_PROPS: PropTable<RangeRef> = {
  address: { get: (r) => refAddress(r) },
  addressLocal: { get: (r) => refAddress(r) },
  cellCount: { get: (r) => cellCount(r.rect) },
  rowCount: { get: (r) => rowCount(r.rect) },
  columnCount: { get: (r) => columnCount(r.rect) },
  rowIndex: { get: (r) => r.rect.top },
  columnIndex: { get: (r) => r.rect.left },
  isEntireColumn: { get: (r) => isEntireColumn(r.rect) },
  isEntireRow: { get: (r) => isEntireRow(r.rect) },
  values: { get: (r) => readCells(r, 'values'), set: writeContents, cells: readSize },
  text: { get: (r) => readCells(r, 'text'), cells: readSize },
  formulas: { get: (r) => readCells(r, 'formulas'), set: writeContents, cells: readSize },
  formulasLocal: { get: (r) => readCells(r, 'formulas'), set: writeContents, cells: readSize },
  numberFormat: {
    get: (r) => readCells(r, 'numberFormat'),
    set: writeNumberFormat,
    cells: readSize,
  },
  numberFormatLocal: {
    get: (r) => readCells(r, 'numberFormat'),
    set: writeNumberFormat,
    cells: readSize,
    requires: 'ExcelApi 1.7',
  },
  valueTypes: { get: (r) => readCells(r, 'valueTypes'), cells: readSize },
  rowHidden: {
    get: (r) => hiddenState(r.sheet.rowHidden, r.rect.top, r.rect.bottom),
    set: (r, v) => setHidden(r, r.sheet.rowHidden, r.rect.top, r.rect.bottom, v),
    requires: 'ExcelApi 1.2',
  },
  columnHidden: {
    get: (r) => hiddenState(r.sheet.columnHidden, r.rect.left, r.rect.right),
    set: (r, v) => setHidden(r, r.sheet.columnHidden, r.rect.left, r.rect.right, v),
    requires: 'ExcelApi 1.2',
  },
  hidden: {
    get: (r) =>
      hiddenState(r.sheet.rowHidden, r.rect.top, r.rect.bottom) === true ||
      hiddenState(r.sheet.columnHidden, r.rect.left, r.rect.right) === true,
  },
};

type RangeOrAddress = RangeProxy | string;

export class RangeProxy extends ClientObject<RangeRef> {
  get _typeName(): string {
    return 'Range';
  }

  get _props(): PropTable<RangeRef> {
    return RANGE_PROPS;
  }

  /** A range derived from this one when the sync runs. */
  _derive(method: string, args: unknown[], rect: (ref: RangeRef) => Rect | null, orNull = false) {
    return new RangeProxy(
      this.context,
      this,
      { method, args },
      () => {
        const ref = this._resolve();
        if (ref === null) return null;
        const next = rect(ref);
        return next === null ? null : rangeRef(ref.sheet, checkRect(next));
      },
      orNull,
    );
  }

  /** Another range argument, as a proxy of this context or an address on this range's sheet. */
  _other(other: RangeOrAddress): () => RangeRef {
    if (typeof other !== 'string') {
      const proxy = this._own(other);
      return () => {
        const ref = proxy._resolve();
        if (ref === null) throw hostError('InvalidArgument', 'The other range is a null object.');
        return ref;
      };
    }
    return () => {
      const ref = this._resolve() as RangeRef;
      const parsed = parseAddress(other);
      const sheet =
        parsed.sheetName === undefined ? ref.sheet : findSheet(ref.sheet.book, parsed.sheetName);
      if (sheet === null) throw hostError('ItemNotFound', `No sheet named "${parsed.sheetName}".`);
      return rangeRef(sheet, parsed.rect);
    };
  }

  get worksheet(): WorksheetProxy {
    return this._child('worksheet', () => {
      return new WorksheetProxy(this.context, this, { method: 'worksheet', args: [] }, () => {
        const ref = this._resolve();
        return ref === null ? null : ref.sheet;
      });
    });
  }

  get format(): RangeFormatProxy {
    return this._facet('format', RangeFormatProxy);
  }

  get sort(): RangeSortProxy {
    return this._child(
      'sort',
      () =>
        new RangeSortProxy(this.context, this, { method: 'sort', args: [] }, () => this._resolve()),
    );
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._child('conditionalFormats', () => {
      return new ConditionalFormatCollectionProxy(
        this.context,
        this,
        { method: 'conditionalFormats', args: [] },
        () => this._resolve(),
      );
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._derive('getCell', [row, column], (r) => ({
      top: r.rect.top + row,
      left: r.rect.left + column,
      bottom: r.rect.top + row,
      right: r.rect.left + column,
    }));
  }

  getRow(row: number): RangeProxy {
    return this._derive('getRow', [row], (r) => {
      if (row < 0 || row >= rowCount(r.rect)) throw hostError('InvalidArgument', `Row ${row}.`);
      return { ...r.rect, top: r.rect.top + row, bottom: r.rect.top + row };
    });
  }

  getColumn(column: number): RangeProxy {
    return this._derive('getColumn', [column], (r) => {
      if (column < 0 || column >= columnCount(r.rect))
        throw hostError('InvalidArgument', `Column ${column}.`);
      return { ...r.rect, left: r.rect.left + column, right: r.rect.left + column };
    });
  }

  getRowsAbove(count = 1): RangeProxy {
    return this._derive('getRowsAbove', [count], (r) => ({
      ...r.rect,
      top: r.rect.top - count,
      bottom: r.rect.top - 1,
    }));
  }

  getRowsBelow(count = 1): RangeProxy {
    return this._derive('getRowsBelow', [count], (r) => ({
      ...r.rect,
      top: r.rect.bottom + 1,
      bottom: r.rect.bottom + count,
    }));
  }

  getColumnsBefore(count = 1): RangeProxy {
    return this._derive('getColumnsBefore', [count], (r) => ({
      ...r.rect,
      left: r.rect.left - count,
      right: r.rect.left - 1,
    }));
  }

  getColumnsAfter(count = 1): RangeProxy {
    return this._derive('getColumnsAfter', [count], (r) => ({
      ...r.rect,
      left: r.rect.right + 1,
      right: r.rect.right + count,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derive('getOffsetRange', [rowOffset, columnOffset], (r) => ({
      top: r.rect.top + rowOffset,
      bottom: r.rect.bottom + rowOffset,
      left: r.rect.left + columnOffset,
      right: r.rect.right + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derive('getResizedRange', [deltaRows, deltaColumns], (r) => ({
      ...r.rect,
      bottom: r.rect.bottom + deltaRows,
      right: r.rect.right + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this._derive('getAbsoluteResizedRange', [numRows, numColumns], (r) => ({
      ...r.rect,
      bottom: r.rect.top + numRows - 1,
      right: r.rect.left + numColumns - 1,
    }));
  }

  getEntireColumn(): RangeProxy {
    return this._derive('getEntireColumn', [], (r) => wholeColumns(r.rect));
  }

  getEntireRow(): RangeProxy {
    return this._derive('getEntireRow', [], (r) => wholeRows(r.rect));
  }

  getLastCell(): RangeProxy {
    return this._derive('getLastCell', [], (r) => ({
      ...r.rect,
      top: r.rect.bottom,
      left: r.rect.right,
    }));
  }

  getLastRow(): RangeProxy {
    return this._derive('getLastRow', [], (r) => ({ ...r.rect, top: r.rect.bottom }));
  }

  getLastColumn(): RangeProxy {
    return this._derive('getLastColumn', [], (r) => ({ ...r.rect, left: r.rect.right }));
  }

  getBoundingRect(other: RangeOrAddress): RangeProxy {
    const resolveOther = this._other(other);
    return this._derive('getBoundingRect', [other], (r) => {
      const o = resolveOther().rect;
      return {
        top: Math.min(r.rect.top, o.top),
        left: Math.min(r.rect.left, o.left),
        bottom: Math.max(r.rect.bottom, o.bottom),
        right: Math.max(r.rect.right, o.right),
      };
    });
  }

  getIntersection(other: RangeOrAddress): RangeProxy {
    const resolveOther = this._other(other);
    return this._derive('getIntersection', [other], (r) => {
      const hit = intersect(r.rect, resolveOther().rect);
      if (hit === null) throw hostError('ItemNotFound', 'The ranges do not intersect.');
      return hit;
    });
  }

  getIntersectionOrNullObject(other: RangeOrAddress): RangeProxy {
    const resolveOther = this._other(other);
    return this._derive(
      'getIntersectionOrNullObject',
      [other],
      (r) => intersect(r.rect, resolveOther().rect),
      true,
    );
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this._derive('getUsedRange', [valuesOnly], (r) => {
      const used = r.sheet.grid.usedRect(valuesOnly);
      const hit = used === null ? null : intersect(used, r.rect);
      if (hit === null) throw hostError('ItemNotFound', 'The range has no used cells.');
      return hit;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._derive(
      'getUsedRangeOrNullObject',
      [valuesOnly],
      (r) => {
        const used = r.sheet.grid.usedRect(valuesOnly);
        return used === null ? null : intersect(used, r.rect);
      },
      true,
    );
  }

  getVisibleView(): RangeViewProxy {
    return new RangeViewProxy(this.context, this, { method: 'getVisibleView', args: [] }, () => {
      const ref = this._resolve();
      return ref === null ? null : visibleView(ref);
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      this,
      { method: 'getMergedAreasOrNullObject', args: [] },
      () => {
        this.context._requireSet('ExcelApi 1.13');
        const ref = this._resolve();
        if (ref === null) return null;
        const rects = ref.sheet.merges.filter((m) => intersect(m, ref.rect) !== null);
        return rects.length === 0 ? null : { sheet: ref.sheet, rects, deleted: false };
      },
      true,
    );
  }

  insert(shift: Excel.InsertShiftDirection | 'Down' | 'Right'): RangeProxy {
    const inserted = new RangeProxy(
      this.context,
      this,
      { method: 'insert', args: [shift] },
      () => null,
    );
    this._queue(
      'insert',
      (ref) => {
        inserted._preset(rangeRef(ref.sheet, insertCells(ref, shift)));
      },
      { args: [shift] },
    );
    return inserted;
  }

  delete(shift: Excel.DeleteShiftDirection | 'Up' | 'Left'): void {
    this._queue('delete', (ref) => deleteCells(ref, shift), { args: [shift] });
  }

  clear(applyTo: Excel.ClearApplyTo | string = 'All'): void {
    this._queue('clear', (ref) => clearCells(ref, applyTo), { args: [applyTo] });
  }

  merge(across = false): void {
    this._queue('merge', (ref) => mergeCells(ref, across), { args: [across] });
  }

  unmerge(): void {
    this._queue('unmerge', (ref) => unmergeCells(ref));
  }

  select(): void {
    this._queue('select', (ref) => {
      ref.sheet.selection = ref.rect;
      ref.sheet.book.activeSheet = ref.sheet;
    });
  }

  calculate(): void {
    this._queue('calculate', () => undefined);
  }
}
defineProps(RangeProxy, RANGE_PROPS);

export class RangeSortProxy extends ClientObject<RangeRef> {
  get _typeName(): string {
    return 'RangeSort';
  }

  get _props(): PropTable<RangeRef> {
    return {};
  }

  get _requires(): string {
    return 'ExcelApi 1.2';
  }

  apply(
    fields: Excel.SortField[],
    matchCase = false,
    hasHeaders = false,
    orientation: string = 'Rows',
  ): void {
    const copy = fields.map((f) => ({ ...f }));
    this._queue(
      'apply',
      (ref) => {
        if (orientation !== 'Rows') throw hostError('NotImplemented', 'Sorting by columns.');
        const body = hasHeaders ? { ...ref.rect, top: ref.rect.top + 1 } : ref.rect;
        if (body.top > body.bottom) return;
        sortBlock(ref.sheet, body, copy, matchCase);
      },
      { args: [copy, matchCase, hasHeaders, orientation] },
    );
  }
}

/** A range proxy over a block fixed at creation (used by worksheets, tables and views). */
export function rangeProxy(
  context: HostContext,
  parent: ProxyNode,
  method: string,
  args: unknown[],
  resolve: () => RangeRef | null,
  orNull = false,
): RangeProxy {
  return new RangeProxy(context, parent, { method, args }, resolve, orNull);
}

export const SHEET_BOUNDS: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
