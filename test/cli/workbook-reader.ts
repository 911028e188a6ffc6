// Reads a workbook the command line wrote, the way a test needs to see it: text per cell, the
// cell's type and format, notes as plain text.

import { Workbook, ValueType, type Cell, type Worksheet } from 'exceljs';

export async function openWorkbook(path: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function sheet(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

/** A cell's text; a blank cell reads as ''. Throws on anything that is not plain text. */
export function textOf(cell: Cell): string {
  if (cell.type === ValueType.Null) return '';
  if (cell.type !== ValueType.String) {
    throw new Error(
      `${cell.address} is not a text cell (type ${cell.type}): ${String(cell.value)}`,
    );
  }
  return cell.value as string;
}

/** `width` cells of a row as text. */
export function rowText(worksheet: Worksheet, row: number, width: number): string[] {
  const cells: string[] = [];
  for (let c = 1; c <= width; c++) cells.push(textOf(worksheet.getRow(row).getCell(c)));
  return cells;
}

export function noteOf(cell: Cell): string | undefined {
  const note: unknown = cell.note;
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts ?? [];
  return texts.map((part) => part.text).join('');
}

/** Range of the named table, e.g. `A1:BO121`. */
export function tableRange(worksheet: Worksheet, name: string): string | undefined {
  const table = worksheet.getTable(name) as unknown as
    { model?: { tableRef?: string; ref?: string } } | undefined;
  return table?.model?.tableRef ?? table?.model?.ref;
}

/** Excel's letters for a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
