// Excel.Worksheet, Excel.WorksheetCollection, WorksheetProtection and WorksheetFreezePanes.

import { checkRect, parseAddress, type Rect } from './address';
import { ClientObject, defineProps, type PropTable, type ProxyNode } from './client-object';
import { CollectionProxy } from './collection-proxy';
import type { ClientResult } from './client-result';
import { hostError } from './errors';
import { findSheet, newSheet, tablesOn, type SheetModel, type WorkbookModel } from './model';
import { AutoFilterProxy } from './proxy-autofilter';
import { WorksheetCustomPropertyCollectionProxy } from './proxy-custom-properties';
import { NoteCollectionProxy } from './proxy-notes';
import { RangeProxy, SHEET_BOUNDS, rangeProxy } from './proxy-range';
import { TableCollectionProxy } from './proxy-tables';
import { rangeRef } from './range-ref';
import { checkSheetName, defaultSheetName } from './sheet-names';

const VISIBILITIES = ['Visible', 'Hidden', 'VeryHidden'];

function setVisibility(sheet: SheetModel, value: unknown): void {
  if (typeof value !== 'string' || !VISIBILITIES.includes(value)) {
    throw hostError('InvalidArgument', `Visibility "${String(value)}".`);
  }
  const visible = sheet.book.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet);
  if (value !== 'Visible' && visible.length === 0) {
    throw hostError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
  }
  sheet.visibility = value as SheetModel['visibility'];
}

function setPosition(sheet: SheetModel, value: unknown): void {
  const sheets = sheet.book.sheets;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value >= sheets.length
  ) {
    throw hostError('InvalidArgument', `Position ${String(value)}.`);
  }
  sheets.splice(sheets.indexOf(sheet), 1);
  sheets.splice(value, 0, sheet);
}

const SHEET_PROPS: PropTable<SheetModel> = {
  name: {
    get: (s) => s.name,
    set: (s, v) => {
      s.name = checkSheetName(s.book, v, s);
    },
  },
  id: { get: (s) => s.id },
  position: { get: (s) => s.book.sheets.indexOf(s), set: (s, v) => setPosition(s, v) },
  visibility: { get: (s) => s.visibility, set: (s, v) => setVisibility(s, v) },
};

export class WorksheetProxy extends ClientObject<SheetModel> {
  get _typeName(): string {
    return 'Worksheet';
  }

  get _props(): PropTable<SheetModel> {
    return SHEET_PROPS;
  }

  private _sheetChild<C extends ProxyNode>(
    name: string,
    make: (path: { method: string; args: [] }) => C,
  ): C {
    return this._child(name, () => make({ method: name, args: [] }));
  }

  get protection(): WorksheetProtectionProxy {
    return this._sheetChild(
      'protection',
      (p) => new WorksheetProtectionProxy(this.context, this, p, () => this._resolve()),
    );
  }

  get freezePanes(): FreezePanesProxy {
    return this._sheetChild(
      'freezePanes',
      (p) => new FreezePanesProxy(this.context, this, p, () => this._resolve()),
    );
  }

  get autoFilter(): AutoFilterProxy {
    return this._sheetChild(
      'autoFilter',
      (p) =>
        new AutoFilterProxy(this.context, this, p, () => {
          const sheet = this._resolve();
          return sheet === null ? null : { kind: 'sheet' as const, sheet, deleted: false };
        }),
    );
  }

  get tables(): TableCollectionProxy {
    return this._sheetChild(
      'tables',
      (p) =>
        new TableCollectionProxy(this.context, this, p, () => {
          const sheet = this._resolve();
          return sheet === null ? null : { book: sheet.book, sheet, deleted: false };
        }),
    );
  }

  get notes(): NoteCollectionProxy {
    return this._sheetChild(
      'notes',
      (p) =>
        new NoteCollectionProxy(this.context, this, p, () => {
          const sheet = this._resolve();
          return sheet === null ? null : { book: sheet.book, sheet, deleted: false };
        }),
    );
  }

