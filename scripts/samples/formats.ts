// How one report file writes its values. Each sample picks a style so that, across the set,
// every spelling core must read (flags, clusters, scores, money, dates) appears at least once.

import type { SampleCluster } from './accounts';

export interface ValueStyle {
  flags: 'yesno' | 'yn' | 'onezero' | 'truefalse';
  scores: 'int' | 'decimal';
  clusters: 'plain' | 'upper' | 'ranked';
  dates: 'mdy' | 'dmy' | 'iso' | 'monthYear';
  /** Expiring revenue and numeric revenue potential. */
  money: 'plain' | 'cents' | 'br' | 'usd';
  potential: 'number' | 'band';
  orgSize: 'count' | 'range';
  /** `IsNonProfit` as a flag (2020/2021) or as the FY24 category. */
  nonprofit: 'flag' | 'category';
}

const FLAG_WORDS: Record<ValueStyle['flags'], readonly [string, string]> = {
  yesno: ['Yes', 'No'],
  yn: ['Y', 'N'],
  onezero: ['1', '0'],
  truefalse: ['True', 'False'],
};

export function formatFlag(value: boolean, style: ValueStyle): string {
  const [yes, no] = FLAG_WORDS[style.flags];
  return value ? yes : no;
}

export function formatScore(value: number | undefined, style: ValueStyle): string {
  if (value === undefined) return '';
  return style.scores === 'decimal' ? value.toFixed(1) : String(value);
}

const RANKED: Record<string, string> = {
  'Act Now': '1 - Act Now',
  Evaluate: '2 - Evaluate',
  Nurture: '3 - Nurture',
  Educate: '4 - Educate',
};

export function formatCluster(value: SampleCluster, style: ValueStyle): string {
  if (value === '') return '';
  if (style.clusters === 'upper') return value.toUpperCase();
  if (style.clusters === 'ranked') return RANKED[value] ?? value;
  return value;
}

function groupThousands(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** `amount` in cents, so that formatting never meets floating-point rounding. */
export function formatMoney(cents: number, style: ValueStyle): string {
  const whole = String(Math.floor(cents / 100));
  const fraction = String(cents % 100).padStart(2, '0');
  switch (style.money) {
    case 'plain':
      return whole;
    case 'cents':
      return `${whole}.${fraction}`;
    case 'br':
      return `${groupThousands(whole, '.')},${fraction}`;
    case 'usd':
      return `$${groupThousands(whole, ',')}`;
  }
}

/** Revenue potential bands as newer downloads write them. */
export function formatBand(cents: number): string {
  const dollars = cents / 100;
  if (dollars < 10_000) return '< $10K';
  if (dollars < 50_000) return '$10K-$50K';
  if (dollars < 100_000) return '$50K-$100K';
  if (dollars < 250_000) return '> $100K';
  return '$250K+';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface SimpleDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..28, so that every month has it. */
  day: number;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function formatDate(date: SimpleDate, style: ValueStyle): string {
  switch (style.dates) {
    case 'mdy':
      return `${date.month}/${date.day}/${date.year}`;
    case 'dmy':
      // Brazilian Excel pads both parts.
      return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
    case 'iso':
      return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    case 'monthYear':
      return `(${MONTHS[date.month - 1] ?? ''}, ${date.year})`;
  }
}

const ORG_SIZE_RANGES: readonly [number, string][] = [
  [5, '1-4'],
  [10, '5-9'],
  [25, '10-24'],
  [50, '25-49'],
  [100, '50-99'],
  [300, '100-299'],
  [500, '300-499'],
  [1000, '500-999'],
  [2500, '1000-2499'],
];

export function formatOrgSize(employees: number, style: ValueStyle): string {
  if (style.orgSize === 'count') return String(employees);
  for (const [below, label] of ORG_SIZE_RANGES) if (employees < below) return label;
  return '2500+';
}
