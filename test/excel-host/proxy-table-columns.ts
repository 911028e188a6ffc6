// Excel.TableColumnCollection, TableColumn, Filter (a column's filter) and TableRowCollection.

import { columnCount, rowCount, type Rect } from './address';
import { readCells, readSize, writeContents } from './cell-io';
import { ClientObject, defineProps, type PropTable } from './client-object';
import type { ClientResult } from './client-result';
import { CollectionProxy } from './collection-proxy';
import { hostError } from './errors';
import type { TableModel } from './model';
import { RangeProxy, rangeProxy } from './proxy-range';
import { assertEditable, rangeRef, type RangeRef } from './range-ref';
import { insertCells, deleteCells } from './range-structure';
import {
  addTableColumn,
  columnNames,
  columnRect,
  deleteTableColumn,
  findColumn,
  normalizeHeaders,
  setColumnCriteria,
} from './table-ops';

export interface ColumnRef {
  table: TableModel;
  id: number;
  readonly index: number;
  readonly deleted: boolean;
}

export function columnRef(table: TableModel, id: number): ColumnRef {
  return {
    table,
    id,
    get index() {
      return table.columnIds.indexOf(id);
    },
    get deleted() {
      return table.deleted || table.columnIds.indexOf(id) < 0;
    },
  };
}

function columnRange(c: ColumnRef): RangeRef {
  return rangeRef(c.table.sheet, columnRect(c.table, c.index));
}

const COLUMN_PROPS: PropTable<ColumnRef> = {
  id: { get: (c) => c.id },
  index: { get: (c) => c.index },
  name: {
    get: (c) => columnNames(c.table)[c.index],
    set: (c, v) => {
      assertEditable(c.table.sheet);
      if (typeof v !== 'string' || v === '')
        throw hostError('InvalidArgument', 'Column names are text.');
      c.table.sheet.grid.set('value', c.table.rect.top, c.table.rect.left + c.index, v);
      normalizeHeaders(c.table);
    },
  },
  values: {
    get: (c) => readCells(columnRange(c), 'values'),
    set: (c, v) => {
      const written = writeContents(columnRange(c), v);
      normalizeHeaders(c.table);
      return written;
    },
    cells: (c) => readSize(columnRange(c)),
  },
};

export class TableColumnProxy extends ClientObject<ColumnRef> {
  get _typeName(): string {
    return 'TableColumn';
  }

  get _props(): PropTable<ColumnRef> {
    return COLUMN_PROPS;
  }

  get filter(): FilterProxy {
    return this._child(
      'filter',
      () =>
        new FilterProxy(this.context, this, { method: 'filter', args: [] }, () => this._resolve()),
    );
  }

  private _columnRange(method: string, rect: (r: Rect) => Rect): RangeProxy {
    return rangeProxy(this.context, this, method, [], () => {
      const c = this._resolve();
      return c === null ? null : rangeRef(c.table.sheet, rect(columnRect(c.table, c.index)));
    });
  }

  getRange(): RangeProxy {
    return this._columnRange('getRange', (r) => r);
  }

  getDataBodyRange(): RangeProxy {
    return this._columnRange('getDataBodyRange', (r) => ({ ...r, top: r.top + 1 }));
  }

  getHeaderRowRange(): RangeProxy {
    return this._columnRange('getHeaderRowRange', (r) => ({ ...r, bottom: r.top }));
  }

  delete(): void {
    this._queue('delete', (c) => deleteTableColumn(c.table, c.index));
  }
}
defineProps(TableColumnProxy, COLUMN_PROPS);

const COLUMNS_PROPS: PropTable<TableModel> = {
  count: { get: (t) => columnCount(t.rect) },
};

export class TableColumnCollectionProxy extends CollectionProxy<
  TableModel,
  ColumnRef,
  TableColumnProxy
> {
  get _typeName(): string {
    return 'TableColumnCollection';
  }

  get _props(): PropTable<TableModel> {
    return COLUMNS_PROPS;
  }

  _itemModels(table: TableModel): ColumnRef[] {
    return table.columnIds.map((id) => columnRef(table, id));
  }

  _wrap(column: ColumnRef, index: number): TableColumnProxy {
    const proxy = new TableColumnProxy(
      this.context,
      this,
      { method: 'item', args: [index] },
      () => column,
    );
    proxy._preset(column);
    return proxy;
  }

  private _column(
    method: string,
    args: unknown[],
    index: (t: TableModel) => number,
    orNull = false,
  ) {
    return new TableColumnProxy(
      this.context,
      this,
      { method, args },
      () => {
        const table = this._resolve();
        if (table === null) return null;
        const at = index(table);
        return at < 0 || at >= table.columnIds.length
          ? null
          : columnRef(table, table.columnIds[at]);
      },
      orNull,
    );
  }

  getItem(key: number | string): TableColumnProxy {
    return this._column('getItem', [key], (t) => findColumn(t, key));
  }

  getItemOrNullObject(key: number | string): TableColumnProxy {
    return this._column('getItemOrNullObject', [key], (t) => findColumn(t, key), true);
  }

  getItemAt(index: number): TableColumnProxy {
    return this._column('getItemAt', [index], () => index);
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (t) => t.columnIds.length);
  }

  /** Adds a column; `values` may include the header row or only the body; `name` wins. */
  add(index?: number | null, values?: unknown, name?: string): TableColumnProxy {
    const added = new TableColumnProxy(
      this.context,
      this,
      { method: 'add', args: [index, values, name] },
      () => null,
    );
    this._queue(
      'add',
      (table) => {
        const at = index ?? table.columnIds.length;
        const cells = addTableColumn(table, at, values, name ?? null);
        added._preset(columnRef(table, table.columnIds[at]));
        return { cellsWritten: values === undefined || values === null ? 0 : cells };
      },
      { args: [index, values, name] },
    );
    return added;
  }
}

