// Every value from the report is written as a text cell holding exactly the CSV's characters.
//
// A text cell is never a formula in the file, but Excel turns `=SUM(A1)` into a formula as
// soon as someone edits the cell and presses Enter, and so would a user who re-saves the sheet
// as CSV and opens it again. Cells formatted as Text (`@`) keep what is typed as text, so
// formula-like values get that format. ExcelJS cannot write Excel's own `quotePrefix` style
// (the hidden apostrophe), and prefixing a visible apostrophe would change the value, which
// this product never does.

import type { Cell, Style } from 'exceljs';

/** Excel's number format for Text. */
export const TEXT_FORMAT = '@';

// Cells share a few frozen style objects instead of each carrying its own: ExcelJS recognises a
// style object it has seen before and skips serialising it again, which makes large workbooks
// several times faster to write. Frozen, so that no code can change them for every cell at once.
const PLAIN: Partial<Style> = Object.freeze({});
const TEXT: Partial<Style> = Object.freeze({ numFmt: TEXT_FORMAT });
const BOLD_FONT = Object.freeze({ bold: true });
const HEADER: Partial<Style> = Object.freeze({ font: BOLD_FONT });
const HEADER_TEXT: Partial<Style> = Object.freeze({ font: BOLD_FONT, numFmt: TEXT_FORMAT });

/** Characters an Excel cell holds; Excel repairs a file with a longer string, losing it. */
export const EXCEL_MAX_CELL_CHARS = 32767;

/** `text` cut to what a cell holds, never between the two halves of a surrogate pair. */
export function fitCell(text: string): string {
  if (text.length <= EXCEL_MAX_CELL_CHARS) return text;
  const last = text.charCodeAt(EXCEL_MAX_CELL_CHARS - 1);
  const highSurrogate = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, highSurrogate ? EXCEL_MAX_CELL_CHARS - 1 : EXCEL_MAX_CELL_CHARS);
}

/** Characters that make Excel read what follows as a formula. */
export function isFormulaLike(text: string): boolean {
  const first = text.charCodeAt(0);
  // '=' '+' '-' '@'
  return first === 61 || first === 43 || first === 45 || first === 64;
}

/** The shared style for a cell holding `text`. */
export function textStyle(text: string, asText: boolean, header = false): Partial<Style> {
  const textFormat = asText || isFormulaLike(text);
  if (header) return textFormat ? HEADER_TEXT : HEADER;
  return textFormat ? TEXT : PLAIN;
}

/**
 * Writes `text` into `cell` as text. Blank stays blank (no empty string), so that Excel's
 * filters and ISBLANK see what the CSV meant. `asText` formats the cell as Text even when the
 * value is harmless: identifiers, whose every digit matters to whoever edits them. `header`
 * makes it bold.
 */
export function writeText(
  cell: Cell,
  text: string | undefined,
  asText: boolean,
  header = false,
): void {
  if (text === undefined || text === '') {
    if (header) cell.style = HEADER;
    return;
  }
  cell.value = fitCell(text);
  cell.style = textStyle(text, asText, header);
}
