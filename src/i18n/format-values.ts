// Numbers, money and dates written the way each language reads them. Written out here rather
// than with `Intl`, whose output (spacing, currency symbols) differs between Excel hosts and
// Node builds, so an explanation reads the same everywhere.

import type { Lang } from '../core/types';

interface LocaleFormat {
  thousands: string;
  decimal: string;
  /** `amount` is already grouped. */
  money(amount: string): string;
  day(year: string, month: number, day: number): string;
  month(year: string, month: number): string;
}

const EN_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const PT_MONTHS = 'jan fev mar abr mai jun jul ago set out nov dez'.split(' ');

const pad2 = (value: number): string => String(value).padStart(2, '0');

const FORMATS: Readonly<Record<Lang, LocaleFormat>> = {
  en: {
    thousands: ',',
    decimal: '.',
    money: (amount) => `$${amount}`,
    day: (year, month, day) => `${EN_MONTHS[month - 1]} ${day}, ${year}`,
    month: (year, month) => `${EN_MONTHS[month - 1]} ${year}`,
  },
  'pt-BR': {
    thousands: '.',
    decimal: ',',
    money: (amount) => `US$ ${amount}`,
    day: (year, month, day) => `${pad2(day)}/${pad2(month)}/${year}`,
    month: (year, month) => `${PT_MONTHS[month - 1]}/${year}`,
  },
};

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A whole number with the language's thousands separator: `120,000` / `120.000`. */
export function formatWhole(value: number, lang: Lang): string {
  const rounded = Math.round(Math.abs(value));
  const digits = String(rounded);
  const separator = FORMATS[lang].thousands;
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += separator;
    grouped += digits[i];
  }
  return value < 0 && rounded > 0 ? `-${grouped}` : grouped;
}

// A true minus sign: a hyphen at the start of a cell would make Excel read a formula.
const MINUS = '\u2212';

/**
 * US dollars rounded to whole dollars: `$120,000` / `US$ 120.000`, negatives with a minus
 * sign (`−$500`). The reports give revenue in US dollars, and cents add nothing to an
 * estimate of potential.
 */
export function formatMoney(amount: number, lang: Lang): string {
  const whole = formatWhole(amount, lang);
  if (!whole.startsWith('-')) return FORMATS[lang].money(whole);
  return MINUS + FORMATS[lang].money(whole.slice(1));
}

/** A score to one decimal with the language's decimal mark: `82`, `82.5` / `82,5`. */
export function formatScore(score: number, lang: Lang): string {
  return String(Math.round(score * 10) / 10).replace('.', FORMATS[lang].decimal);
}

/** `2026-04-30` → `Apr 30, 2026` / `30/04/2026`; `2026-04` → `Apr 2026` / `abr/2026`. */
export function formatDate(iso: string, lang: Lang): string {
  const match = ISO_DATE.exec(iso);
  if (match === null) return iso;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return iso;
  const format = FORMATS[lang];
  return match[3] === undefined
    ? format.month(match[1], month)
    : format.day(match[1], month, Number(match[3]));
}
