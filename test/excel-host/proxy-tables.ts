// Excel.TableCollection and Excel.Table.

import { parseAddress, type Rect } from './address';
import { ClientObject, defineProps, type PropTable } from './client-object';
import type { ClientResult } from './client-result';
import { CollectionProxy } from './collection-proxy';
import { hostError } from './errors';
import { filterTable } from './table-ops';
import {
  findSheet,
  findTable,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from './model';
import { AutoFilterProxy } from './proxy-autofilter';
import { RangeProxy, rangeProxy } from './proxy-range';
import { TableColumnCollectionProxy, TableRowCollectionProxy } from './proxy-table-columns';
import { TableSortProxy } from './proxy-table-sort';
import { WorksheetProxy } from './proxy-worksheet';
import { rangeRef, type RangeRef } from './range-ref';
import {
  addTable,
  bodyRect,
  checkTableName,
  clearTableFilters,
  convertToRange,
  deleteTable,
  headerRect,
  resizeTable,
} from './table-ops';
import { assertEditable } from './range-ref';

/** Where a table collection looks: one sheet, or the whole workbook. */
export interface TableScope {
  book: WorkbookModel;
  sheet: SheetModel | null;
  deleted: boolean;
}

function flag(name: string): PropTable<TableModel>[string] {
  return {
    get: (t) => t.flags[name],
    set: (t, v) => {
      if (typeof v !== 'boolean') throw hostError('InvalidArgument', `${name} is a boolean.`);
      t.flags[name] = v;
    },
  };
}

const TABLE_PROPS: PropTable<TableModel> = {
  name: {
    get: (t) => t.name,
    set: (t, v) => {
      if (typeof v !== 'string') throw hostError('InvalidArgument', 'Table names are strings.');
      checkTableName(t.sheet.book, v, t);
      t.name = v;
    },
  },
  id: { get: (t) => t.id },
  legacyId: { get: (t) => t.id },
  showHeaders: {
    get: () => true,
    set: (_t, v) => {
      if (v !== true) throw hostError('NotImplemented', 'Tables without a header row.');
    },
  },
  showTotals: {
    get: () => false,
    set: (_t, v) => {
      if (v !== false) throw hostError('NotImplemented', 'Table total rows.');
    },
  },
  style: {
    get: (t) => t.style,
    set: (t, v) => {
      t.style = String(v);
    },
  },
  showFilterButton: {
    get: (t) => t.showFilterButton,
    set: (t, v) => {
      assertEditable(t.sheet);
      if (v === false) clearTableFilters(t);
      t.showFilterButton = v === true;
    },
    requires: 'ExcelApi 1.3',
  },
  showBandedRows: flag('showBandedRows'),
  showBandedColumns: flag('showBandedColumns'),
  highlightFirstColumn: flag('highlightFirstColumn'),
  highlightLastColumn: flag('highlightLastColumn'),
};

export class TableProxy extends ClientObject<TableModel> {
  get _typeName(): string {
    return 'Table';
  }

  get _props(): PropTable<TableModel> {
    return TABLE_PROPS;
  }

  get columns(): TableColumnCollectionProxy {
    return this._facet('columns', TableColumnCollectionProxy);
  }

  get rows(): TableRowCollectionProxy {
    return this._facet('rows', TableRowCollectionProxy);
  }

  get sort(): TableSortProxy {
    return this._child(
      'sort',
      () =>
        new TableSortProxy(this.context, this, { method: 'sort', args: [] }, () => this._resolve()),
    );
  }

  get autoFilter(): AutoFilterProxy {
    return this._child(
      'autoFilter',
      () =>
        new AutoFilterProxy(this.context, this, { method: 'autoFilter', args: [] }, () => {
          const table = this._resolve();
          return table === null ? null : { kind: 'table' as const, table, deleted: false };
        }),
    );
  }

  get worksheet(): WorksheetProxy {
    return this._child(
      'worksheet',
      () =>
        new WorksheetProxy(
          this.context,
          this,
          { method: 'worksheet', args: [] },
          () => this._resolve()?.sheet ?? null,
        ),
    );
  }

  private _tableRange(method: string, rect: (table: TableModel) => Rect): RangeProxy {
    return rangeProxy(this.context, this, method, [], () => {
      const table = this._resolve();
      return table === null ? null : rangeRef(table.sheet, rect(table));
    });
  }

  getRange(): RangeProxy {
    return this._tableRange('getRange', (t) => t.rect);
  }

  getDataBodyRange(): RangeProxy {
    return this._tableRange('getDataBodyRange', bodyRect);
  }

  getHeaderRowRange(): RangeProxy {
    return this._tableRange('getHeaderRowRange', headerRect);
  }

  getTotalRowRange(): RangeProxy {
    return this._tableRange('getTotalRowRange', () => {
      throw hostError('InvalidOperation', 'The table has no total row.');
    });
  }

  clearFilters(): void {
    this._queue('clearFilters', (t) => clearTableFilters(t), { requires: 'ExcelApi 1.2' });
  }

  reapplyFilters(): void {
    this._queue(
      'reapplyFilters',
      (t) => {
        assertEditable(t.sheet);
        filterTable(t);
      },
      { requires: 'ExcelApi 1.2' },
    );
  }

  convertToRange(): RangeProxy {
    const range = rangeProxy(this.context, this, 'convertToRange', [], () => null);
    this._queue('convertToRange', (t) => range._preset(rangeRef(t.sheet, convertToRange(t))), {
      requires: 'ExcelApi 1.2',
    });
    return range;
  }

  delete(): void {
    this._queue('delete', (t) => deleteTable(t));
  }

  resize(newRange: RangeProxy | string): void {
    if (typeof newRange !== 'string') this._own(newRange);
    this._queue(
      'resize',
      (t) => {
        const rect =
          typeof newRange === 'string'
            ? parseAddress(newRange).rect
            : (newRange._resolve() as RangeRef).rect;
        resizeTable(t, rect);
      },
      { requires: 'ExcelApi 1.13', args: [newRange] },
    );
  }
}
defineProps(TableProxy, TABLE_PROPS);

const COLLECTION_PROPS: PropTable<TableScope> = {
  count: { get: (s) => scopeTables(s).length },
};

function scopeTables(scope: TableScope): TableModel[] {
  return scope.book.tables.filter((t) => scope.sheet === null || t.sheet === scope.sheet);
}

export class TableCollectionProxy extends CollectionProxy<TableScope, TableModel, TableProxy> {
  get _typeName(): string {
    return 'TableCollection';
  }

  get _props(): PropTable<TableScope> {
    return COLLECTION_PROPS;
  }

  _itemModels(scope: TableScope): TableModel[] {
    return scopeTables(scope);
  }

  _wrap(table: TableModel, index: number): TableProxy {
    const proxy = new TableProxy(
      this.context,
      this,
      { method: 'item', args: [index] },
      () => table,
    );
    proxy._preset(table);
    return proxy;
  }

  private _table(
    method: string,
    args: unknown[],
    find: (scope: TableScope) => TableModel | null,
    orNull = false,
  ) {
    return new TableProxy(
      this.context,
      this,
      { method, args },
      () => {
        const scope = this._resolve();
        return scope === null ? null : find(scope);
      },
      orNull,
    );
  }

  private static inScope(scope: TableScope, key: string): TableModel | null {
    const table = findTable(scope.book, key);
    return table !== null && (scope.sheet === null || table.sheet === scope.sheet) ? table : null;
  }

  getItem(key: string): TableProxy {
    return this._table('getItem', [key], (s) => TableCollectionProxy.inScope(s, key));
  }

  getItemOrNullObject(key: string): TableProxy {
    return this._table(
      'getItemOrNullObject',
      [key],
      (s) => TableCollectionProxy.inScope(s, key),
      true,
    );
  }

  getItemAt(index: number): TableProxy {
    return this._table('getItemAt', [index], (s) => scopeTables(s)[index] ?? null);
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (s) => scopeTables(s).length);
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    if (typeof address !== 'string') this._own(address);
    const added = new TableProxy(
      this.context,
      this,
      { method: 'add', args: [address, hasHeaders] },
      () => null,
    );
    this._queue(
      'add',
      (scope) => {
        const { sheet, rect } = target(scope, address);
        added._preset(addTable(scope.book, sheet, rect, hasHeaders));
      },
      { args: [address, hasHeaders] },
    );
    return added;
  }
}

function target(
  scope: TableScope,
  address: RangeProxy | string,
): { sheet: SheetModel; rect: Rect } {
  if (typeof address !== 'string') {
    const ref = address._resolve();
    if (ref === null) throw hostError('InvalidArgument', 'The range is a null object.');
    if (scope.sheet !== null && ref.sheet !== scope.sheet) {
      throw hostError('InvalidArgument', 'The range is on another worksheet.');
    }
    return ref;
  }
  const parsed = parseAddress(address);
  const named = parsed.sheetName === undefined ? null : findSheet(scope.book, parsed.sheetName);
  if (parsed.sheetName !== undefined && named === null) {
    throw hostError('ItemNotFound', `No sheet named "${parsed.sheetName}".`);
  }
  const sheet = named ?? scope.sheet ?? scope.book.activeSheet;
  if (scope.sheet !== null && sheet !== scope.sheet) {
    throw hostError('InvalidArgument', 'The address is on another worksheet.');
  }
  return { sheet, rect: parsed.rect };
}
