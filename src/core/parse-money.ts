// Revenue cells come as plain numbers, as amounts formatted for either locale (`$1,234.56`,
// `R$ 1.234,56`, `1 234,56`), with `K`/`M` suffixes, or as bands (`$10K-$50K`, `> $100K`).
// A band counts as its lower bound, so `> $100K` and `$100K+` are 100000 and `< $10K` is 0:
// ordering by a lower bound never promises more than the report does.
//
// Which separator is the decimal one is decided per value:
// - spaces, no-break spaces and apostrophes only ever group thousands;
// - when both `.` and `,` appear, the last one is the decimal separator (`1.234,56`);
// - one kind appearing several times groups thousands (`1,234,567`);
// - one separator appearing once is a thousands separator when exactly three digits follow
//   and one to three digits, not starting with 0, precede it (`1,234` and `1.234` are 1234);
//   otherwise it is the decimal separator (`82,5`, `0.125`, `1234.567`).
// Thousands groups must be three digits wide; anything else (`1,23,456`) is unreadable rather
// than guessed. Accounting negatives `(1,234)` are read as -1234.

const PLAIN_NUMBER = /^\d{1,15}(?:\.\d{1,2})?$/;
const SCIENTIFIC = /^[-+]?\d+(?:\.\d+)?e[-+]?\d+$/;
const LOWER_BOUND = /^(?:>=?|≥|over|above|more than|greater than|acima de|mais de)\s*(.+)$/;
const UPPER_BOUND = /^(?:<=?|≤|under|below|less than|up to|abaixo de|menos de|até)\s*(.+)$/;
const PARENTHESES = /^\((.+)\)$/;
// Excel's Accounting format shows zero as a dash beside the currency (`$ -`, `R$ -`), and a CSV
// saved from Excel holds what the cells show. A dash alone stays unreadable: it often means n/a.
const ACCOUNTING_ZERO = /^(?:(?:[a-z]{0,3}\s*[$€£¥]|usd|brl|eur|gbp)\s*[-–—]|[-–—]\s*[$€£¥])$/;
const RANGE_WORD = / to | a | até /;
const AMOUNT =
  /^([-−])?\s*(?:[a-z]{0,3}\s*[$€£¥]|usd|brl|eur|gbp)?\s*([-−])?\s*(\d[\d.,' \u00a0\u202f]*?)\s*(k|mm|m|bn|b)?\s*(?:usd|brl|eur|gbp|[$€£])?$/;

const SUFFIX_EXPONENT: Readonly<Record<string, number>> = { k: 3, m: 6, mm: 6, b: 9, bn: 9 };

interface Amount {
  value: number;
  hasSuffix: boolean;
  /** The amount without its suffix, to re-read `1-5M` as 1M-5M. */
  digits: string;
}

/**
 * Reads a money amount or band: `undefined` for a blank cell, `null` for text that is not an
 * amount (reported by callers, never guessed), else the number (a band's lower bound).
 */
export function parseMoney(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  if (trimmed.length > 80) return null;
  const lower = trimmed.toLowerCase();
  if (ACCOUNTING_ZERO.test(lower)) return 0;
  return parseBand(lower);
}

// A currency sign other than the dollar: `R$`, `C$` (letters before `$`, except `US$`), `€`, …
const LETTERS_BEFORE_DOLLAR = /([a-z]{1,3})\s*\$/;
const OTHER_CURRENCY = /[€£¥]|\b(?:brl|eur|gbp)\b/;

/**
 * True when an amount is best shown as the report wrote it: a band or range, whose lower bound
 * orders the list but would misstate it in words (`< $10K` is not "$0"), or an amount in a
 * currency other than dollars (`R$ 1.234,56`). Plain dollar amounts read better formatted.
 */
export function showMoneyAsWritten(text: string): boolean {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '' || trimmed.length > 80 || PLAIN_NUMBER.test(trimmed)) return false;
  if (LOWER_BOUND.test(trimmed) || UPPER_BOUND.test(trimmed) || trimmed.endsWith('+')) return true;
  if (!PARENTHESES.test(trimmed) && findRangeSplit(trimmed) !== undefined) return true;

  const letters = LETTERS_BEFORE_DOLLAR.exec(trimmed);
  return (letters !== null && letters[1] !== 'us') || OTHER_CURRENCY.test(trimmed);
}

function parseBand(text: string): number | null {
  const lower = LOWER_BOUND.exec(text);
  if (lower !== null) return readAmount(lower[1])?.value ?? null;

  const upper = UPPER_BOUND.exec(text);
  if (upper !== null) return readAmount(upper[1]) === null ? null : 0;

  if (text.endsWith('+')) return readAmount(text.slice(0, -1).trimEnd())?.value ?? null;

  const accounting = PARENTHESES.exec(text);
  if (accounting !== null) {
    const inner = readAmount(accounting[1].trim());
    return inner === null || inner.value < 0 ? null : -inner.value;
  }

  const split = findRangeSplit(text);
  if (split === undefined) return readAmount(text)?.value ?? null;
  return readRange(text.slice(0, split.start).trimEnd(), text.slice(split.end).trimStart());
}

/** A range's lower bound; `1-5M` borrows the upper bound's suffix (1M), as people mean it. */
function readRange(left: string, right: string): number | null {
  const high = readAmount(right);
  let low = readAmount(left);
  if (high === null || low === null) return null;
  if (!low.hasSuffix && high.hasSuffix) low = readAmount(left + right.slice(high.digits.length));
  if (low === null) return null;
  return Math.min(low.value, high.value);
}

/**
 * Where a range's separator sits: a dash with a digit somewhere before it (so a leading minus
 * sign or `$-5` is not a range), or the word `to` / Portuguese `a`, `até`.
 */
function findRangeSplit(text: string): { start: number; end: number } | undefined {
  let digitSeen = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digitSeen = true;
    else if (digitSeen && (code === 45 || code === 0x2013 || code === 0x2014)) {
      return { start: i, end: i + 1 };
    }
  }
  const word = RANGE_WORD.exec(text);
  return word === null ? undefined : { start: word.index, end: word.index + word[0].length };
}

