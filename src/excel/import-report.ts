// Writes a parsed CSV into a new worksheet, all or nothing:
//
//   1. the workbook's sheet names are read, to name the new sheet after the file;
//   2. the sheet is added and the header written as text;
//   3. the rows, batch by batch, each in one request, with the text format set on identifier
//      columns of the batch before its values; the next batch is fetched from the parser while
//      this one is sent;
//   4. the block becomes a table (unless its header has blank or repeated names, which a table
//      would rename) and the sheet is activated.
//
// Cancelled or failed, the caller deletes the sheet by the name recorded in the journal, in a
// fresh request: nothing is left half-imported.

import { headerInput } from './import-cells';
import { sheetNameFor } from './sheet-name';
import type { ImportResult, ParsedCsv } from './types';
import type { WorkControl } from './work-control';
import { writeRows } from './write-rows';

export interface ImportJournal {
  /** Sheet names before the import; a name not among them is the import's own. */
  taken?: string[];
  /** The new sheet's name, recorded before the request that adds it. */
  sheetName?: string;
}

export async function importParsed(
  context: Excel.RequestContext,
  parsed: ParsedCsv,
  fileName: string,
  work: WorkControl,
  journal: ImportJournal,
): Promise<ImportResult> {
  const { header, rowCount } = parsed;
  const width = header.length;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();

  work.check();
  const taken = sheets.items.map((sheet) => sheet.name);
  const sheetName = sheetNameFor(fileName, taken);
  journal.taken = taken;
  journal.sheetName = sheetName;
  const sheet = sheets.add(sheetName);
  sheet.getRangeByIndexes(0, 0, 1, width).values = [header.map(headerInput)];
  await context.sync();

  await writeBatches(context, sheet, parsed, work);

  work.check();
  const table = tableAllowed(header);
  if (table) sheet.tables.add(sheet.getRangeByIndexes(0, 0, rowCount + 1, width), true);
  sheet.activate();
  await context.sync();
  return { sheetName, rowCount, columnCount: width, table };
}

async function writeBatches(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  parsed: ParsedCsv,
  work: WorkControl,
): Promise<void> {
  const { batchSizes, rowCount, formats } = parsed;
  let next = fetch(parsed, 0);
  let top = 1;
  for (let i = 0; i < batchSizes.length; i++) {
    const rows = await next;
    next = fetch(parsed, i + 1);
    if (rows.length !== batchSizes[i]) throw new Error(`Batch ${i} has the wrong number of rows.`);
    const offset = top - 1;
    await writeRows(context, sheet, { top, left: 0, formats }, rows, {
      check: () => work.check(),
      progress: (_, done) => work.progress('import', offset + done, rowCount),
    });
    top += rows.length;
  }
  await next;
}

/** Batch `index` if there is one; a fetch nobody waits for must not reject unhandled. */
function fetch(parsed: ParsedCsv, index: number): Promise<(string | number)[][]> {
  if (index >= parsed.batchSizes.length) return Promise.resolve([]);
  const pending = parsed.batch(index);
  pending.catch(() => undefined);
  return pending;
}

/** A table keeps its headers unique, non-blank text; other headers would be renamed. */
export function tableAllowed(header: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const name of header) {
    const key = name.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
  }
  return header.length > 0;
}

/** Deletes the sheet an import added, if it got that far; used in a fresh request. */
export async function removeImportedSheet(
  context: Excel.RequestContext,
  journal: ImportJournal,
): Promise<void> {
  const { sheetName, taken } = journal;
  if (sheetName === undefined || taken === undefined) return;
  if (taken.some((name) => name.toLowerCase() === sheetName.toLowerCase())) return;
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  if (sheet.isNullObject) return;
  sheet.delete();
  await context.sync();
}
