// What goes between cells and core: core reads every cell as text, and text the add-in writes
// must never turn into a formula.

/** A cell value as core reads it: `String(v)`, blank for an empty cell. */
export function coreText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

const FORMULA_START = /^[=+\-@]/;

/**
 * Text Excel would read as a formula (it starts with `=`, `+`, `-` or `@`) gets an apostrophe
 * in front, which Excel keeps as a text marker rather than as part of the value.
 */
export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `C7`-style address of a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}
