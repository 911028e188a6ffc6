// Excel.Workbook and Excel.Application.

import { ClientObject, defineProps, type PropTable, type ProxyNode } from './client-object';
import { hostError } from './errors';
import type { WorkbookModel } from './model';
import { DocumentPropertiesProxy } from './proxy-custom-properties';
import { NamedItemCollectionProxy } from './proxy-names';
import { NoteCollectionProxy } from './proxy-notes';
import { RangeProxy, rangeProxy } from './proxy-range';
import { SettingCollectionProxy } from './proxy-settings';
import { TableCollectionProxy } from './proxy-tables';
import { WorksheetCollectionProxy } from './proxy-worksheet';
import { rangeRef } from './range-ref';

const APPLICATION_PROPS: PropTable<WorkbookModel> = {
  calculationMode: {
    get: () => 'Automatic',
    set: (_b, v) => {
      if (!['Automatic', 'AutomaticExceptTables', 'Manual'].includes(String(v))) {
        throw hostError('InvalidArgument', `Calculation mode "${String(v)}".`);
      }
    },
  },
  decimalSeparator: { get: () => '.', requires: 'ExcelApi 1.11' },
  thousandsSeparator: { get: () => ',', requires: 'ExcelApi 1.11' },
  useSystemSeparators: { get: () => true, requires: 'ExcelApi 1.11' },
};

export class ApplicationProxy extends ClientObject<WorkbookModel> {
  get _typeName(): string {
    return 'Application';
  }

  get _props(): PropTable<WorkbookModel> {
    return APPLICATION_PROPS;
  }

  /** Nothing is drawn here, but the call is counted so tests can see it was made. */
  suspendScreenUpdatingUntilNextSync(): void {
    this._queue(
      'suspendScreenUpdatingUntilNextSync',
      () => {
        this.context.engine.stats.screenUpdatingSuspensions += 1;
      },
      { requires: 'ExcelApi 1.9' },
    );
  }

  suspendApiCalculationUntilNextSync(): void {
    this._queue(
      'suspendApiCalculationUntilNextSync',
      () => {
        this.context.engine.stats.calculationSuspensions += 1;
      },
      { requires: 'ExcelApi 1.6' },
    );
  }

  calculate(): void {
    this._queue('calculate', () => undefined);
  }
}
defineProps(ApplicationProxy, APPLICATION_PROPS);

const WORKBOOK_PROPS: PropTable<WorkbookModel> = {
  name: { get: (b) => b.name, requires: 'ExcelApi 1.7' },
  readOnly: { get: () => false },
};

export class WorkbookProxy extends ClientObject<WorkbookModel> {
  get _typeName(): string {
    return 'Workbook';
  }

  get _props(): PropTable<WorkbookModel> {
    return WORKBOOK_PROPS;
  }

  private _part<C extends ProxyNode>(
    name: string,
    make: (path: { method: string; args: [] }) => C,
  ): C {
    return this._child(name, () => make({ method: name, args: [] }));
  }

  get worksheets(): WorksheetCollectionProxy {
    return this._part(
      'worksheets',
      (p) => new WorksheetCollectionProxy(this.context, this, p, () => this._resolve()),
    );
  }

  get tables(): TableCollectionProxy {
    return this._part(
      'tables',
      (p) =>
        new TableCollectionProxy(this.context, this, p, () => {
          const book = this._resolve();
          return book === null ? null : { book, sheet: null, deleted: false };
        }),
    );
  }

  get settings(): SettingCollectionProxy {
    return this._part(
      'settings',
      (p) => new SettingCollectionProxy(this.context, this, p, () => this._resolve()),
    );
  }

  get properties(): DocumentPropertiesProxy {
    return this._part(
      'properties',
      (p) => new DocumentPropertiesProxy(this.context, this, p, () => this._resolve()),
    );
  }

  get notes(): NoteCollectionProxy {
    return this._part(
      'notes',
      (p) =>
        new NoteCollectionProxy(this.context, this, p, () => {
          const book = this._resolve();
          return book === null ? null : { book, sheet: null, deleted: false };
        }),
    );
  }

  get names(): NamedItemCollectionProxy {
    return this._part(
      'names',
      (p) => new NamedItemCollectionProxy(this.context, this, p, () => this._resolve()),
    );
  }

  get application(): ApplicationProxy {
    return this._part(
      'application',
      (p) => new ApplicationProxy(this.context, this, p, () => this._resolve()),
    );
  }

  getSelectedRange(): RangeProxy {
    return rangeProxy(this.context, this, 'getSelectedRange', [], () => {
      const book = this._resolve();
      return book === null ? null : rangeRef(book.activeSheet, book.activeSheet.selection);
    });
  }

  getActiveCell(): RangeProxy {
    return rangeProxy(this.context, this, 'getActiveCell', [], () => {
      const book = this._resolve();
      if (book === null) return null;
      const { top, left } = book.activeSheet.selection;
      return rangeRef(book.activeSheet, { top, left, bottom: top, right: left });
    });
  }
}
defineProps(WorkbookProxy, WORKBOOK_PROPS);

const RUNTIME_PROPS: PropTable<{ enableEvents: boolean; deleted: boolean }> = {
  enableEvents: {
    get: (r) => r.enableEvents,
    set: (r, v) => void (r.enableEvents = v === true),
    requires: 'ExcelApi 1.8',
  },
};

/** context.runtime: only enableEvents, which has no effect since the host raises no events. */
export class RuntimeProxy extends ClientObject<{ enableEvents: boolean; deleted: boolean }> {
  get _typeName(): string {
    return 'Runtime';
  }

  get _props(): PropTable<{ enableEvents: boolean; deleted: boolean }> {
    return RUNTIME_PROPS;
  }
}
defineProps(RuntimeProxy, RUNTIME_PROPS);
