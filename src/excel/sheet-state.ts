// What the add-in changed on a sheet, kept in the workbook so that Explain and Reset work in a
// later session (or from a ribbon button, which shares no memory with the task pane).

import type { Lang, TargetCriteria } from '../core/types';

export const STATE_KEY = 'PropensityNavigator.state';
export const CHOICE_KEY = 'PropensityNavigator.reportType';

/** A conditional format the add-in added to one cluster column. */
export interface FormatRecord {
  /** Excel's id, when the add-in learned it; a format is also recognised by its rule. */
  id?: string;
  /** 0-based column inside the report. */
  column: number;
  kind: 'text' | 'formula';
  /** The ContainsText text or the Custom formula. */
  rule: string;
  /** Fill colour, `#RRGGBB`. */
  color: string;
}

export interface AppliedState {
  version: 1;
  /** Language of the Why column and the notes. */
  lang: Lang;
  criteria: TargetCriteria;
  /** 0-based sheet row of the header and column of the report's first column. */
  headerRow: number;
  left: number;
  /** Report columns (helper columns not included) and data rows. */
  width: number;
  rowCount: number;
  /** The add-in made the report a table (and turns it back into a range on reset). */
  tableCreated: boolean;
  /** Header cells the new table renamed (blank or repeated ones); null keeps a cell. */
  headerFix?: (string | number | boolean | null)[];
  /** A sheet AutoFilter without criteria, removed to make the table and put back on reset. */
  sheetFilter?: { top: number; left: number; rows: number; columns: number };
  /** The reused table's filter buttons were hidden before. */
  filterButtonHidden?: boolean;
  /** Names of the Priority, Segment, Why and original-row columns, in that order. */
  helpers: string[];
  /** 0-based sheet column the add-in hid (the original-row column). */
  hiddenColumn?: number;
  formats: FormatRecord[];
  /** 0-based report column of the account cells that carry notes. */
  noteColumn?: number;
  /** 0-based original data rows whose account cell got a note. */
  notes: number[];
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The saved state, `undefined` when there is none, or `'corrupt'` when it cannot be read. */
export function parseState(text: string | undefined): AppliedState | 'corrupt' | undefined {
  if (text === undefined || text === '') return undefined;
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    return 'corrupt';
  }
  if (typeof state !== 'object' || state === null) return 'corrupt';
  const s = state as Partial<AppliedState>;
  const shaped =
    s.version === 1 &&
    (s.lang === 'en' || s.lang === 'pt-BR') &&
    typeof s.criteria === 'object' &&
    [s.headerRow, s.left, s.width, s.rowCount].every(isNumber) &&
    typeof s.tableCreated === 'boolean' &&
    Array.isArray(s.helpers) &&
    s.helpers.length === 4 &&
    s.helpers.every((name) => typeof name === 'string') &&
    Array.isArray(s.formats) &&
    Array.isArray(s.notes) &&
    s.notes.every(isNumber);
  return shaped ? (s as AppliedState) : 'corrupt';
}
