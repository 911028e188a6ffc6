// Conditional formats: creation and the evaluation a test needs to see what a user sees.
// ContainsText and CellValue rules are evaluated; Custom formulas are stored, not evaluated.

import { intersect, type Rect } from './address';
import type { ConditionalFormatModel, SheetModel } from './model';
import { renderText, type CellValue } from './number-format';

export const SUPPORTED_TYPES = ['Custom', 'ContainsText', 'CellValue'];

export function conditionalFormatsOver(sheet: SheetModel, rect: Rect): ConditionalFormatModel[] {
  return sheet.conditionalFormats.filter((cf) => cf.rects.some((r) => intersect(r, rect) !== null));
}

function operand(formula: string | undefined): CellValue {
  const body = (formula ?? '').replace(/^=/, '').trim();
  const quoted = /^"(.*)"$/.exec(body);
  if (quoted) return quoted[1].toLowerCase();
  return body !== '' && Number.isFinite(Number(body)) ? Number(body) : body.toLowerCase();
}

function cellValueMatches(rule: Excel.ConditionalCellValueRule, value: CellValue): boolean {
  const a = operand(rule.formula1);
  const b = operand(rule.formula2);
  const v = typeof value === 'string' ? value.toLowerCase() : value;
  if (typeof v !== typeof a && rule.operator !== 'NotEqualTo') return false;
  switch (rule.operator) {
    case 'EqualTo':
      return v === a;
    case 'NotEqualTo':
      return v !== a;
    case 'GreaterThan':
      return v > a;
    case 'LessThan':
      return v < a;
    case 'GreaterThanOrEqual':
      return v >= a;
    case 'LessThanOrEqual':
      return v <= a;
    case 'Between':
      return v >= a && v <= b;
    case 'NotBetween':
      return v < a || v > b;
    default:
      return false;
  }
}

function textMatches(rule: Excel.ConditionalTextComparisonRule, text: string): boolean {
  const needle = rule.text.toLowerCase();
  const hay = text.toLowerCase();
  switch (rule.operator) {
    case 'Contains':
      return hay.includes(needle);
    case 'NotContains':
      return !hay.includes(needle);
    case 'BeginsWith':
      return hay.startsWith(needle);
    case 'EndsWith':
      return hay.endsWith(needle);
    default:
      return false;
  }
}

/** The conditional formats (highest priority first) whose rule holds for one cell. */
export function matchingFormats(
  sheet: SheetModel,
  row: number,
  col: number,
): ConditionalFormatModel[] {
  const value = sheet.grid.value(row, col);
  const text = renderText(value, sheet.grid.get('numberFormat', row, col) as string);
  const cell = { top: row, bottom: row, left: col, right: col };
  const hits: ConditionalFormatModel[] = [];
  for (const cf of conditionalFormatsOver(sheet, cell)) {
    const holds =
      (cf.type === 'ContainsText' && cf.textRule !== null && textMatches(cf.textRule, text)) ||
      (cf.type === 'CellValue' &&
        cf.cellValueRule !== null &&
        cellValueMatches(cf.cellValueRule, value));
    if (holds) {
      hits.push(cf);
      if (cf.stopIfTrue) break;
    }
  }
  return hits;
}
