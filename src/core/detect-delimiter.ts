// The delimiter is chosen by how regularly it splits the first lines. Counting occurrences is
// not enough: a semicolon file from a Portuguese-locale Excel has commas inside its cells
// (`Contoso, Ltda`, `1.234,56`), but they split each line into a different number of pieces.

import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';
export type Newline = '\r\n' | '\n' | '\r';

// Comma first: it wins a tie, as the most common delimiter of Partner Center downloads.
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/** Lines looked at; enough to pass title lines and see several data rows. */
const SNIFF_LINES = 30;

/**
 * Picks the delimiter that splits the most sniffed lines into the same number of cells,
 * weighted by that number: score = the largest (lines split into c cells) × (c − 1) over every
 * cell count c. Lines split into one cell (title lines, blank lines) count for nothing. A split
 * shared by two or more lines beats any split seen on one line only, so a single row of
 * comma-rich text cannot outvote a tab-separated header and its rows.
 * `sample` should be a prefix of the file that ends at a line break.
 */
export function detectDelimiter(sample: string, newline: Newline): Delimiter {
  let best: Delimiter = CANDIDATES[0];
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const rows = Papa.parse<string[]>(sample, { delimiter, newline, preview: SNIFF_LINES }).data;
    const score = regularity(rows);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Beyond any score a single line can reach, so repeated splits always rank first. */
const REPEATED = 2 ** 40;

function regularity(rows: readonly string[][]): number {
  const linesPerCount = new Map<number, number>();
  for (const row of rows) {
    if (row.length > 1) linesPerCount.set(row.length, (linesPerCount.get(row.length) ?? 0) + 1);
  }

  let score = 0;
  for (const [cells, lines] of linesPerCount) {
    score = Math.max(score, lines * (cells - 1) + (lines > 1 ? REPEATED : 0));
  }
  return score;
}

/** The line break of the first line that ends outside quotes; `\n` when there is none. */
export function detectNewline(sample: string): Newline {
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const char = sample[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\r') return sample[i + 1] === '\n' ? '\r\n' : '\r';
    else if (!quoted && char === '\n') return '\n';
  }
  return '\n';
}
