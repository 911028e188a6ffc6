// Excel.NamedItemCollection / NamedItem: workbook-scoped names that refer to a range or a
// constant. Names share one namespace with tables.

import { formatAddress, parseAddress } from './address';
import { ClientObject, defineProps, type PropTable } from './client-object';
import type { ClientResult } from './client-result';
import { CollectionProxy } from './collection-proxy';
import { hostError } from './errors';
import { findSheet, type NamedItemModel, type WorkbookModel } from './model';
import { RangeProxy, rangeProxy } from './proxy-range';
import { rangeRef, type RangeRef } from './range-ref';

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function checkName(book: WorkbookModel, name: string): void {
  if (name.length > 255 || !NAME.test(name) || LOOKS_LIKE_CELL.test(name)) {
    throw hostError('InvalidArgument', `"${name}" is not a valid name.`);
  }
  const lower = name.toLowerCase();
  if (book.names.has(lower) || book.tables.some((t) => t.name.toLowerCase() === lower)) {
    throw hostError('ItemAlreadyExists', `The name "${name}" already exists.`);
  }
}

function itemRange(item: NamedItemModel): RangeRef | null {
  return item.sheet === null || item.rect === null ? null : rangeRef(item.sheet, item.rect);
}

function formulaOf(item: NamedItemModel): string {
  const ref = itemRange(item);
  if (ref === null) return item.formula;
  const absolute = formatAddress(ref.sheet.name, ref.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `=${absolute}`;
}

const NAMED_ITEM_PROPS: PropTable<NamedItemModel> = {
  name: { get: (n) => n.name },
  type: {
    get: (n) =>
      n.rect !== null ? 'Range' : typeof constantOf(n) === 'number' ? 'Double' : 'String',
  },
  value: { get: (n) => (n.rect !== null ? formulaOf(n).slice(1) : constantOf(n)) },
  formula: { get: (n) => formulaOf(n) },
  comment: { get: (n) => n.comment, set: (n, v) => void (n.comment = String(v)) },
  visible: { get: (n) => n.visible, set: (n, v) => void (n.visible = v === true) },
  scope: { get: () => 'Workbook' },
};

function constantOf(item: NamedItemModel): string | number {
  const body = item.formula.replace(/^=/, '');
  const quoted = /^"(.*)"$/.exec(body);
  if (quoted) return quoted[1];
  return Number.isFinite(Number(body)) && body !== '' ? Number(body) : body;
}

export class NamedItemProxy extends ClientObject<NamedItemModel> {
  get _typeName(): string {
    return 'NamedItem';
  }

  get _props(): PropTable<NamedItemModel> {
    return NAMED_ITEM_PROPS;
  }

  private _nameRange(method: string, orNull: boolean): RangeProxy {
    return rangeProxy(
      this.context,
      this,
      method,
      [],
      () => {
        const item = this._resolve();
        const ref = item === null ? null : itemRange(item);
        if (ref === null && !orNull && item !== null)
          throw hostError('InvalidOperation', 'The name is not a range.');
        return ref;
      },
      orNull,
    );
  }

  getRange(): RangeProxy {
    return this._nameRange('getRange', false);
  }

  getRangeOrNullObject(): RangeProxy {
    return this._nameRange('getRangeOrNullObject', true);
  }

  delete(): void {
    this._queue('delete', (item) => {
      item.deleted = true;
      this.context.engine.workbook.names.delete(item.name.toLowerCase());
    });
  }
}
defineProps(NamedItemProxy, NAMED_ITEM_PROPS);

export class NamedItemCollectionProxy extends CollectionProxy<
  WorkbookModel,
  NamedItemModel,
  NamedItemProxy
> {
  get _typeName(): string {
    return 'NamedItemCollection';
  }

  get _props(): PropTable<WorkbookModel> {
    return {};
  }

  _itemModels(book: WorkbookModel): NamedItemModel[] {
    return [...book.names.values()];
  }

  _wrap(item: NamedItemModel, index: number): NamedItemProxy {
    const proxy = new NamedItemProxy(
      this.context,
      this,
      { method: 'item', args: [index] },
      () => item,
    );
    proxy._preset(item);
    return proxy;
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      this,
      { method: 'getItem', args: [name] },
      () => this._resolve()?.names.get(name.toLowerCase()) ?? null,
    );
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      this,
      { method: 'getItemOrNullObject', args: [name] },
      () => this._resolve()?.names.get(name.toLowerCase()) ?? null,
      true,
    );
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (book) => book.names.size, { requires: 'ExcelApi 1.4' });
  }

  /** Adds a name for a range (proxy or "Sheet1!A1:B2") or for a constant formula ("=5"). */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    if (typeof reference !== 'string') this._own(reference);
    const added = new NamedItemProxy(
      this.context,
      this,
      { method: 'add', args: [name, reference, comment] },
      () => null,
    );
    this._queue(
      'add',
      (book) => {
        checkName(book, name);
        const item: NamedItemModel = {
          name,
          sheet: null,
          rect: null,
          formula: '',
          comment: comment ?? '',
          visible: true,
          deleted: false,
        };
        if (typeof reference !== 'string') {
          const ref = reference._resolve() as RangeRef;
          item.sheet = ref.sheet;
          item.rect = ref.rect;
        } else if (reference.startsWith('=') && !/!/.test(reference)) {
          item.formula = reference;
        } else {
          const parsed = parseAddress(reference.replace(/^=/, ''));
          const sheet =
            parsed.sheetName === undefined ? book.activeSheet : findSheet(book, parsed.sheetName);
          if (sheet === null)
            throw hostError('InvalidReference', `"${reference}" is not a valid reference.`);
          item.sheet = sheet;
          item.rect = parsed.rect;
        }
        book.names.set(name.toLowerCase(), item);
        added._preset(item);
      },
      { requires: 'ExcelApi 1.4', args: [name, reference, comment] },
    );
    return added;
  }
}
