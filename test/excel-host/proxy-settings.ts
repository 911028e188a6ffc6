// Excel.SettingCollection / Setting (ExcelApi 1.4): per-file, per-add-in key/value state.
// Values travel as JSON, so they come back as plain data (a Date comes back as its ISO text).

import { ClientObject, defineProps, type PropTable } from './client-object';
import { hostError } from './errors';
import { KeyedCollectionProxy } from './keyed-collection-proxy';
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

export class SettingCollectionProxy extends KeyedCollectionProxy<
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

  _itemProxy(
    path: { method: string; args: unknown[] },
    resolve: () => SettingRef | null,
    orNull = false,
  ): SettingProxy {
    return new SettingProxy(this.context, this, path, resolve, orNull);
  }

  _find(book: WorkbookModel, key: string): SettingRef | null {
    return book.settings.has(key) ? settingRef(book, key) : null;
  }

  _size(book: WorkbookModel): number {
    return book.settings.size;
  }

  _put(book: WorkbookModel, key: string, value: unknown): SettingRef {
    store(book, key, value);
    return settingRef(book, key);
  }
}
