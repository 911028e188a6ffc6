// Excel.AutoFilter for a worksheet (Worksheet.autoFilter) or a table (Table.autoFilter).

import { columnCount, parseAddress } from './address';
import {
  applySheetFilter,
  clearSheetCriteria,
  reapplySheetFilter,
  removeSheetFilter,
} from './autofilter-ops';
import { ClientObject, defineProps, type PropTable } from './client-object';
import { hostError } from './errors';
import type { CriteriaByColumn, SheetModel, TableModel } from './model';
import { RangeProxy, rangeProxy } from './proxy-range';
import { assertEditable, rangeRef, type RangeRef } from './range-ref';
import { clearTableFilters, filterTable, setColumnCriteria } from './table-ops';

export type AutoFilterTarget =
  | { kind: 'sheet'; sheet: SheetModel; deleted: boolean }
  | { kind: 'table'; table: TableModel; deleted: boolean };

function state(t: AutoFilterTarget): { criteria: CriteriaByColumn; width: number } | null {
  if (t.kind === 'table') return { criteria: t.table.criteria, width: columnCount(t.table.rect) };
  const filter = t.sheet.autoFilter;
  return filter === null ? null : { criteria: filter.criteria, width: columnCount(filter.rect) };
}

const AUTOFILTER_PROPS: PropTable<AutoFilterTarget> = {
  enabled: {
    get: (t) => (t.kind === 'table' ? t.table.showFilterButton : t.sheet.autoFilter !== null),
  },
  isDataFiltered: { get: (t) => (state(t)?.criteria.size ?? 0) > 0 },
  /** One entry per column of the filtered block; null where a column has no criteria. */
  criteria: {
    get: (t) => {
      const s = state(t);
      return s === null ? [] : Array.from({ length: s.width }, (_, i) => s.criteria.get(i) ?? null);
    },
  },
};

export class AutoFilterProxy extends ClientObject<AutoFilterTarget> {
  get _typeName(): string {
    return 'AutoFilter';
  }

  get _props(): PropTable<AutoFilterTarget> {
    return AUTOFILTER_PROPS;
  }

  get _requires(): string {
    return 'ExcelApi 1.9';
  }

  apply(range: RangeProxy | string, columnIndex?: number, criteria?: Excel.FilterCriteria): void {
    if (typeof range !== 'string') this._own(range);
    const copy =
      criteria === undefined
        ? undefined
        : (JSON.parse(JSON.stringify(criteria)) as Excel.FilterCriteria);
    this._queue(
      'apply',
      (t) => {
        if (t.kind === 'table') {
          if (columnIndex !== undefined && copy !== undefined)
            setColumnCriteria(t.table, columnIndex, copy);
          else filterTable(t.table);
          return;
        }
        const rect =
          typeof range === 'string'
            ? parseAddress(range).rect
            : (range._resolve() as RangeRef).rect;
        applySheetFilter(t.sheet, rect, columnIndex, copy);
      },
      { args: [range, columnIndex, copy] },
    );
  }

  clearCriteria(): void {
    this._queue('clearCriteria', (t) =>
      t.kind === 'table' ? clearTableFilters(t.table) : clearSheetCriteria(t.sheet),
    );
  }

  clearColumnCriteria(columnIndex: number): void {
    this._queue(
      'clearColumnCriteria',
      (t) =>
        t.kind === 'table'
          ? setColumnCriteria(t.table, columnIndex, null)
          : clearSheetCriteria(t.sheet, columnIndex),
      { requires: 'ExcelApi 1.14' },
    );
  }

  reapply(): void {
    this._queue('reapply', (t) => {
      if (t.kind === 'sheet') reapplySheetFilter(t.sheet);
      else {
        assertEditable(t.table.sheet);
        filterTable(t.table);
      }
    });
  }

  /** On a table this turns the filter buttons off, which also clears its criteria. */
  remove(): void {
    this._queue('remove', (t) => {
      if (t.kind === 'sheet') removeSheetFilter(t.sheet);
      else {
        clearTableFilters(t.table);
        t.table.showFilterButton = false;
      }
    });
  }

  private _filterRange(orNull: boolean): RangeProxy {
    return rangeProxy(
      this.context,
      this,
      orNull ? 'getRangeOrNullObject' : 'getRange',
      [],
      () => {
        const t = this._resolve();
        if (t === null) return null;
        if (t.kind === 'table') return rangeRef(t.table.sheet, t.table.rect);
        if (t.sheet.autoFilter === null) {
          if (orNull) return null;
          throw hostError('ItemNotFound', 'The sheet has no AutoFilter.');
        }
        return rangeRef(t.sheet, t.sheet.autoFilter.rect);
      },
      orNull,
    );
  }

  getRange(): RangeProxy {
    return this._filterRange(false);
  }

  getRangeOrNullObject(): RangeProxy {
    return this._filterRange(true);
  }
}
defineProps(AutoFilterProxy, AUTOFILTER_PROPS);