const FILTER_PROPS: PropTable<ColumnRef> = {
  criteria: { get: (c) => c.table.criteria.get(c.index) ?? null },
};

export class FilterProxy extends ClientObject<ColumnRef> {
  get _typeName(): string {
    return 'Filter';
  }

  get _props(): PropTable<ColumnRef> {
    return FILTER_PROPS;
  }

  get _requires(): string {
    return 'ExcelApi 1.2';
  }

  private _apply(label: string, criteria: Excel.FilterCriteria | null): void {
    const copy =
      criteria === null ? null : (JSON.parse(JSON.stringify(criteria)) as Excel.FilterCriteria);
    this._queue(label, (c) => setColumnCriteria(c.table, c.index, copy), { args: [copy] });
  }

  apply(criteria: Excel.FilterCriteria): void {
    this._apply('apply', criteria);
  }

  applyValuesFilter(values: Array<string | Excel.FilterDatetime>): void {
    this._apply('applyValuesFilter', { filterOn: 'Values' as Excel.FilterOn.values, values });
  }

  applyCustomFilter(criteria1: string, criteria2?: string, oper?: 'And' | 'Or'): void {
    this._apply('applyCustomFilter', {
      filterOn: 'Custom' as Excel.FilterOn.custom,
      criterion1: criteria1,
      criterion2: criteria2,
      operator: (oper ?? 'And') as Excel.FilterOperator,
    });
  }

  applyTopItemsFilter(count: number): void {
    this._apply('applyTopItemsFilter', {
      filterOn: 'TopItems' as Excel.FilterOn.topItems,
      criterion1: String(count),
    });
  }

  applyBottomItemsFilter(count: number): void {
    this._apply('applyBottomItemsFilter', {
      filterOn: 'BottomItems' as Excel.FilterOn.bottomItems,
      criterion1: String(count),
    });
  }

  applyTopPercentFilter(percent: number): void {
    this._apply('applyTopPercentFilter', {
      filterOn: 'TopPercent' as Excel.FilterOn.topPercent,
      criterion1: String(percent),
    });
  }

  applyBottomPercentFilter(percent: number): void {
    this._apply('applyBottomPercentFilter', {
      filterOn: 'BottomPercent' as Excel.FilterOn.bottomPercent,
      criterion1: String(percent),
    });
  }

  applyDynamicFilter(criteria: string): void {
    this._apply('applyDynamicFilter', {
      filterOn: 'Dynamic' as Excel.FilterOn.dynamic,
      dynamicCriteria: criteria as Excel.DynamicFilterCriteria,
    });
  }

  clear(): void {
    this._apply('clear', null);
  }
}
defineProps(FilterProxy, FILTER_PROPS);

const ROWS_PROPS: PropTable<TableModel> = {
  count: { get: (t) => rowCount(t.rect) - 1 },
};

export class TableRowCollectionProxy extends ClientObject<TableModel> {
  get _typeName(): string {
    return 'TableRowCollection';
  }

  get _props(): PropTable<TableModel> {
    return ROWS_PROPS;
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (t) => rowCount(t.rect) - 1);
  }

  /** Inserts rows at `index` of the body (default: after the last row) and writes `values`. */
  add(index?: number | null, values?: unknown[][]): void {
    this._queue(
      'add',
      (t) => {
        const bodyRows = rowCount(t.rect) - 1;
        const at = index ?? bodyRows;
        const count = values?.length ?? 1;
        if (at < 0 || at > bodyRows) throw hostError('InvalidArgument', `Row index ${at}.`);
        const top = t.rect.top + 1 + at;
        const block = { top, bottom: top + count - 1, left: t.rect.left, right: t.rect.right };
        insertCells(rangeRef(t.sheet, block), 'Down');
        if (at === bodyRows) t.rect = { ...t.rect, bottom: t.rect.bottom + count };
        return {
          cellsWritten: values === undefined ? 0 : writeContents(rangeRef(t.sheet, block), values),
        };
      },
      { args: [index, values] },
    );
  }

  deleteRowsAt(index: number, count = 1): void {
    this._queue('deleteRowsAt', (t) => {
      const top = t.rect.top + 1 + index;
      if (index < 0 || top + count - 1 > t.rect.bottom)
        throw hostError('InvalidArgument', `Rows ${index}+${count}.`);
      deleteCells(
        rangeRef(t.sheet, { top, bottom: top + count - 1, left: t.rect.left, right: t.rect.right }),
        'Up',
      );
    });
  }
}
defineProps(TableRowCollectionProxy, ROWS_PROPS);
