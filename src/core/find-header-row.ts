// Downloads sometimes start with title lines ("CloudAscent - Azure propensity", "Report
// generated 2026-11-25") before the header. The header is the line with the most distinct,
// non-empty, non-numeric cells: title lines have one or two cells, data rows have numbers,
// blanks and repeated Yes/No values, while every header cell is a distinct name.

/** The header must be among this many non-blank lines at the top of the file. */
export const HEADER_SEARCH_LINES = 10;

/**
 * A line counts as the header when its score reaches this share of the best score, so a data
 * row that happens to hold a little more text than a short header does not displace it.
 */
const HEADER_SHARE = 0.8;

// A cell with a digit and no letter is a number, date, amount or ID, never a column name.
const NUMERIC_CELL = /^[^\p{L}]*\d[^\p{L}]*$/u;

/** Every cell empty or whitespace; such lines are skipped wherever they are. */
export function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) {
    if (cell.length > 0 && (cell.charCodeAt(0) > 32 || cell.trim() !== '')) return false;
  }
  return true;
}

/** Distinct non-empty, non-numeric cells, compared case-insensitively. */
export function headerScore(row: readonly string[]): number {
  const names = new Set<string>();
  for (const cell of row) {
    const name = cell.trim();
    if (name !== '' && !NUMERIC_CELL.test(name)) names.add(name.toLowerCase());
  }
  return names.size;
}

/**
 * Index (into `rows`) of the header: among the first `HEADER_SEARCH_LINES` non-blank rows, the
 * first whose score is at least 80% of the best score there. `undefined` when no row has a
 * single name-like cell.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number | undefined {
  const candidates: { index: number; score: number }[] = [];
  for (let i = 0; i < rows.length && candidates.length < HEADER_SEARCH_LINES; i++) {
    if (!isBlankRow(rows[i])) candidates.push({ index: i, score: headerScore(rows[i]) });
  }

  const best = Math.max(0, ...candidates.map((candidate) => candidate.score));
  if (best === 0) return undefined;
  return candidates.find((candidate) => candidate.score >= best * HEADER_SHARE)?.index;
}
