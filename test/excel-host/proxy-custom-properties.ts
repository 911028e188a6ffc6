// Document custom properties (Workbook.properties.custom, ExcelApi 1.7) and worksheet custom
// properties (ExcelApi 1.12). Keys are case-insensitive and at most 255 characters.

import { ClientObject, defineProps, type PropTable } from './client-object';
import { hostError } from './errors';
import { KeyedCollectionProxy } from './keyed-collection-proxy';
import type { CustomPropertyModel, SheetModel, WorkbookModel } from './model';

function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
    throw hostError('InvalidArgument', 'Custom property keys have 1 to 255 characters.');
  }
  return key;
}

function typeOf(value: unknown): string {
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Number' : 'Float';
  if (value instanceof Date) return 'Date';
  return 'String';
}

function checkValue(value: unknown): CustomPropertyModel['value'] {
  if (typeof value === 'string') {
    if (value.length > 255)
      throw hostError('InvalidArgument', 'Text properties hold at most 255 characters.');
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  throw hostError(
    'InvalidArgument',
    'Custom property values are text, numbers, booleans or dates.',
  );
}

interface DocPropertyRef {
  book: WorkbookModel;
  lower: string;
  readonly deleted: boolean;
}

function docRef(book: WorkbookModel, key: string): DocPropertyRef {
  const lower = key.toLowerCase();
  return {
    book,
    lower,
    get deleted() {
      return !book.customProperties.has(lower);
    },
  };
}

function docEntry(r: DocPropertyRef): CustomPropertyModel {
  return r.book.customProperties.get(r.lower) as CustomPropertyModel;
}

const DOC_PROPERTY_PROPS: PropTable<DocPropertyRef> = {
  key: { get: (r) => docEntry(r).key },
  type: { get: (r) => typeOf(docEntry(r).value) },
  value: {
    get: (r) => docEntry(r).value,
    set: (r, v) => {
      docEntry(r).value = checkValue(v);
    },
  },
};

export class CustomPropertyProxy extends ClientObject<DocPropertyRef> {
  get _typeName(): string {
    return 'CustomProperty';
  }

  get _props(): PropTable<DocPropertyRef> {
    return DOC_PROPERTY_PROPS;
  }

  get _requires(): string {
    return 'ExcelApi 1.7';
  }

  delete(): void {
    this._queue('delete', (r) => void r.book.customProperties.delete(r.lower));
  }
}
defineProps(CustomPropertyProxy, DOC_PROPERTY_PROPS);

export class CustomPropertyCollectionProxy extends KeyedCollectionProxy<
  WorkbookModel,
  DocPropertyRef,
  CustomPropertyProxy
> {
  get _typeName(): string {
    return 'CustomPropertyCollection';
  }

  get _props(): PropTable<WorkbookModel> {
    return {};
  }

  get _requires(): string {
    return 'ExcelApi 1.7';
  }

  _itemModels(book: WorkbookModel): DocPropertyRef[] {
    return [...book.customProperties.values()].map((p) => docRef(book, p.key));
  }

  _itemProxy(
    path: { method: string; args: unknown[] },
    resolve: () => DocPropertyRef | null,
    orNull = false,
  ): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, this, path, resolve, orNull);
  }

  _find(book: WorkbookModel, key: string): DocPropertyRef | null {
    return book.customProperties.has(key.toLowerCase()) ? docRef(book, key) : null;
  }

  _size(book: WorkbookModel): number {
    return book.customProperties.size;
  }

  _put(book: WorkbookModel, key: string, value: unknown): DocPropertyRef {
    const checked = checkKey(key);
    book.customProperties.set(checked.toLowerCase(), { key: checked, value: checkValue(value) });
    return docRef(book, checked);
  }

  deleteAll(): void {
    this._queue('deleteAll', (book) => book.customProperties.clear());
  }
}

const DOCUMENT_FIELDS = [
  'title',
  'author',
  'subject',
  'keywords',
  'comments',
  'category',
  'company',
  'manager',
];

const DOCUMENT_PROPS: PropTable<WorkbookModel> = Object.fromEntries(
  DOCUMENT_FIELDS.map((field) => [
    field,
    {
      get: (book: WorkbookModel) => book.documentProperties[field] ?? '',
      set: (book: WorkbookModel, v: unknown) => {
        book.documentProperties[field] = String(v);
      },
    },
  ]),
);

export class DocumentPropertiesProxy extends ClientObject<WorkbookModel> {
  get _typeName(): string {
    return 'DocumentProperties';
  }

  get _props(): PropTable<WorkbookModel> {
    return DOCUMENT_PROPS;
  }

  get _requires(): string {
    return 'ExcelApi 1.7';
  }

  get custom(): CustomPropertyCollectionProxy {
    return this._facet('custom', CustomPropertyCollectionProxy);
  }
}
defineProps(DocumentPropertiesProxy, DOCUMENT_PROPS);

interface SheetPropertyRef {
  sheet: SheetModel;
  lower: string;
  readonly deleted: boolean;
}

function sheetRef(sheet: SheetModel, key: string): SheetPropertyRef {
  const lower = key.toLowerCase();
  return {
    sheet,
    lower,
    get deleted() {
      return !sheet.customProperties.has(lower);
    },
  };
}

const SHEET_PROPERTY_PROPS: PropTable<SheetPropertyRef> = {
  key: { get: (r) => r.sheet.customProperties.get(r.lower)?.key },
  value: {
    get: (r) => r.sheet.customProperties.get(r.lower)?.value,
    set: (r, v) => {
      const entry = r.sheet.customProperties.get(r.lower);
      if (entry !== undefined) entry.value = String(v);
    },
  },
};

export class WorksheetCustomPropertyProxy extends ClientObject<SheetPropertyRef> {
  get _typeName(): string {
    return 'WorksheetCustomProperty';
  }

  get _props(): PropTable<SheetPropertyRef> {
    return SHEET_PROPERTY_PROPS;
  }

  get _requires(): string {
    return 'ExcelApi 1.12';
  }

  delete(): void {
    this._queue('delete', (r) => void r.sheet.customProperties.delete(r.lower));
  }
}
defineProps(WorksheetCustomPropertyProxy, SHEET_PROPERTY_PROPS);

export class WorksheetCustomPropertyCollectionProxy extends KeyedCollectionProxy<
  SheetModel,
  SheetPropertyRef,
  WorksheetCustomPropertyProxy
> {
  get _typeName(): string {
    return 'WorksheetCustomPropertyCollection';
  }

  get _props(): PropTable<SheetModel> {
    return {};
  }

  get _requires(): string {
    return 'ExcelApi 1.12';
  }

  _itemModels(sheet: SheetModel): SheetPropertyRef[] {
    return [...sheet.customProperties.values()].map((p) => sheetRef(sheet, p.key));
  }

  _itemProxy(
    path: { method: string; args: unknown[] },
    resolve: () => SheetPropertyRef | null,
    orNull = false,
  ): WorksheetCustomPropertyProxy {
    return new WorksheetCustomPropertyProxy(this.context, this, path, resolve, orNull);
  }

  _find(sheet: SheetModel, key: string): SheetPropertyRef | null {
    return sheet.customProperties.has(key.toLowerCase()) ? sheetRef(sheet, key) : null;
  }

  _size(sheet: SheetModel): number {
    return sheet.customProperties.size;
  }

  _put(sheet: SheetModel, key: string, value: unknown): SheetPropertyRef {
    const checked = checkKey(key);
    sheet.customProperties.set(checked.toLowerCase(), { key: checked, value: String(value) });
    return sheetRef(sheet, checked);
  }
}
