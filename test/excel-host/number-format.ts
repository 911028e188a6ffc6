// Renders a cell the way Range.text shows it: a small, honest subset of Excel number formats.
// Supported: General, "@", digit patterns ("0", "0.00", "#,##0", "0%", "0.00E+00") with quoted
// or $ literals and up to four ";" sections, and date/time patterns (yyyy mm dd m d h ss ...).
// Any other construct renders as General. Column width is ignored ("####" is never shown).

import { serialToDate } from './date-serial';

export type CellValue = string | number | boolean;

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
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Excel's General format fits a number into 11 characters, switching to scientific notation. */
export function renderGeneral(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (Number.isInteger(n) && abs < 1e11) return String(n);
  if (abs >= 1e11 || abs < 1e-9) return renderScientific(n, 5, true);
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 11 - (n < 0 ? 1 : 0) - intDigits - 1);
  const fixed = trimZeros(n.toFixed(decimals));
  return fixed === '0' || fixed === '-0' ? renderScientific(n, 5, true) : fixed;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function renderScientific(n: number, decimals: number, trim: boolean): string {
  const [mantissa, exponent] = n.toExponential(decimals).split('e');
  const exp = Number(exponent);
  const expText = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${trim ? trimZeros(mantissa) : mantissa}E${expText}`;
}

/** Splits a format into its ";" sections, ignoring semicolons inside quotes. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** Removes quoted text, escapes and colour/condition brackets so only the codes remain. */
function codesOf(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

function isDateSection(section: string): boolean {
  return /[ydhs]/i.test(codesOf(section)) || /m/i.test(codesOf(section).replace(/E[+-]/gi, ''));
}

interface Token {
  code?: string;
  literal?: string;
}

/** Splits a section into literal runs and code runs ("0.00", "yyyy", "mm"...). */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ literal: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\' && i + 1 < section.length) {
      tokens.push({ literal: section[i + 1] });
      i += 2;
    } else if (ch === '[') {
      i = Math.max(section.indexOf(']', i), i) + 1;
    } else if (ch === '_' || ch === '*') {
      tokens.push({ literal: ch === '_' ? ' ' : '' });
      i += 2;
    } else {
      const run = /^(?:[0#?,.]+(?:E[+-]0+)?|y+|m+|d+|h+|s+|AM\/PM|A\/P|%|@)/i.exec(
        section.slice(i),
      );
      if (run) {
        tokens.push({ code: run[0] });
        i += run[0].length;
      } else {
        tokens.push({ literal: ch });
        i += 1;
      }
    }
  }
  return tokens;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function renderDigits(n: number, pattern: string, percent: boolean): string {
  const value = percent ? n * 100 : n;
  const sci = /E[+-]/i.exec(pattern);
  const [intPart, fracPart = ''] = (sci ? pattern.slice(0, sci.index) : pattern).split('.');
  const minFrac = (fracPart.match(/0/g) ?? []).length;
  const maxFrac = (fracPart.match(/[0#?]/g) ?? []).length;
  if (sci) return renderScientific(value, maxFrac, false);
  let text = value.toFixed(maxFrac);
  if (maxFrac > minFrac) {
    const [i, f = ''] = text.split('.');
    const kept = f.replace(/0+$/, '').padEnd(minFrac, '0');
    text = kept.length > 0 ? `${i}.${kept}` : pattern.includes('.') ? `${i}.` : i;
  }
  const [whole, frac] = text.split('.');
  const minInt = (intPart.match(/0/g) ?? []).length;
  let intDigits = whole === '0' && minInt === 0 ? '' : whole.padStart(minInt, '0');
  if (intPart.includes(',')) intDigits = groupThousands(intDigits);
  return frac === undefined ? intDigits : `${intDigits}.${frac}`;
}

function renderNumberSection(n: number, section: string): string {
  const tokens = tokenize(section);
  const percent = tokens.some((t) => t.code === '%');
  let out = '';
  let digitsDone = false;
  for (const token of tokens) {
    if (token.literal !== undefined) out += token.literal;
    else if (token.code === '%') out += '%';
    else if (token.code === '@') out += renderGeneral(n);
    else if (token.code !== undefined && /^[0#?,.]/.test(token.code) && !digitsDone) {
      out += renderDigits(n, token.code, percent);
      digitsDone = true;
    } else if (token.code !== undefined) out += token.code;
  }
  return out;
}

function renderDateSection(serial: number, section: string): string {
  const { year, month, day } = serialToDate(serial);
  const fraction = serial - Math.floor(serial);
  const totalSeconds = Math.round(fraction * 86_400);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const tokens = tokenize(section);
  const ampm = tokens.some((t) => t.code !== undefined && /^(AM\/PM|A\/P)$/i.test(t.code));
  let out = '';
  let afterHour = false;
  tokens.forEach((token, index) => {
    if (token.literal !== undefined) {
      out += token.literal;
      return;
    }
    const code = token.code ?? '';
    const lower = code.toLowerCase();
    const nextCode = tokens.slice(index + 1).find((t) => t.code !== undefined)?.code ?? '';
    const isMinute = lower.startsWith('m') && (afterHour || nextCode.toLowerCase().startsWith('s'));
    if (lower.startsWith('y'))
      out += lower.length <= 2 ? String(year % 100).padStart(2, '0') : year;
    else if (isMinute) out += lower.length >= 2 ? String(minutes).padStart(2, '0') : minutes;
    else if (lower.startsWith('m')) out += renderMonth(month, lower.length);
    else if (lower.startsWith('d')) out += renderDay(day, weekday, lower.length);
    else if (lower.startsWith('h')) {
      const h = ampm ? ((hours + 11) % 12) + 1 : hours;
      out += lower.length >= 2 ? String(h).padStart(2, '0') : h;
    } else if (lower.startsWith('s')) out += String(seconds).padStart(lower.length, '0');
    else if (lower === 'am/pm') out += hours < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += hours < 12 ? 'A' : 'P';
    else out += code;
    afterHour = lower.startsWith('h');
  });
  return out;
}

function renderMonth(month: number, width: number): string {
  if (width === 1) return String(month);
  if (width === 2) return String(month).padStart(2, '0');
  if (width === 3) return MONTHS[month - 1].slice(0, 3);
  if (width === 5) return MONTHS[month - 1][0];
  return MONTHS[month - 1];
}

function renderDay(day: number, weekday: number, width: number): string {
  if (width === 1) return String(day);
  if (width === 2) return String(day).padStart(2, '0');
  if (width === 3) return DAYS[weekday].slice(0, 3);
  return DAYS[weekday];
}

function renderNumber(n: number, format: string): string {
  const sections = splitSections(format);
  let section = sections[0];
  let value = n;
  if (n < 0 && sections.length > 1 && sections[1] !== '') {
    section = sections[1];
    value = -n;
  } else if (n === 0 && sections.length > 2 && sections[2] !== '') section = sections[2];
  if (/^general$/i.test(section.trim()) || section.trim() === '@') return renderGeneral(n);
  if (isDateSection(section)) {
    return n < 0 || n >= 2_958_466 ? '#'.repeat(11) : renderDateSection(value, section);
  }
  // A section of literals only (e.g. "zero") shows just its text.
  if (!/[0#?]/.test(codesOf(section))) return renderNumberSection(value, section);
  const text = renderNumberSection(Math.abs(value), section);
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

function renderString(text: string, format: string): string {
  const sections = splitSections(format);
  if (sections.length < 4) return text;
  return tokenize(sections[3])
    .map((t) => (t.code === '@' ? text : (t.literal ?? t.code ?? '')))
    .join('');
}

/** The displayed text of one cell value under one number format. */
export function renderText(value: CellValue, format: string): string {
  if (typeof value === 'number') return renderNumber(value, format || 'General');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === '' ? '' : renderString(value, format);
}