function readAmount(text: string): Amount | null {
  if (SCIENTIFIC.test(text)) return { value: Number(text), hasSuffix: false, digits: text };

  const match = AMOUNT.exec(text);
  if (match === null) return null;
  const [, signBefore, signAfter, number, suffix] = match;
  if (signBefore !== undefined && signAfter !== undefined) return null;

  const decimal = normalizeNumber(number);
  if (decimal === null) return null;

  const exponent = suffix === undefined ? 0 : SUFFIX_EXPONENT[suffix];
  // Scaling through the exponent keeps `1.1M` exact (1.1 * 1e6 is not).
  const value = Number(`${decimal}e${exponent}`);
  const negative = signBefore !== undefined || signAfter !== undefined;
  return {
    value: negative ? -value : value,
    hasSuffix: suffix !== undefined,
    digits: text.slice(0, text.lastIndexOf(number) + number.length),
  };
}

function isGrouping(char: string): boolean {
  return char === ' ' || char === '\u00a0' || char === '\u202f' || char === "'";
}

/** `1.234,56` → `1234.56` by the rule at the top of this file; null when malformed. */
function normalizeNumber(raw: string): string | null {
  const separators: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 48 || code > 57) separators.push(i);
  }
  if (separators.length === 0) return raw;

  const lastIndex = separators[separators.length - 1];
  const last = raw[lastIndex];
  let decimalAt = -1;
  if (!isGrouping(last)) {
    const sameKind = separators.every((i) => raw[i] === last);
    if (!sameKind) decimalAt = lastIndex;
    else if (separators.length === 1 && !looksLikeThousands(raw, lastIndex)) decimalAt = lastIndex;
  }

  const integerPart = decimalAt < 0 ? raw : raw.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : raw.slice(decimalAt + 1);
  if (decimalAt >= 0 && fraction === '') return null;

  const integer = joinGroups(integerPart);
  if (integer === null) return null;
  return fraction === '' ? integer : `${integer}.${fraction}`;
}

function looksLikeThousands(raw: string, at: number): boolean {
  return raw.length - at - 1 === 3 && at <= 3 && raw[0] !== '0';
}

/** `1,234,567` → `1234567`; every group after the first must be three digits, one separator. */
function joinGroups(part: string): string | null {
  let separator: string | undefined;
  let groupStart = 0;
  let digits = '';
  for (let i = 0; i <= part.length; i++) {
    const code = i < part.length ? part.charCodeAt(i) : -1;
    if (code >= 48 && code <= 57) continue;
    const group = part.slice(groupStart, i);
    if (code >= 0) {
      const char = part[i];
      if (separator === undefined) separator = char;
      else if (char !== separator) return null;
    }
    const first = groupStart === 0;
    if (
      first ? group.length < 1 || (separator !== undefined && group.length > 3) : group.length !== 3
    ) {
      return null;
    }
    digits += group;
    groupStart = i + 1;
  }
  return digits;
}
