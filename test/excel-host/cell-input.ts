// What Excel stores when a value is written into a cell (Range.values / formulas), following its
// documented entry rules: strings starting with "=" (or "+"/"-" when not a number) become
// formulas, an apostrophe prefix forces text, a text-formatted ("@") cell keeps strings as typed,
// and in any other cell a string that reads as a number becomes a number. Excel keeps 15
// significant digits and turns the digits after the 15th into zeros (Microsoft KB 269370).
// Date and percent recognition follows an en-US Excel.

import { dateToSerial } from './date-serial';
import { hostError } from './errors';
import type { CellValue } from './number-format';

export interface StoredCell {
  value: CellValue;
  formula?: string;
  /** A format Excel applies by itself when it recognises a percent, grouped number or date. */
  autoFormat?: string;
}

export const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Keeps the first 15 significant digits of a decimal numeral and zeroes the rest. */
export function keepFifteenDigits(numeral: string): number {
  let significant = 0;
  let out = '';
  let inExponent = false;
  for (const ch of numeral) {
    if (ch === 'e' || ch === 'E') inExponent = true;
    const isDigit = ch >= '0' && ch <= '9';
    if (!inExponent && isDigit && (significant > 0 || ch !== '0')) {
      significant += 1;
      out += significant > 15 ? '0' : ch;
    } else out += ch;
  }
  return Number(out);
}

function decimalsOf(numeral: string): number {
  const dot = numeral.indexOf('.');
  return dot < 0 ? 0 : numeral.length - dot - 1;
}

/** Recognises numbers, percents, booleans and dates the way Excel's cell entry does. */
export function parseTyped(text: string): StoredCell | null {
  if (PLAIN_NUMBER.test(text)) return { value: keepFifteenDigits(text) };
  if (GROUPED_NUMBER.test(text)) {
    const decimals = decimalsOf(text);
    return {
      value: keepFifteenDigits(text.replace(/,/g, '')),
      autoFormat: decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0',
    };
  }
  if (PERCENT.test(text)) {
    const numeral = text.slice(0, -1);
    const decimals = decimalsOf(numeral);
    return {
      value: keepFifteenDigits(numeral) / 100,
      autoFormat: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%',
    };
  }
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === 'TRUE' };
  const iso = ISO_DATE.exec(text);
  const us = US_DATE.exec(text);
  const serial = iso
    ? dateToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : us
      ? dateToSerial(Number(us[3]), Number(us[1]), Number(us[2]))
      : null;
  return serial === null ? null : { value: serial, autoFormat: 'm/d/yyyy' };
}

/** Reads a formula's value: literals and single same-sheet references; anything else is #NAME?. */
export function evaluateFormula(formula: string, lookup: (a1: string) => CellValue): CellValue {
  const body = formula.slice(1).trim();
  if (PLAIN_NUMBER.test(body)) return keepFifteenDigits(body);
  const quoted = /^"((?:[^"]|"")*)"$/.exec(body);
  if (quoted) return quoted[1].replace(/""/g, '"');
  if (/^(true|false)$/i.test(body)) return body.toUpperCase() === 'TRUE';
  if (/^\$?[A-Z]{1,3}\$?\d{1,7}$/i.test(body)) {
    const referenced = lookup(body.replace(/\$/g, ''));
    return referenced === '' ? 0 : referenced;
  }
  return '#NAME?';
}

/**
 * Turns one written value into what the cell stores. Returns null for null/undefined, which
 * Office.js treats as "leave this cell unchanged".
 */
export function storeInput(input: unknown, numberFormat: string): StoredCell | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw hostError('InvalidArgument', 'Numbers must be finite.');
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') {
    throw hostError('InvalidArgument', 'Cell values must be strings, numbers or booleans.');
  }
  if (input === '') return { value: '' };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (numberFormat === '@') return { value: input };
  if (input.startsWith('=') && input.length > 1) return { value: '', formula: input };
  const typed = parseTyped(input);
  if (typed !== null) return typed;
  if (/^[+-]./.test(input)) return { value: '', formula: `=${input}` };
  return { value: input };
}
