// Where the state lives: in worksheet custom properties (ExcelApi 1.12, the manifest's base), so
// it travels with the sheet; on an Excel without them, in the workbook's settings (ExcelApi 1.4)
// under the sheet's id. Both are saved with the file.

import { AdapterError } from './adapter-error';

export type IsSetSupported = (name: string, version: string) => boolean;

/** A value queued for loading; readable after the next sync. */
export interface StoredValue {
  read(): string | undefined;
}

export interface StateStore {
  load(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    sheetId: string,
    key: string,
  ): StoredValue;
  save(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    sheetId: string,
    key: string,
    value: string,
  ): void;
  /** Removes a value known to exist. */
  remove(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetId: string, key: string): void;
}

const SHEET_PROPERTIES: StateStore = {
  load(_context, sheet, _sheetId, key) {
    const item = sheet.customProperties.getItemOrNullObject(key);
    item.load('value');
    return { read: () => (item.isNullObject ? undefined : item.value) };
  },
  save(_context, sheet, _sheetId, key, value) {
    sheet.customProperties.add(key, value);
  },
  remove(_context, sheet, _sheetId, key) {
    sheet.customProperties.getItem(key).delete();
  },
};

const WORKBOOK_SETTINGS: StateStore = {
  load(context, _sheet, sheetId, key) {
    const item = context.workbook.settings.getItemOrNullObject(`${key}.${sheetId}`);
    item.load('value');
    return {
      read: () => {
        if (item.isNullObject) return undefined;
        const value: unknown = item.value;
        return typeof value === 'string' ? value : undefined;
      },
    };
  },
  save(context, _sheet, sheetId, key, value) {
    context.workbook.settings.add(`${key}.${sheetId}`, value);
  },
  remove(context, _sheet, sheetId, key) {
    context.workbook.settings.getItem(`${key}.${sheetId}`).delete();
  },
};

/** The store this Excel supports; an Excel with neither cannot keep state. */
export function chooseStateStore(isSetSupported: IsSetSupported): StateStore {
  if (isSetSupported('ExcelApi', '1.12')) return SHEET_PROPERTIES;
  if (isSetSupported('ExcelApi', '1.4')) return WORKBOOK_SETTINGS;
  throw new AdapterError('no-storage', 'excel.error.noStorage');
}
