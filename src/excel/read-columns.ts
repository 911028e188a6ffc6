// Reads chosen columns of a block of rows in chunks that fit one request each: every contiguous
// run of wanted columns becomes one range per chunk, and all of a chunk's ranges load in one
// sync. The first chunk is sized from sample rows (or a guess); later chunks from the largest
// bytes per row seen so far. A chunk Excel still refuses for its size is read again in halves.

import { isPayloadError } from './adapter-error';
import {
  BUDGET_SHARE,
  FIRST_GUESS_BYTES_PER_CELL,
  MAX_CELLS_PER_REQUEST,
  MAX_PAYLOAD_BYTES,
} from './limits';
import { jsonBytes } from './payload';
import type { WorkControl } from './work-control';

export type CellProperty = 'values' | 'text';

export interface ReadRequest {
  /** 0-based sheet row of the first row read. */
  top: number;
  rowCount: number;
  /** 0-based sheet columns whose raw values are read. */
  values: readonly number[];
  /** 0-based sheet columns whose displayed text is read. */
  texts: readonly number[];
  /**
   * Bytes one row of these columns takes, measured on sample rows, to size the first chunk;
   * without it a generous guess per cell makes the first chunk small.
   */
  bytesPerRow?: number;
}

export interface ColumnsRead {
  /** Sheet column → its cells, top to bottom. */
  values: Map<number, unknown[]>;
  texts: Map<number, string[]>;
}

interface Run {
  property: CellProperty;
  start: number;
  length: number;
}

/** Contiguous runs of distinct columns, e.g. 3,4,5,9 → [3..5], [9]. */
export function columnRuns(columns: readonly number[], property: CellProperty): Run[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.start + last.length === column) last.length += 1;
    else runs.push({ property, start: column, length: 1 });
  }
  return runs;
}

/** Rows per chunk for a measured (or guessed) size of one row. */
export function rowsPerChunk(bytesPerRow: number, cellsPerRow: number): number {
  const byBytes = Math.floor((MAX_PAYLOAD_BYTES * BUDGET_SHARE) / Math.max(1, bytesPerRow));
  const byCells = Math.floor(MAX_CELLS_PER_REQUEST / Math.max(1, cellsPerRow));
  return Math.max(1, Math.min(byBytes, byCells));
}

export async function readColumns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  request: ReadRequest,
  work: WorkControl,
): Promise<ColumnsRead> {
  const runs = [...columnRuns(request.values, 'values'), ...columnRuns(request.texts, 'text')];
  const result: ColumnsRead = { values: new Map(), texts: new Map() };
  for (const run of runs) {
    for (let c = run.start; c < run.start + run.length; c++) {
      if (run.property === 'values') result.values.set(c, new Array<unknown>(request.rowCount));
      else result.texts.set(c, new Array<string>(request.rowCount));
    }
  }
  const cellsPerRow = runs.reduce((sum, run) => sum + run.length, 0);
  if (cellsPerRow === 0 || request.rowCount === 0) return result;

  let largestRow = request.bytesPerRow ?? 0;
  let chunk = rowsPerChunk(largestRow || cellsPerRow * FIRST_GUESS_BYTES_PER_CELL, cellsPerRow);
  let done = 0;
  while (done < request.rowCount) {
    work.check();
    const count = Math.min(chunk, request.rowCount - done);
    const ranges = runs.map((run) => {
      const range = sheet.getRangeByIndexes(request.top + done, run.start, count, run.length);
      range.load(run.property);
      return { run, range };
    });
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || count === 1) throw error;
      chunk = Math.max(1, Math.floor(count / 2));
      continue;
    }

    let bytes = 0;
    for (const { run, range } of ranges) {
      const cells = run.property === 'values' ? range.values : range.text;
      bytes += jsonBytes(cells);
      spread(cells, run, done, result);
    }
    done += count;
    work.progress('read', done, request.rowCount);
    largestRow = Math.max(largestRow, bytes / count);
    chunk = rowsPerChunk(largestRow, cellsPerRow);
  }
  return result;
}

/** Copies a chunk's rows into the per-column arrays. */
function spread(cells: unknown[][], run: Run, offset: number, into: ColumnsRead): void {
  for (let c = 0; c < run.length; c++) {
    const column =
      run.property === 'values'
        ? (into.values.get(run.start + c) as unknown[])
        : (into.texts.get(run.start + c) as unknown[]);
    for (let r = 0; r < cells.length; r++) column[offset + r] = cells[r][c];
  }
}
