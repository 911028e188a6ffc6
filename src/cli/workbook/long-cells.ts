// Excel cells hold 32,767 characters; the workbook keeps the start of a longer one and the
// command says where, because a report value is never changed without telling the user.

import { EXCEL_MAX_CELL_CHARS } from './cell-text';

export interface LongCells {
  count: number;
  /** The first long cell: its 1-based line in the file and its column's header. */
  first?: { line: number; column: string };
}

/**
 * Cells longer than an Excel cell holds, header included. `headerLine` is the header's line in
 * the file; data rows follow it (exact unless a quoted cell above holds a line break).
 */
export function findLongCells(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  headerLine: number,
): LongCells {
  const found: LongCells = { count: 0 };
  const check = (cells: readonly string[], line: number): void => {
    for (let c = 0; c < cells.length; c++) {
      if (cells[c].length <= EXCEL_MAX_CELL_CHARS) continue;
      found.count++;
      found.first ??= { line, column: header[c] ?? '' };
    }
  };

  check(header, headerLine);
  for (let r = 0; r < rows.length; r++) check(rows[r], headerLine + 1 + r);
  return found;
}
