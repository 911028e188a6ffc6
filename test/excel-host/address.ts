// A1-style addresses: parsing and formatting, 0-based inclusive rectangles inside them.

import { hostError } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A block of cells, 0-based and inclusive on both ends. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ParsedAddress {
  sheetName?: string;
  rect: Rect;
}

export function rowCount(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function columnCount(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function cellCount(rect: Rect): number {
  return rowCount(rect) * columnCount(rect);
}

export function isEntireColumn(rect: Rect): boolean {
  return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
}

export function isEntireRow(rect: Rect): boolean {
  return rect.left === 0 && rect.right === MAX_COLUMNS - 1;
}

/** Excel calls whole-row and whole-column ranges unbounded: cell-level reads come back null. */
export function isUnbounded(rect: Rect): boolean {
  return isEntireColumn(rect) || isEntireRow(rect);
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1" for one cell, "A1:C3" for a block, "C:D" / "2:5" for unbounded ranges. */
export function formatRect(rect: Rect): string {
  // Excel writes the whole sheet as rows ("1:1048576").
  if (isEntireColumn(rect) && isEntireRow(rect)) return `1:${MAX_ROWS}`;
  if (isEntireColumn(rect)) {
    return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  }
  if (isEntireRow(rect)) return `${rect.top + 1}:${rect.bottom + 1}`;
  const first = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/** Sheet names that are not plain words are quoted the way Excel writes them. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseEnd(text: string): { row?: number; col?: number } | null {
  const cell = CELL.exec(text);
  if (cell) return { col: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
  const col = COLUMN.exec(text);
  if (col) return { col: columnIndex(col[1]) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  return null;
}

function splitSheet(address: string): { sheetName?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheetName: sheet, local: address.slice(bang + 1) };
}

/** Parses "A1", "A1:C10", "C:C", "2:2", "'My sheet'!B2:D4"; throws InvalidArgument otherwise. */
export function parseAddress(address: string): ParsedAddress {
  const { sheetName, local } = splitSheet(address.trim());
  const [a, b = a, extra] = local.split(':');
  const start = parseEnd(a);
  const end = parseEnd(b);
  const kindsMatch =
    start !== null &&
    end !== null &&
    (start.row === undefined) === (end.row === undefined) &&
    (start.col === undefined) === (end.col === undefined);
  if (extra !== undefined || !kindsMatch || start === null || end === null) {
    throw hostError('InvalidArgument', `Address "${address}" is not a valid A1 reference.`);
  }
  const rect: Rect = {
    top: Math.min(start.row ?? 0, end.row ?? 0),
    bottom: start.row === undefined ? MAX_ROWS - 1 : Math.max(start.row, end.row ?? 0),
    left: Math.min(start.col ?? 0, end.col ?? 0),
    right: start.col === undefined ? MAX_COLUMNS - 1 : Math.max(start.col, end.col ?? 0),
  };
  if (rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) {
    throw hostError('InvalidArgument', `Address "${address}" is outside the sheet.`);
  }
  return { sheetName, rect };
}

/** Throws InvalidArgument when a rectangle would leave the sheet (e.g. a negative offset). */
export function checkRect(rect: Rect): Rect {
  const inside =
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom < MAX_ROWS &&
    rect.right < MAX_COLUMNS &&
    rect.top <= rect.bottom &&
    rect.left <= rect.right;
  if (!inside) throw hostError('InvalidArgument', 'The range would lie outside the worksheet.');
  return rect;
}
