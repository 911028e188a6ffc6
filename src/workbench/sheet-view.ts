// What Excel would show of a worksheet in the in-memory host: rows hidden by a filter and hidden
// columns left out, each cell's displayed text, its fill (conditional formats included), and
// its note. Row 1 is the report's header. Only the first rows are built: the grid is for
// looking, and a long report needs only a count of the rest.

import {
  cellAppearance,
  hiddenRowNumbers,
  sheetTexts,
  type ExcelHost,
} from '../../test/excel-host';

export interface GridCell {
  text: string;
  /** Fill colour a user sees (`#C6EFCE`), or null for none. */
  fill: string | null;
  bold: boolean;
  note: string | null;
}

export interface GridRow {
  /** The sheet's 1-based row number. */
  number: number;
  cells: GridCell[];
}

export interface GridColumn {
  /** 0-based sheet column. */
  index: number;
  letter: string;
}

export interface SheetView {
  sheetName: string;
  columns: GridColumn[];
  /** Row 1, the report's header; undefined for an empty sheet. */
  header: GridRow | undefined;
  /** The first visible rows below the header, at most the limit asked for. */
  rows: GridRow[];
  /** Visible rows below the header, shown or not. */
  visibleCount: number;
  /** Rows below the header hidden by a filter or by hand. */
  hiddenCount: number;
}

/** Excel's column letters for a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function sheetView(host: ExcelHost, sheetName: string, limit: number): SheetView {
  const texts = sheetTexts(host, sheetName);
  const hidden = new Set(hiddenRowNumbers(host, sheetName));
  const columnHidden = host.model.sheets.find((sheet) => sheet.name === sheetName)?.columnHidden;
  const width = texts.reduce((widest, row) => Math.max(widest, row.length), 0);
  const columns: GridColumn[] = [];
  for (let c = 0; c < width; c += 1) {
    if (columnHidden?.[c] !== 1) columns.push({ index: c, letter: columnLetter(c) });
  }

  const rowAt = (r: number): GridRow => ({
    number: r + 1,
    cells: columns.map(({ letter }) => {
      const cell = cellAppearance(host, sheetName, `${letter}${r + 1}`);
      return { text: cell.text, fill: cell.fill, bold: cell.bold, note: cell.note };
    }),
  });

  const visible: number[] = [];
  for (let r = 1; r < texts.length; r += 1) if (!hidden.has(r + 1)) visible.push(r);
  return {
    sheetName,
    columns,
    header: texts.length > 0 ? rowAt(0) : undefined,
    rows: visible.slice(0, limit).map(rowAt),
    visibleCount: visible.length,
    hiddenCount: Math.max(0, texts.length - 1 - visible.length),
  };
}
