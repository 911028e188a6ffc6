// Writes a block of rows (the helper columns) in whole-block chunks that fit one request each:
// the chunk grows row by row until the next row would pass the byte or cell budget. The bytes
// are those of the values themselves, so the estimate is exact up to the request's envelope;
// a chunk Excel still refuses for its size is sent again in halves.

import { isPayloadError } from './adapter-error';
import { MAX_CELLS_PER_REQUEST, WRITE_BUDGET_BYTES } from './limits';
import { jsonBytes } from './payload';
import type { WorkControl } from './work-control';

export interface WriteTarget {
  /** 0-based sheet row and column of the block's top-left cell. */
  top: number;
  left: number;
  /**
   * A number format per column, set on each chunk before its values (a new column may have
   * inherited a text format from its neighbour). One format covers a whole column of the chunk;
   * an undefined entry leaves its column's format alone.
   */
  formats?: readonly (string | undefined)[];
}

export async function writeRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  target: WriteTarget,
  rows: readonly (readonly (string | number)[])[],
  work: WorkControl,
): Promise<void> {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return;
  const byteBudget = WRITE_BUDGET_BYTES;
  const formats = target.formats ?? [];
  // A format set on a column of the chunk counts against the cell budget like its values.
  const cellsPerRow = width + formats.filter((format) => format !== undefined).length;
  const rowBudget = Math.max(1, Math.floor(MAX_CELLS_PER_REQUEST / cellsPerRow));

  let start = 0;
  let limit = rowBudget;
  while (start < rows.length) {
    work.check();
    let end = start;
    let bytes = 0;
    while (end < rows.length && end - start < limit) {
      const size = jsonBytes(rows[end]) + 1;
      if (end > start && bytes + size > byteBudget) break;
      bytes += size;
      end += 1;
    }
    formats.forEach((format, i) => {
      if (format === undefined) return;
      const column = sheet.getRangeByIndexes(target.top + start, target.left + i, end - start, 1);
      // Office.js applies a single value to every cell of the range.
      (column as unknown as { numberFormat: string }).numberFormat = format;
    });
    const range = sheet.getRangeByIndexes(target.top + start, target.left, end - start, width);
    range.values = rows.slice(start, end) as (string | number)[][];
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || end - start === 1) throw error;
      limit = Math.max(1, Math.floor((end - start) / 2));
      continue;
    }
    start = end;
    work.progress('write', start, rows.length);
  }
}
