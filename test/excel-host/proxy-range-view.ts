// Range.getVisibleView(): the rows and columns of a range that are not hidden (by a filter or by
// hand), read as one compact block. RangeView.rows lists one view per visible row.

import { formatAddress, type Rect } from './address';
import { readCells, type CellProperty } from './cell-io';
import { ClientObject, defineProps, type PropTable } from './client-object';
import { CollectionProxy } from './collection-proxy';
import type { SheetModel } from './model';
import { rangeProxy, type RangeProxy } from './proxy-range';
import { rangeRef, type RangeRef } from './range-ref';

export interface ViewModel {
  sheet: SheetModel;
  source: Rect;
  rows: number[];
  cols: number[];
  index: number;
  readonly deleted: boolean;
}

function visibleIndexes(flags: Uint8Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i += 1) if (flags[i] === 0) out.push(i);
  return out;
}

export function visibleView(ref: RangeRef): ViewModel {
  const { sheet, rect } = ref;
  return {
    sheet,
    source: rect,
    rows: visibleIndexes(sheet.rowHidden, rect.top, rect.bottom),
    cols: visibleIndexes(sheet.columnHidden, rect.left, rect.right),
    index: 0,
    get deleted() {
      return sheet.deleted;
    },
  };
}

function readView(view: ViewModel, property: CellProperty): unknown[][] {
  return view.rows.map((r) => {
    const cells = readCells(
      rangeRef(view.sheet, { top: r, bottom: r, left: view.source.left, right: view.source.right }),
      property,
    ) ?? [[]];
    return view.cols.map((c) => cells[0][c - view.source.left]);
  });
}

const size = (v: ViewModel) => v.rows.length * v.cols.length;

const VIEW_PROPS: PropTable<ViewModel> = {
  values: { get: (v) => readView(v, 'values'), cells: size },
  text: { get: (v) => readView(v, 'text'), cells: size },
  formulas: { get: (v) => readView(v, 'formulas'), cells: size },
  numberFormat: { get: (v) => readView(v, 'numberFormat'), cells: size },
  valueTypes: { get: (v) => readView(v, 'valueTypes'), cells: size },
  rowCount: { get: (v) => v.rows.length },
  columnCount: { get: (v) => v.cols.length },
  index: { get: (v) => v.index },
  cellAddresses: {
    get: (v) =>
      v.rows.map((r) =>
        v.cols.map((c) => formatAddress(v.sheet.name, { top: r, bottom: r, left: c, right: c })),
      ),
    cells: size,
  },
};

export class RangeViewProxy extends ClientObject<ViewModel> {
  get _typeName(): string {
    return 'RangeView';
  }

  get _props(): PropTable<ViewModel> {
    return VIEW_PROPS;
  }

  get _requires(): string {
    return 'ExcelApi 1.3';
  }

  get rows(): RangeViewCollectionProxy {
    return this._facet('rows', RangeViewCollectionProxy);
  }

  getRange(): RangeProxy {
    return rangeProxy(this.context, this, 'getRange', [], () => {
      const view = this._resolve();
      return view === null ? null : rangeRef(view.sheet, view.source);
    });
  }
}
defineProps(RangeViewProxy, VIEW_PROPS);

function rowView(view: ViewModel, position: number): ViewModel {
  const row = view.rows[position];
  return {
    ...view,
    source: { ...view.source, top: row, bottom: row },
    rows: [row],
    index: position,
    deleted: false,
  };
}

export class RangeViewCollectionProxy extends CollectionProxy<
  ViewModel,
  ViewModel,
  RangeViewProxy
> {
  get _typeName(): string {
    return 'RangeViewCollection';
  }

  get _props(): PropTable<ViewModel> {
    return {};
  }

  _itemModels(model: ViewModel): ViewModel[] {
    return model.rows.map((_, i) => rowView(model, i));
  }

  _wrap(item: ViewModel, index: number): RangeViewProxy {
    const proxy = new RangeViewProxy(
      this.context,
      this,
      { method: 'item', args: [index] },
      () => item,
    );
    proxy._preset(item);
    return proxy;
  }

  getCount(): { value: number } {
    return this._result('getCount', (model) => model.rows.length);
  }

  getItemAt(index: number): RangeViewProxy {
    return new RangeViewProxy(this.context, this, { method: 'getItemAt', args: [index] }, () => {
      const view = this._resolve();
      return view === null || index >= view.rows.length ? null : rowView(view, index);
    });
  }
}
