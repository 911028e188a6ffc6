// Sheet "Report": every original row, unchanged, with filter buttons. It is an Excel table when
// Excel allows one; an Excel table needs unique, non-blank column names and cannot be written by
// the streaming writer used for large reports, so otherwise it is a plain range with AutoFilter.

import type { Worksheet } from 'exceljs';
import { fitCell, textStyle, writeText } from './cell-text';
import type { GridShape, WorkbookInput } from './workbook-input';

/** Excel's limit on a table column name. */
const MAX_TABLE_COLUMN_NAME = 255;

/** Whether the header can name a table's columns and the table can hold every cell. */
export function canBeTable(input: WorkbookInput, shape: GridShape): boolean {
  const { header, rows } = input;
  if (rows.length === 0 || shape.width > header.length) return false;
  const seen = new Set<string>();
  for (const name of header) {
    // Excel compares table column names without regard to case.
    const key = name.toLowerCase();
    if (name.trim() === '' || name.length > MAX_TABLE_COLUMN_NAME || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

function filledRow(cells: readonly string[], width: number): (string | null)[] {
  const values = new Array<string | null>(width).fill(null);
  cells.forEach((text, i) => {
    if (text !== '') values[i] = fitCell(text);
  });
  return values;
}

/** The report as an Excel table named ReportTable; only for reports `canBeTable` accepts. */
export function fillReportTable(sheet: Worksheet, input: WorkbookInput, shape: GridShape): void {
  sheet.addTable({
    name: 'ReportTable',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: input.header.map((name) => ({ name, filterButton: true })),
    rows: input.rows.map((cells) => filledRow(cells, shape.width)),
  });

  // The table wrote the values; the cells still need their formats.
  const headerRow = sheet.getRow(1);
  input.header.forEach((name, c) => {
    headerRow.getCell(c + 1).style = textStyle(name, false, true);
  });
  input.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 2);
    cells.forEach((text, c) => {
      if (text !== '') row.getCell(c + 1).style = textStyle(text, shape.textColumns[c] ?? false);
    });
  });
}

/** The report as a plain range with AutoFilter on its header row. */
export function fillReportRange(sheet: Worksheet, input: WorkbookInput, shape: GridShape): void {
  const headerRow = sheet.getRow(1);
  input.header.forEach((name, i) => writeText(headerRow.getCell(i + 1), name, false, true));
  headerRow.commit();

  input.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 2);
    cells.forEach((text, c) => writeText(row.getCell(c + 1), text, shape.textColumns[c] ?? false));
    row.commit();
  });

  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: shape.width } };
}
