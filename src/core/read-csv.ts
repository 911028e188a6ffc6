// CSV text → header and rows of strings. Every cell stays text: IDs, DUNS numbers and postal
// codes keep their leading zeros and all their digits.
//
// Speed matters (reports reach 200,000 rows × 67 columns), so the delimiter is sniffed on a
// small prefix and the whole text is parsed once by papaparse with everything spelled out: no
// header mode, no typing, no per-row callback. Title lines and the header are then dropped by
// one slice of the result, and rows are neither padded nor cut: a missing cell reads as ''.
//
// Line numbers in problems are 1-based record numbers in the file, counting title lines and
// blank lines. They equal the text editor's line numbers unless an earlier quoted cell holds a
// line break.

import Papa from 'papaparse';

import { detectDelimiter, detectNewline } from './detect-delimiter';
import { findHeaderRow, isBlankRow } from './find-header-row';
import { foldText } from './fold';
import type { Problem, ReadResult, Result } from './types';

/** Characters sniffed for the delimiter, line break and binary content. */
const SNIFF_CHARS = 64 * 1024;
const BINARY_SNIFF_CHARS = 4096;
/** Share of control characters above which text is taken for binary data. */
const BINARY_CONTROL_SHARE = 0.05;
/** Ragged rows listed one by one; the rest are counted in one summary problem. */
export const RAGGED_ROW_WARNING_CAP = 100;
/** Quote problems listed one by one; an unclosed quote can swallow the rest of a file. */
const QUOTE_WARNING_CAP = 20;

const NOT_WHITESPACE = /\S/;

/**
 * Reads CSV text. Fails only for an empty file, binary data or a file without a plausible
 * header in its first 10 non-blank lines; ragged rows, duplicate headers, skipped title lines
 * and broken quotes come back as warnings.
 */
export function readCsv(text: string): Result<ReadResult> {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!NOT_WHITESPACE.test(content)) return failure('empty-file');
  if (looksBinary(content)) return failure('binary-file');

  const sample = sniffSample(content);
  const newline = detectNewline(sample);
  const delimiter = detectDelimiter(sample, newline);
  const parsed = Papa.parse<string[]>(content, {
    delimiter,
    newline,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const records = parsed.data;

  const headerIndex = findHeaderRow(records);
  if (headerIndex === undefined) return failure('no-header');

  const header = records[headerIndex];
  const headerLine = headerIndex + 1;
  const warnings: Problem[] = [];
  warnTitleLines(records, headerIndex, warnings);
  warnDuplicateHeaders(header, headerLine, warnings);
  warnQuoteErrors(parsed.errors, warnings);

  const rows = dataRows(records, headerIndex, header.length, warnings);
  return { ok: true, value: { header, rows, headerLine, delimiter, warnings } };
}

function failure(code: string): Result<ReadResult> {
  return { ok: false, error: { code } };
}

/**
 * NUL characters never occur in CSV text; other control characters (besides tab and line
 * breaks) only rarely. Undecodable bytes (U+FFFD) count as control characters too.
 */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, BINARY_SNIFF_CHARS);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) controls++;
  }
  return controls > length * BINARY_CONTROL_SHARE;
}

/** A prefix that ends at a line break, so the sniffers never see half a line. */
function sniffSample(text: string): string {
  if (text.length <= SNIFF_CHARS) return text;
  const cut = Math.max(text.lastIndexOf('\n', SNIFF_CHARS), text.lastIndexOf('\r', SNIFF_CHARS));
  return text.slice(0, cut > 0 ? cut : SNIFF_CHARS);
}

function warnTitleLines(records: string[][], headerIndex: number, warnings: Problem[]): void {
  let titles = 0;
  for (let i = 0; i < headerIndex; i++) if (!isBlankRow(records[i])) titles++;
  if (titles > 0)
    warnings.push({ code: 'title-lines-skipped', line: 1, params: { count: titles } });
}

/**
 * The same header twice (ignoring case and spacing) makes a column lookup ambiguous. Headers that
 * differ only by punctuation are not duplicates: documented plays end in `5+ Licenses` and
 * `<5 Licenses`.
 */
function warnDuplicateHeaders(header: string[], line: number, warnings: Problem[]): void {
  const seen = new Map<string, { header: string; count: number }>();
  for (const name of header) {
    const key = foldText(name);
    if (key === '') continue;
    const entry = seen.get(key);
    if (entry === undefined) seen.set(key, { header: name, count: 1 });
    else entry.count++;
  }
  for (const { header: name, count } of seen.values()) {
    if (count > 1)
      warnings.push({ code: 'duplicate-header', line, params: { header: name, count } });
  }
}

function warnQuoteErrors(errors: Papa.ParseError[], warnings: Problem[]): void {
  for (const error of errors.slice(0, QUOTE_WARNING_CAP)) {
    const line = error.row === undefined ? undefined : error.row + 1;
    warnings.push({ code: 'malformed-quotes', line, params: { kind: error.code } });
  }
}

/**
 * The records after the header, without blank lines, warning about ragged rows. Extra cells
 * that are all empty (a trailing delimiter) are not worth a warning.
 */
function dataRows(
  records: string[][],
  headerIndex: number,
  width: number,
  warnings: Problem[],
): string[][] {
  const rows = records.slice(headerIndex + 1);
  let blanks = 0;
  let ragged = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (isBlankRow(row)) {
      blanks++;
    } else if (row.length < width || (row.length > width && !isBlankRow(row.slice(width)))) {
      ragged++;
      if (ragged <= RAGGED_ROW_WARNING_CAP) {
        const line = headerIndex + 2 + i;
        warnings.push({ code: 'ragged-row', line, params: { expected: width, found: row.length } });
      }
    }
  }

  if (ragged > RAGGED_ROW_WARNING_CAP) {
    const params = { total: ragged, shown: RAGGED_ROW_WARNING_CAP };
    warnings.push({ code: 'ragged-rows-truncated', params });
  }
  return blanks === 0 ? rows : rows.filter((row) => !isBlankRow(row));
}
