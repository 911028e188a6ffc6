// The document the host holds: plain data, no proxies. Proxies reach it only while `sync()`
// executes the queued operations, the way Office.js requests reach the real workbook.

import { MAX_COLUMNS, MAX_ROWS, type Rect } from './address';
import { SheetGrid } from './sheet-grid';

/** Filter criteria per column, keyed by the column's offset inside the filtered block. */
export type CriteriaByColumn = Map<number, Excel.FilterCriteria>;

export interface AutoFilterModel {
  rect: Rect;
  criteria: CriteriaByColumn;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  rect: Rect;
  columnIds: number[];
  nextColumnId: number;
  criteria: CriteriaByColumn;
  showFilterButton: boolean;
  sortFields: Excel.SortField[];
  sortMatchCase: boolean;
  style: string;
  flags: Record<string, boolean>;
  deleted: boolean;
}

export interface NoteModel {
  id: string;
  sheet: SheetModel;
  row: number;
  col: number;
  content: string;
  authorName: string;
  visible: boolean;
  width: number;
  height: number;
  deleted: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  sheet: SheetModel;
  rects: Rect[];
  type: string;
  textRule: Excel.ConditionalTextComparisonRule | null;
  cellValueRule: Excel.ConditionalCellValueRule | null;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  stopIfTrue: boolean;
  deleted: boolean;
}

export interface SheetModel {
  book: WorkbookModel;
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  grid: SheetGrid;
  rowHidden: Uint8Array;
  columnHidden: Uint8Array;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  protected: boolean;
  autoFilter: AutoFilterModel | null;
  notes: NoteModel[];
  customProperties: Map<string, { key: string; value: string }>;
  conditionalFormats: ConditionalFormatModel[];
  merges: Rect[];
  freeze: { rows: number; columns: number };
  selection: Rect;
  deleted: boolean;
}

export interface NamedItemModel {
  name: string;
  sheet: SheetModel | null;
  rect: Rect | null;
  formula: string;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

export interface CustomPropertyModel {
  key: string;
  value: string | number | boolean | Date;
}

export interface WorkbookModel {
  name: string;
  sheets: SheetModel[];
  activeSheet: SheetModel;
  tables: TableModel[];
  settings: Map<string, { key: string; json: string }>;
  customProperties: Map<string, CustomPropertyModel>;
  documentProperties: Record<string, string | number>;
  names: Map<string, NamedItemModel>;
  conditionalFormatCount: number;
  nextId: number;
}

/** Column width Excel reports for a standard 8.43-character column, in points. */
export const STANDARD_COLUMN_WIDTH = 48;
/** Default row height in points. */
export const STANDARD_ROW_HEIGHT = 15;

export function newSheet(workbook: WorkbookModel, name: string): SheetModel {
  workbook.nextId += 1;
  return {
    book: workbook,
    id: `{00000000-0001-0000-${String(workbook.nextId).padStart(4, '0')}-000000000000}`,
    name,
    visibility: 'Visible',
    grid: new SheetGrid(),
    rowHidden: new Uint8Array(MAX_ROWS),
    columnHidden: new Uint8Array(MAX_COLUMNS),
    columnWidths: new Map(),
    rowHeights: new Map(),
    protected: false,
    autoFilter: null,
    notes: [],
    customProperties: new Map(),
    conditionalFormats: [],
    merges: [],
    freeze: { rows: 0, columns: 0 },
    selection: { top: 0, left: 0, bottom: 0, right: 0 },
    deleted: false,
  };
}

export function newWorkbook(name: string, sheetNames: readonly string[]): WorkbookModel {
  const workbook: WorkbookModel = {
    name,
    sheets: [],
    activeSheet: undefined as unknown as SheetModel,
    tables: [],
    settings: new Map(),
    customProperties: new Map(),
    documentProperties: { title: '', author: '', subject: '', keywords: '', comments: '' },
    names: new Map(),
    conditionalFormatCount: 0,
    nextId: 0,
  };
  for (const sheetName of sheetNames.length > 0 ? sheetNames : ['Sheet1']) {
    workbook.sheets.push(newSheet(workbook, sheetName));
  }
  workbook.activeSheet = workbook.sheets[0];
  return workbook;
}

export function findSheet(workbook: WorkbookModel, key: string): SheetModel | null {
  const lower = key.toLowerCase();
  return workbook.sheets.find((s) => s.name.toLowerCase() === lower || s.id === key) ?? null;
}

export function findTable(workbook: WorkbookModel, key: string): TableModel | null {
  const lower = key.toLowerCase();
  return workbook.tables.find((t) => t.name.toLowerCase() === lower || t.id === key) ?? null;
}

export function tablesOn(workbook: WorkbookModel, sheet: SheetModel): TableModel[] {
  return workbook.tables.filter((t) => t.sheet === sheet);
}
