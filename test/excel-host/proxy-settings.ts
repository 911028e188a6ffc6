// Excel.SettingCollection / Setting (ExcelApi 1.4): per-file, per-add-in key/value state.
// Values travel as JSON, so they come back as plain data (a Date comes back as its ISO text).

import { ClientObject, defineProps, type PropTable } from './client-object';
import type { ClientResult } from './client-result';
import { CollectionProxy } from './collection-proxy';
import { hostError } from './errors';
import type { WorkbookModel } from './model';

export interface SettingRef {
  book: WorkbookModel;
  key: string;
  readonly deleted: boolean;
}

function settingRef(book: WorkbookModel, key: string): SettingRef {
  return {
    book,
    key,
    get deleted() {
      return !book.settings.has(key);
    },
  };
}

function store(book: WorkbookModel, key: string, value: unknown): void {
  if (typeof key !== 'string' || key === '')
    throw hostError('InvalidArgument', 'Setting keys are text.');
  const json = JSON.stringify(value);
  if (json === undefined)
    throw hostError('InvalidArgument', 'The setting value is not serializable.');
  book.settings.set(key, { key, json });
}

const SETTING_PROPS: PropTable<SettingRef> = {
  key: { get: (s) => s.key },
  value: {
    get: (s) => JSON.parse(s.book.settings.get(s.key)?.json ?? 'null') as unknown,
    set: (s, v) => store(s.book, s.key, v),
  },
};

export class SettingProxy extends ClientObject<SettingRef> {
  get _typeName(): string {
    return 'Setting';
  }

  get _props(): PropTable<SettingRef> {
    return SETTING_PROPS;
  }

  get _requires(): string {
    return 'ExcelApi 1.4';
  }

  delete(): void {
    this._queue('delete', (s) => void s.book.settings.delete(s.key));
  }
}
defineProps(SettingProxy, SETTING_PROPS);

export class SettingCollectionProxy extends CollectionProxy<
  WorkbookModel,
  SettingRef,
  SettingProxy
> {
  get _typeName(): string {
    return 'SettingCollection';
  }

  get _props(): PropTable<WorkbookModel> {
    return {};
  }

  get _requires(): string {
    return 'ExcelApi 1.4';
  }

  _itemModels(book: WorkbookModel): SettingRef[] {
    return [...book.settings.keys()].map((k) => settingRef(book, k));
  }

  _wrap(item: SettingRef, index: number): SettingProxy {
    const proxy = new SettingProxy(
      this.context,
      this,
      { method: 'item', args: [index] },
      () => item,
    );
    proxy._preset(item);
    return proxy;
  }

  private _setting(method: string, key: string, orNull: boolean): SettingProxy {
    return new SettingProxy(
      this.context,
      this,
      { method, args: [key] },
      () => {
        const book = this._resolve();
        return book === null || !book.settings.has(key) ? null : settingRef(book, key);
      },
      orNull,
    );
  }

  getItem(key: string): SettingProxy {
    return this._setting('getItem', key, false);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this._setting('getItemOrNullObject', key, true);
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (book) => book.settings.size);
  }

  /** Sets or adds a setting. */
  add(key: string, value: unknown): SettingProxy {
    const added = new SettingProxy(
      this.context,
      this,
      { method: 'add', args: [key, value] },
      () => null,
    );
    this._queue(
      'add',
      (book) => {
        store(book, key, value);
        added._preset(settingRef(book, key));
      },
      { args: [key, value] },
    );
    return added;
  }
}
