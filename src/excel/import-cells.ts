// How an imported CSV's text lands in cells without Excel changing it. Excel types whatever it
// is given: digit strings become numbers (leading zeros and digits after the 15th are lost),
// dates become serial numbers, TRUE becomes a boolean and "=..." a formula. So:
//
// - identifier-like columns get the text format ("@") before their values, and keep every
//   value as written;
// - in other columns a numeral becomes a number only when the cell will show exactly the text
//   of the file (scores, counts, amounts stay numbers the user can sort and add up);
// - any other text Excel might read as something else gets an apostrophe in front, which Excel
//   keeps as a text marker rather than as part of the value.

import type { ReportProfile } from '../core/types';
import type { ColumnKind } from '../core/types';

export type CellInput = string | number;

export interface ColumnPlan {
  /** Identifier-like: formatted as text, every value kept as written. */
  text: boolean;
  /** Number format set before the values: '@' for text, '0.00' for numerals with 2 decimals. */
  format?: string;
  /** Decimals the format shows; numerals with exactly that many become numbers. */
  decimals: number;
}

/** Kinds whose values are codes, never quantities. */
const IDENTIFIER_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>([
  'customerId',
  'tpid',
  'duns',
  'partnerId',
  'agreementId',
  'postalCode',
]);

/** A digit string with a leading zero, or longer than Excel's General format shows. */
const ID_LIKE = /^(0\d+|\d{12,})$/;
const NUMERAL = /^-?(0|[1-9]\d*)(\.(\d+))?$/;
/** Text Excel would read as a formula, or whose apostrophe would be taken for a marker. */
const FORMULA_OR_MARK = /^[=+\-@']/;
/** Text Excel might type: anything with a digit (dates, times, amounts), booleans, errors. */
const MIGHT_BE_TYPED = /\d|^(true|false)$|^#|^[=+\-@']/i;
/** General shows a number as typed only up to 11 characters. */
const GENERAL_WIDTH = 11;
/** Excel keeps 15 significant digits. */
const MAX_DIGITS = 15;

/**
 * Plans each column from core's detection and from all its values: identifiers and columns
 * holding ID-like digit strings become text; a column whose numerals all have the same number
 * of decimals gets a format that shows them, so `97.0` stays `97.0`.
 */
export function planColumns(
  profile: ReportProfile | undefined,
  width: number,
  rows: readonly (readonly string[])[],
): ColumnPlan[] {
  const byDetection = new Set(
    (profile?.columns ?? [])
      .filter(
        (c) => c.role === 'identifier' || (c.kind !== undefined && IDENTIFIER_KINDS.has(c.kind)),
      )
      .map((c) => c.index),
  );
  return Array.from({ length: width }, (_, c) => {
    if (byDetection.has(c) || rows.some((row) => ID_LIKE.test(row[c] ?? ''))) {
      return { text: true, format: '@', decimals: 0 };
    }
    const decimals = sharedDecimals(rows, c);
    return decimals > 0
      ? { text: false, format: `0.${'0'.repeat(decimals)}`, decimals }
      : { text: false, decimals: 0 };
  });
}

/** The one number of decimals every numeral of the column has; 0 when they differ or none. */
function sharedDecimals(rows: readonly (readonly string[])[], column: number): number {
  let shared = -1;
  for (const row of rows) {
    const match = NUMERAL.exec(row[column] ?? '');
    if (match === null) continue;
    const decimals = match[3]?.length ?? 0;
    if (shared === -1) shared = decimals;
    else if (shared !== decimals) return 0;
  }
  return Math.max(0, shared);
}

function significantDigits(numeral: string): number {
  return numeral.replace(/[-.]/g, '').replace(/^0+/, '').length;
}

/** What to write for one cell of the file so that the sheet shows exactly `text`. */
export function cellInput(text: string, plan: ColumnPlan): CellInput {
  if (text === '') return '';
  if (plan.text) return FORMULA_OR_MARK.test(text) ? `'${text}` : text;

  const numeral = NUMERAL.exec(text);
  if (numeral !== null && significantDigits(text) <= MAX_DIGITS) {
    const decimals = numeral[3]?.length ?? 0;
    if (plan.decimals > 0 && decimals === plan.decimals) return Number(text);
    if (plan.decimals === 0 && text.length <= GENERAL_WIDTH && String(Number(text)) === text) {
      return Number(text);
    }
  }
  return MIGHT_BE_TYPED.test(text) ? `'${text}` : text;
}

/** A header cell: always text, since a table's headers are text. */
export function headerInput(text: string): string {
  return MIGHT_BE_TYPED.test(text) ? `'${text}` : text;
}

/** A whole row of the file as cell inputs; short rows are padded with blanks. */
export function rowInputs(row: readonly string[], plans: readonly ColumnPlan[]): CellInput[] {
  return plans.map((plan, c) => cellInput(row[c] ?? '', plan));
}
