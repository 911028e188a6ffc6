// Decides which rows a column filter keeps. Value filters compare the DISPLAYED text of a cell
// (Range.text), case-insensitively, as Excel's AutoFilter does: "2.50" shown for 2.5 only matches
// "2.50". An empty string in the values list keeps blank cells.

import { serialToDate } from './date-serial';
import { hostError } from './errors';
import type { CellValue } from './number-format';

export interface ColumnData {
  values: readonly CellValue[];
  texts: readonly string[];
}

type RowTest = (index: number) => boolean;

function wildcardRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length) {
      source += pattern[i + 1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i += 1;
    } else if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'is');
}

function customTest(criterion: string, data: ColumnData): RowTest {
  const match = /^(>=|<=|<>|=|>|<)?(.*)$/s.exec(criterion) ?? ['', '=', criterion];
  const op = match[1] ?? '=';
  const operand = match[2];
  const numeric =
    operand.trim() !== '' && Number.isFinite(Number(operand)) ? Number(operand) : null;
  const pattern = wildcardRegex(operand);
  const lowerOperand = operand.toLowerCase();
  return (i) => {
    const value = data.values[i];
    const text = data.texts[i];
    if (operand === '' && (op === '=' || op === '<>')) return (value === '') === (op === '=');
    if (numeric !== null && typeof value === 'number') return compare(value, numeric, op);
    if (op === '=') return pattern.test(text);
    if (op === '<>') return !pattern.test(text);
    if (typeof value !== 'string' || value === '' || numeric !== null) return false;
    const lower = text.toLowerCase();
    return compare(lower < lowerOperand ? -1 : lower > lowerOperand ? 1 : 0, 0, op);
  };
}

function compare(a: number, b: number, op: string): boolean {
  switch (op) {
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '<>':
      return a !== b;
    default:
      return a === b;
  }
}

function datetimeTest(filter: Excel.FilterDatetime, value: CellValue): boolean {
  if (typeof value !== 'number') return false;
  const { year, month, day } = serialToDate(value);
  const [y, m, d] = filter.date.slice(0, 10).split('-').map(Number);
  switch (filter.specificity) {
    case 'Year':
      return year === y;
    case 'Month':
      return year === y && month === m;
    default:
      return year === y && month === m && day === d;
  }
}

function valuesTest(criteria: Excel.FilterCriteria, data: ColumnData): RowTest {
  const texts = new Set<string>();
  const datetimes: Excel.FilterDatetime[] = [];
  for (const entry of criteria.values ?? []) {
    if (typeof entry === 'string') texts.add(entry.toLowerCase());
    else datetimes.push(entry);
  }
  return (i) =>
    texts.has(data.texts[i].toLowerCase()) ||
    datetimes.some((d) => datetimeTest(d, data.values[i]));
}

function rankTest(criteria: Excel.FilterCriteria, data: ColumnData): RowTest {
  const numbers = data.values.filter((v): v is number => typeof v === 'number');
  const top = criteria.filterOn === 'TopItems' || criteria.filterOn === 'TopPercent';
  const percent = criteria.filterOn === 'TopPercent' || criteria.filterOn === 'BottomPercent';
  const amount = Number(criteria.criterion1);
  if (!Number.isFinite(amount) || amount <= 0) {
    throw hostError('InvalidArgument', 'Top/bottom filters need a positive criterion1.');
  }
  const keep = percent ? Math.max(1, Math.floor((numbers.length * amount) / 100)) : amount;
  const sorted = [...numbers].sort((a, b) => (top ? b - a : a - b));
  const threshold = sorted[Math.min(keep, sorted.length) - 1];
  return (i) => {
    const value = data.values[i];
    return typeof value === 'number' && (top ? value >= threshold : value <= threshold);
  };
}

function averageTest(criteria: Excel.FilterCriteria, data: ColumnData): RowTest {
  const numbers = data.values.filter((v): v is number => typeof v === 'number');
  const average = numbers.reduce((s, n) => s + n, 0) / Math.max(1, numbers.length);
  const above = criteria.dynamicCriteria === 'AboveAverage';
  if (!above && criteria.dynamicCriteria !== 'BelowAverage') {
    throw hostError('NotImplemented', `Dynamic filter "${criteria.dynamicCriteria}".`);
  }
  return (i) => {
    const value = data.values[i];
    return typeof value === 'number' && (above ? value > average : value < average);
  };
}

/** A test per row index for one column's criteria; throws for criteria the host cannot apply. */
export function rowTest(criteria: Excel.FilterCriteria, data: ColumnData): RowTest {
  switch (criteria.filterOn) {
    case 'Values':
      return valuesTest(criteria, data);
    case 'Custom': {
      const first = customTest(criteria.criterion1 ?? '', data);
      if (criteria.criterion2 === undefined || criteria.criterion2 === '') return first;
      const second = customTest(criteria.criterion2, data);
      return criteria.operator === 'Or'
        ? (i) => first(i) || second(i)
        : (i) => first(i) && second(i);
    }
    case 'TopItems':
    case 'BottomItems':
    case 'TopPercent':
    case 'BottomPercent':
      return rankTest(criteria, data);
    case 'Dynamic':
      return averageTest(criteria, data);
    default:
      throw hostError('NotImplemented', `Filtering on ${String(criteria.filterOn)}.`);
  }
}
