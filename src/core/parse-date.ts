// The renewal date columns have no documented format, so every shape seen in exports is read:
// ISO (`2026-04-30`, with or without a time), day-month-year numbers in either order with `/`,
// `-` or `.`, month names (`(April, 2026)`, `Apr 2026`, `30 April 2026`, `April 30, 2026`,
// Portuguese `abril de 2026`), compact `20260430`, and Excel serial numbers.
//
// Results are ISO text: `YYYY-MM-DD`, or `YYYY-MM` when the cell only names a month.
//
// Excel serials (1900 date system) are accepted only as five-digit numbers, 10000..99999
// (1927-05-18..2173-10-13), optionally with a time fraction. That range covers every plausible
// agreement date while a four-digit year such as `2026` can never be mistaken for a serial.
// Two-digit years follow Excel's rule: 00-29 are 2000-2029, 30-99 are 1930-1999.

import { ENGLISH_MONTHS, PORTUGUESE_MONTHS } from './month-names';

export type DateOrder = 'MDY' | 'DMY';

const ISO =
  /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC =
  /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/;
const SERIAL = /^(\d{5})(?:\.\d+)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const WORDS = /[a-zçã]+|\d+/g;
const DATE_PUNCTUATION = /^[\s(),./-]*$/;

const MONTHS: ReadonlyMap<string, number> = buildMonths();

function buildMonths(): Map<string, number> {
  const months = new Map<string, number>();
  for (const names of [ENGLISH_MONTHS, PORTUGUESE_MONTHS]) {
    names.forEach((name, index) => {
      months.set(name, index + 1);
      months.set(name.slice(0, 3), index + 1);
    });
  }
  months.set('sept', 9);
  months.set('marco', 3);
  return months;
}

// Words that may sit between the parts of a written date and mean nothing for its value.
const FILLER = new Set(['de', 'of', 'the']);

const MS_PER_DAY = 86_400_000;
// Serial 25569 is 1970-01-01; valid for every serial after Excel's phantom 1900-02-29 (60).
const UNIX_EPOCH_SERIAL = 25569;

/**
 * Reads a date cell. `order` says how `a/b/yyyy` is read (see `detectDateOrder`); a value that is
 * impossible in that order is `null`, never silently swapped. `undefined` for a blank cell.
 */
export function parseDate(
  text: string | undefined,
  order: DateOrder = 'MDY',
): string | undefined | null {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed.length > 40) return null;
  const lower = trimmed.toLowerCase();

  const first = lower.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const numeric = readNumeric(lower, order);
    if (numeric !== undefined) return numeric;
  }
  return readWords(lower);
}

function readNumeric(text: string, order: DateOrder): string | null | undefined {
  const iso = ISO.exec(text);
  if (iso !== null) {
    const year = Number(iso[1]);
    const month = Number(iso[2]);
    if (iso[3] === undefined) return isMonth(month) ? monthIso(year, month) : null;
    return dayIso(year, month, Number(iso[3]));
  }

  const numeric = NUMERIC.exec(text);
  if (numeric !== null) {
    const a = Number(numeric[1]);
    const b = Number(numeric[3]);
    const year = fullYear(numeric[4]);
    return order === 'MDY' ? dayIso(year, a, b) : dayIso(year, b, a);
  }

  const serial = SERIAL.exec(text);
  if (serial !== null) return fromSerial(Number(serial[1]));

  const compact = COMPACT.exec(text);
  if (compact !== null) return dayIso(Number(compact[1]), Number(compact[2]), Number(compact[3]));

  return undefined;
}

/** `(April, 2026)`, `Apr-2026`, `30 April 2026`, `April 30, 2026`, `abril de 2026`. */
function readWords(text: string): string | null {
  const tokens = text.match(WORDS);
  if (tokens === null) return null;

  let month: number | undefined;
  const numbers: string[] = [];
  for (const token of tokens) {
    const code = token.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      numbers.push(token);
    } else if (!FILLER.has(token)) {
      const found = MONTHS.get(token);
      if (found === undefined || month !== undefined) return null;
      month = found;
    }
  }
  if (month === undefined || !onlyDateCharacters(text)) return null;

  if (numbers.length === 1 && numbers[0].length === 4) return monthIso(Number(numbers[0]), month);
  if (numbers.length !== 2) return null;
  const [dayText, yearText] = numbers[0].length === 4 ? [numbers[1], numbers[0]] : numbers;
  if (yearText.length !== 4 || dayText.length > 2) return null;
  return dayIso(Number(yearText), month, Number(dayText));
}

/** Rejects free text that merely contains a month name, such as `May renew (call 2026)`. */
function onlyDateCharacters(text: string): boolean {
  return DATE_PUNCTUATION.test(text.replace(WORDS, ''));
}

function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  const short = Number(text);
  return short < 30 ? 2000 + short : 1900 + short;
}

function isMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function monthIso(year: number, month: number): string | null {
  if (!isMonth(month) || year < 1000) return null;
  return `${year}-${pad2(month)}`;
}

function dayIso(year: number, month: number, day: number): string | null {
  if (!isMonth(month) || year < 1000 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function fromSerial(serial: number): string | null {
  if (serial < 10000) return null;
  return new Date((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY).toISOString().slice(0, 10);
}

const DAY_MONTH = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}\b/;

/**
 * Decides how a file writes `a/b/yyyy` dates. A first part above 12 can only be a day (DMY); a
 * second part above 12 can only be a day (MDY). When the values show neither, or
 * contradict each other, the order is `MDY` and `ambiguous` is true so the caller can say so.
 * Values in other shapes (ISO, month names, serials) have no order and leave it unambiguous.
 */
export function detectDateOrder(values: Iterable<string>): {
  order: DateOrder;
  ambiguous: boolean;
} {
  let sawDayMonth = false;
  let dayFirst = false;
  let daySecond = false;
  for (const value of values) {
    const match = DAY_MONTH.exec(value);
    if (match === null) continue;
    sawDayMonth = true;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[2]) > 12) daySecond = true;
    if (dayFirst && daySecond) break;
  }

  if (dayFirst && !daySecond) return { order: 'DMY', ambiguous: false };
  if (daySecond && !dayFirst) return { order: 'MDY', ambiguous: false };
  return { order: 'MDY', ambiguous: sawDayMonth };
}