  get customProperties(): WorksheetCustomPropertyCollectionProxy {
    return this._sheetChild(
      'customProperties',
      (p) =>
        new WorksheetCustomPropertyCollectionProxy(this.context, this, p, () => this._resolve()),
    );
  }

  private _range(
    method: string,
    args: unknown[],
    rect: (sheet: SheetModel) => Rect | null,
    orNull = false,
  ): RangeProxy {
    return rangeProxy(
      this.context,
      this,
      method,
      args,
      () => {
        const sheet = this._resolve();
        if (sheet === null) return null;
        const found = rect(sheet);
        return found === null ? null : rangeRef(sheet, checkRect(found));
      },
      orNull,
    );
  }

  getRange(address?: string): RangeProxy {
    return this._range('getRange', [address], (sheet) => {
      if (address === undefined || address === '') return SHEET_BOUNDS;
      const parsed = parseAddress(address);
      if (
        parsed.sheetName !== undefined &&
        parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()
      ) {
        throw hostError('InvalidArgument', `"${address}" is not on sheet "${sheet.name}".`);
      }
      return parsed.rect;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return this._range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      this.context._requireSet('ExcelApi 1.7');
      return {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._range('getCell', [row, column], () => ({
      top: row,
      left: column,
      bottom: row,
      right: column,
    }));
  }

  /** The used block; a blank sheet gives A1, as documented. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this._range('getUsedRange', [valuesOnly], (sheet) => {
      return sheet.grid.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._range(
      'getUsedRangeOrNullObject',
      [valuesOnly],
      (sheet) => {
        this.context._requireSet('ExcelApi 1.4');
        return sheet.grid.usedRect(valuesOnly);
      },
      true,
    );
  }

  activate(): void {
    this._queue('activate', (sheet) => {
      if (sheet.visibility !== 'Visible')
        throw hostError('InvalidOperation', 'The sheet is hidden.');
      sheet.book.activeSheet = sheet;
    });
  }

  delete(): void {
    this._queue('delete', (sheet) => deleteSheet(sheet));
  }

  calculate(): void {
    this._queue('calculate', () => undefined);
  }
}
defineProps(WorksheetProxy, SHEET_PROPS);

function deleteSheet(sheet: SheetModel): void {
  const book = sheet.book;
  const others = book.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
  if (others.length === 0)
    throw hostError('InvalidOperation', 'A workbook needs one visible sheet.');
  book.sheets = book.sheets.filter((s) => s !== sheet);
  tablesOn(book, sheet).forEach((t) => (t.deleted = true));
  book.tables = book.tables.filter((t) => !t.deleted);
  sheet.deleted = true;
  if (book.activeSheet === sheet) book.activeSheet = others[0];
}

export class WorksheetCollectionProxy extends CollectionProxy<
  WorkbookModel,
  SheetModel,
  WorksheetProxy
> {
  get _typeName(): string {
    return 'WorksheetCollection';
  }

  get _props(): PropTable<WorkbookModel> {
    return {};
  }

  _itemModels(book: WorkbookModel): SheetModel[] {
    return book.sheets;
  }

  _wrap(sheet: SheetModel, index: number): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this.context,
      this,
      { method: 'item', args: [index] },
      () => sheet,
    );
    proxy._preset(sheet);
    return proxy;
  }

  private _sheet(
    method: string,
    args: unknown[],
    find: (book: WorkbookModel) => SheetModel | null,
    orNull = false,
  ) {
    return new WorksheetProxy(
      this.context,
      this,
      { method, args },
      () => {
        const book = this._resolve();
        return book === null ? null : find(book);
      },
      orNull,
    );
  }

  getItem(key: string): WorksheetProxy {
    return this._sheet('getItem', [key], (book) => findSheet(book, key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._sheet('getItemOrNullObject', [key], (book) => findSheet(book, key), true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return this._sheet('getActiveWorksheet', [], (book) => book.activeSheet);
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    return this._sheet(
      'getFirst',
      [visibleOnly],
      (book) => book.sheets.find((s) => !visibleOnly || s.visibility === 'Visible') ?? null,
    );
  }

  getLast(visibleOnly = false): WorksheetProxy {
    return this._sheet(
      'getLast',
      [visibleOnly],
      (book) =>
        [...book.sheets].reverse().find((s) => !visibleOnly || s.visibility === 'Visible') ?? null,
    );
  }

  getCount(visibleOnly = false): ClientResult<number> {
    return this._result(
      'getCount',
      (book) => book.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length,
      {
        args: [visibleOnly],
      },
    );
  }

  add(name?: string): WorksheetProxy {
    const added = new WorksheetProxy(
      this.context,
      this,
      { method: 'add', args: [name] },
      () => null,
    );
    this._queue(
      'add',
      (book) => {
        const sheetName = name === undefined ? defaultSheetName(book) : checkSheetName(book, name);
        const sheet = newSheet(book, sheetName);
        book.sheets.push(sheet);
        added._preset(sheet);
      },
      { args: [name] },
    );
    return added;
  }
}

const PROTECTION_PROPS: PropTable<SheetModel> = {
  protected: { get: (s) => s.protected },
};

export class WorksheetProtectionProxy extends ClientObject<SheetModel> {
  get _typeName(): string {
    return 'WorksheetProtection';
  }

  get _props(): PropTable<SheetModel> {
    return PROTECTION_PROPS;
  }

  get _requires(): string {
    return 'ExcelApi 1.2';
  }

  /** Options and passwords are accepted by Excel; the host only records the protection. */
  protect(): void {
    this._queue('protect', (sheet) => {
      if (sheet.protected) throw hostError('InvalidOperation', 'The sheet is already protected.');
      sheet.protected = true;
    });
  }

  unprotect(): void {
    this._queue('unprotect', (sheet) => {
      sheet.protected = false;
    });
  }
}
defineProps(WorksheetProtectionProxy, PROTECTION_PROPS);

export class FreezePanesProxy extends ClientObject<SheetModel> {
  get _typeName(): string {
    return 'WorksheetFreezePanes';
  }

  get _props(): PropTable<SheetModel> {
    return {};
  }

  get _requires(): string {
    return 'ExcelApi 1.7';
  }

  freezeRows(count = 1): void {
    this._queue('freezeRows', (sheet) => {
      sheet.freeze = { rows: count, columns: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this._queue('freezeColumns', (sheet) => {
      sheet.freeze = { rows: 0, columns: count };
    });
  }

  freezeAt(frozenRange: string | RangeProxy): void {
    if (typeof frozenRange !== 'string') this._own(frozenRange);
    this._queue('freezeAt', (sheet) => {
      const rect =
        typeof frozenRange === 'string'
          ? parseAddress(frozenRange).rect
          : (frozenRange._resolve()?.rect ?? null);
      if (rect === null) throw hostError('InvalidArgument', 'freezeAt needs a range.');
      sheet.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }

  unfreeze(): void {
    this._queue('unfreeze', (sheet) => {
      sheet.freeze = { rows: 0, columns: 0 };
    });
  }

  getLocationOrNullObject(): RangeProxy {
    return rangeProxy(
      this.context,
      this,
      'getLocationOrNullObject',
      [],
      () => {
        const sheet = this._resolve();
        if (sheet === null || (sheet.freeze.rows === 0 && sheet.freeze.columns === 0)) return null;
        const rows = sheet.freeze.rows;
        const cols = sheet.freeze.columns;
        return rangeRef(sheet, {
          top: 0,
          left: 0,
          bottom: rows === 0 ? SHEET_BOUNDS.bottom : rows - 1,
          right: cols === 0 ? SHEET_BOUNDS.right : cols - 1,
        });
      },
      true,
    );
  }
}
