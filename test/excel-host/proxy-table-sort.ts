// Excel.TableSort: sorts the data body; the fields stay on the table for reapply().

import { ClientObject, defineProps, type PropTable } from './client-object';
import type { TableModel } from './model';
import { sortTable } from './table-ops';
import { assertEditable } from './range-ref';

const SORT_PROPS: PropTable<TableModel> = {
  fields: { get: (t) => t.sortFields.map((f) => ({ ...f })) },
  matchCase: { get: (t) => t.sortMatchCase },
  method: { get: () => 'PinYin' },
};

export class TableSortProxy extends ClientObject<TableModel> {
  get _typeName(): string {
    return 'TableSort';
  }

  get _props(): PropTable<TableModel> {
    return SORT_PROPS;
  }

  get _requires(): string {
    return 'ExcelApi 1.2';
  }

  apply(fields: Excel.SortField[], matchCase = false): void {
    const copy = fields.map((f) => ({ ...f }));
    this._queue('apply', (t) => sortTable(t, copy, matchCase), { args: [copy, matchCase] });
  }

  /** Forgets the sort state; rows stay where they are, as in Excel. */
  clear(): void {
    this._queue('clear', (t) => {
      assertEditable(t.sheet);
      t.sortFields = [];
    });
  }

  reapply(): void {
    this._queue('reapply', (t) => {
      if (t.sortFields.length > 0) sortTable(t, t.sortFields, t.sortMatchCase);
    });
  }
}
defineProps(TableSortProxy, SORT_PROPS);
