// Read-back helpers for assertions: they look at the document directly, cost no request and
// are not counted in the statistics.

import { formatAddress, formatRect, parseAddress } from './address';
import { readCells } from './cell-io';
import { matchingFormats } from './conditional-formats';
import { hostError } from './errors';
import type { ExcelHost } from './create-workbook';
import { findSheet, type SheetModel } from './model';
import type { CellValue } from './number-format';
import { rangeRef } from './range-ref';

function sheetOf(host: ExcelHost, name: string): SheetModel {
  const sheet = findSheet(host.model, name);
  if (sheet === null) throw hostError('ItemNotFound', `No sheet named "${name}".`);
  return sheet;
}

function usedBlock(sheet: SheetModel, property: 'values' | 'text'): unknown[][] {
  const used = sheet.grid.usedRect(true);
  if (used === null) return [];
  return readCells(rangeRef(sheet, { ...used, top: 0, left: 0 }), property) ?? [];
}

/** Values of the used block from A1 (rows and columns before the data included). */
export function sheetValues(host: ExcelHost, sheetName: string): CellValue[][] {
  return usedBlock(sheetOf(host, sheetName), 'values') as CellValue[][];
}

/** Displayed text (Range.text) of the used block from A1. */
export function sheetTexts(host: ExcelHost, sheetName: string): string[][] {
  return usedBlock(sheetOf(host, sheetName), 'text') as string[][];
}

/** Values of the rows a user sees (not hidden by a filter or by hand), in sheet order. */
export function visibleRows(host: ExcelHost, sheetName: string): CellValue[][] {
  const sheet = sheetOf(host, sheetName);
  const values = usedBlock(sheet, 'values') as CellValue[][];
  return values.filter((_, r) => sheet.rowHidden[r] === 0);
}

/** 1-based numbers of the hidden rows inside the used block. */
export function hiddenRowNumbers(host: ExcelHost, sheetName: string): number[] {
  const sheet = sheetOf(host, sheetName);
  const used = sheet.grid.usedRect(true);
  const out: number[] = [];
  for (let r = 0; r <= (used?.bottom ?? -1); r += 1) if (sheet.rowHidden[r] === 1) out.push(r + 1);
  return out;
}

/** FNV-1a over every value with its type, as two 32-bit halves: equal sheets, equal hashes. */
export function hashSheet(host: ExcelHost, sheetName: string): string {
  const sheet = sheetOf(host, sheetName);
  const used = sheet.grid.usedRect(true);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193) >>> 0;
      b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
    }
  };
  if (used !== null) {
    for (let r = 0; r <= used.bottom; r += 1) {
      for (let c = 0; c <= used.right; c += 1) {
        const value = sheet.grid.value(r, c);
        feed(`${typeof value}:${String(value)}\u0001`);
      }
      feed('\u0002');
    }
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export interface CellAppearance {
  value: CellValue;
  text: string;
  numberFormat: string;
  /** Fill a user sees: the first matching conditional format's, else the cell's own. */
  fill: string | null;
  bold: boolean;
  note: string | null;
}

/** What one cell looks like, conditional formats included (Custom formulas are not evaluated). */
export function cellAppearance(
  host: ExcelHost,
  sheetName: string,
  address: string,
): CellAppearance {
  const sheet = sheetOf(host, sheetName);
  const { rect } = parseAddress(address);
  const row = rect.top;
  const col = rect.left;
  const text = readCells(rangeRef(sheet, { top: row, left: col, bottom: row, right: col }), 'text');
  const conditional = matchingFormats(sheet, row, col).find((cf) => cf.fill !== null);
  return {
    value: sheet.grid.value(row, col),
    text: String(text?.[0][0] ?? ''),
    numberFormat: sheet.grid.get('numberFormat', row, col) as string,
    fill: conditional?.fill ?? (sheet.grid.get('fill', row, col) as string | null),
    bold: sheet.grid.get('bold', row, col) as boolean,
    note: sheet.notes.find((n) => n.row === row && n.col === col)?.content ?? null,
  };
}

/** A JSON-ready picture of the whole workbook, for small fixtures and golden comparisons. */
export function snapshot(host: ExcelHost): Record<string, unknown> {
  const book = host.model;
  return {
    name: book.name,
    activeSheet: book.activeSheet.name,
    sheets: book.sheets.map((sheet) => {
      const used = sheet.grid.usedRect(false);
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        protected: sheet.protected,
        usedRange: used === null ? null : formatRect(used),
        values: usedBlock(sheet, 'values'),
        numberFormats:
          used === null
            ? []
            : readCells(rangeRef(sheet, { ...used, top: 0, left: 0 }), 'numberFormat'),
        hiddenRows: hiddenRowNumbers(host, sheet.name),
        autoFilter:
          sheet.autoFilter === null
            ? null
            : {
                range: formatRect(sheet.autoFilter.rect),
                criteria: Object.fromEntries(sheet.autoFilter.criteria),
              },
        notes: sheet.notes.map((n) => ({
          cell: formatRect({ top: n.row, bottom: n.row, left: n.col, right: n.col }),
          content: n.content,
        })),
        conditionalFormats: sheet.conditionalFormats.map((cf) => ({
          type: cf.type,
          ranges: cf.rects.map(formatRect),
          rule: cf.textRule ?? cf.cellValueRule ?? cf.formula,
          fill: cf.fill,
        })),
        merges: sheet.merges.map(formatRect),
        customProperties: Object.fromEntries(
          [...sheet.customProperties.values()].map((p) => [p.key, p.value]),
        ),
      };
    }),
    tables: book.tables.map((t) => ({
      name: t.name,
      range: formatAddress(t.sheet.name, t.rect),
      criteria: Object.fromEntries(t.criteria),
      sortFields: t.sortFields,
    })),
    settings: Object.fromEntries(
      [...book.settings.values()].map((s) => [s.key, JSON.parse(s.json) as unknown]),
    ),
    customProperties: Object.fromEntries(
      [...book.customProperties.values()].map((p) => [p.key, p.value]),
    ),
    names: [...book.names.values()].map((n) => n.name),
  };
}

/** Changes the workbook file name, as when a test opens a differently named file. */
export function setWorkbookName(host: ExcelHost, name: string): void {
  host.model.name = name;
}

/** Protects or unprotects a sheet from the test side (a user action, not an add-in call). */
export function setSheetProtected(host: ExcelHost, sheetName: string, value: boolean): void {
  sheetOf(host, sheetName).protected = value;
}
