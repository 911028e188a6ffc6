// Every value from the report is written as a text cell holding exactly the CSV's characters.
//
// A text cell is never a formula in the file, but Excel turns `=SUM(A1)` into a formula as
// soon as someone edits the cell and presses Enter, and so would a user who re-saves the sheet
// as CSV and opens it again. Cells formatted as Text (`@`) keep what is typed as text, so
// formula-like values get that format. ExcelJS cannot write Excel's own `quotePrefix` style
// (the hidden apostrophe), and prefixing a visible apostrophe would change the value, which
// this product never does.

import type { Cell } from 'exceljs';

/** Excel's number format for Text. */
export const TEXT_FORMAT = '@';

/** Characters that make Excel read what follows as a formula. */
export function isFormulaLike(text: string): boolean {
  const first = text.charCodeAt(0);
  // '=' '+' '-' '@'
  return first === 61 || first === 43 || first === 45 || first === 64;
}

/**
 * Writes `text` into `cell` as text. Blank stays blank (no empty string), so that Excel's
 * filters and ISBLANK see what the CSV meant. `asText` formats the cell as Text even when the
 * value is harmless: identifiers, whose every digit matters to whoever edits them.
 */
export function writeText(cell: Cell, text: string | undefined, asText: boolean): void {
  if (text === undefined || text === '') return;
  cell.value = text;
  if (asText || isFormulaLike(text)) cell.numFmt = TEXT_FORMAT;
}
