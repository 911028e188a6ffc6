// A CSV opened by an Excel whose list separator is not the file's delimiter (a comma file on a
// Brazilian or Portuguese Excel, which splits on semicolons) lands with each whole line in one
// cell of the first column. The lines are still there, so core's reader can split them.

import { readCsv } from '../core/read-csv';
import { AdapterError } from './adapter-error';
import { coreText } from './cell-text';
import type { SheetFacts } from './locate-report';
import { readColumns } from './read-columns';
import type { WorkControl } from './work-control';

/** A report has many more columns than this; fewer is not worth offering a split. */
const MIN_COLUMNS = 3;
const DELIMITERS = /[,;\t]/;

/**
 * True when the top of the sheet holds CSV lines in its first column: every other cell there
 * is blank, and core's reader finds a header of at least 3 columns in those lines.
 */
export function holdsCsvInColumnA(facts: SheetFacts): boolean {
  const rows = facts.topValues;
  if (facts.used === undefined || rows.length === 0) return false;
  if (rows.some((row) => row.slice(1).some((cell) => coreText(cell) !== ''))) return false;

  const lines = rows.map((row) => coreText(row[0])).filter((line) => line.trim() !== '');
  if (!lines.some((line) => DELIMITERS.test(line))) return false;
  const read = readCsv(lines.join('\n'));
  return read.ok && read.value.header.length >= MIN_COLUMNS;
}

/** The first column's cells as lines of text, from the top of the used block down. */
export async function readColumnA(
  context: Excel.RequestContext,
  facts: SheetFacts,
  work: WorkControl,
): Promise<string> {
  const used = facts.used;
  if (used === undefined || !holdsCsvInColumnA(facts)) {
    throw new AdapterError('not-csv-in-column-a', 'excel.error.notCsvInColumnA');
  }
  const read = await readColumns(
    context,
    facts.sheet,
    { top: used.top, rowCount: used.rows, values: [used.left], texts: [] },
    work,
  );
  const cells = read.values.get(used.left) ?? [];
  // A quoted cell that held a line break was split over two rows; joining with a line break
  // puts it back together when the reader meets the open quote.
  return cells.map(coreText).join('\n');
}
