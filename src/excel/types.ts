// The Excel adapter's public contract: what the task pane and the ribbon commands call.
// Everything that touches the workbook goes through a `ReportAdapter`; core does the thinking.

import type {
  Analysis,
  Cluster,
  ColumnKind,
  Lang,
  Problem,
  ReportProfile,
  ReportType,
  Result,
  TargetCriteria,
} from '../core/types';

/** `Excel.run` or the in-memory host's equivalent; injected so tests need no Excel. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type WorkStage =
  | 'read'
  | 'write'
  | 'filter'
  | 'sort'
  | 'format'
  | 'notes'
  | 'reset'
  /** Rows of a report file written into a new sheet. */
  | 'import';

export interface Progress {
  stage: WorkStage;
  /** Units of work done and in all (rows for reads and writes, steps otherwise). */
  done: number;
  total: number;
}

export interface WorkOptions {
  lang: Lang;
  onProgress?: (progress: Progress) => void;
  /** Aborting leaves the sheet as it was before the call. */
  signal?: AbortSignal;
}

/** A failure the user can act on; `message` is already in the user's language. */
export interface AdapterFailure {
  ok: false;
  code: string;
  message: string;
}

export type AdapterResult<T> = { ok: true; value: T; notices: string[] } | AdapterFailure;

/** One distinct displayed value of a firmographic column and how many rows hold it. */
export interface ValueCount {
  value: string;
  count: number;
}

export interface FilterColumn {
  header: string;
  values: ValueCount[];
}

export interface SheetReport {
  sheetName: string;
  workbookName?: string;
  profile: ReportProfile;
  /** 0-based sheet row of the header and number of data rows below it. */
  headerRow: number;
  rowCount: number;
  analysis: Analysis;
  /** Headers of the cluster columns targeting uses when the user picks none. */
  defaultClusterColumns: string[];
  /** Firmographic columns offered as filters (sub-segment, industry, country, ...). */
  filterColumns: FilterColumn[];
  /** True while M365 vs Surface is undecided and the user has not answered yet. */
  needsReportTypeChoice: boolean;
  /** A plan applied earlier (this session or before the file was saved) is still in place. */
  applied: boolean;
  notesSupported: boolean;
  warnings: Problem[];
  /**
   * Identifier columns whose values Excel already turned into numbers (lost leading zeros or
   * digits): the report should be opened again with Open report file…. Also in `warnings`.
   */
  damage?: DamagedColumn[];
}

/** An identifier column Excel changed when it opened the CSV. */
export interface DamagedColumn {
  header: string;
  kind?: ColumnKind;
  /** Cells holding a number or scientific notation instead of the identifier's text. */
  count: number;
  /** Of those, cells where leading zeros or digits are certainly gone. */
  lost: number;
}

export interface TargetSummary {
  priority: number;
  account: string;
  cluster?: Cluster;
  segmentCode?: string;
  why: string;
}

export interface TargetPreview {
  targeted: number;
  /** Counts of targeted rows per best cluster. */
  byCluster: Record<Cluster, number>;
  top: TargetSummary[];
  problems: Problem[];
}

export interface ApplyResult extends TargetPreview {
  /** Notes were written on the first targets' account-name cells. */
  notesWritten: number;
}

export interface ReportAdapter extends ReportFileActions {
  /** Detects the report on the active sheet and reads what core needs. */
  inspect(options: WorkOptions): Promise<AdapterResult<SheetReport>>;
  /** Remembers the user's M365/Surface answer in the workbook; `inspect` again afterwards. */
  chooseReportType(type: ReportType, options: WorkOptions): Promise<AdapterResult<void>>;
  /** Computes the target list from what `inspect` read, without touching the sheet. */
  preview(criteria: TargetCriteria, lang: Lang): TargetPreview;
  /** Table, filters, helper columns, Priority order and cluster colours, all or nothing. */
  apply(criteria: TargetCriteria, options: WorkOptions): Promise<AdapterResult<ApplyResult>>;
  /** Rewrites the Why column and the notes of the current target list. */
  explain(options: WorkOptions): Promise<AdapterResult<ApplyResult>>;
  /** Removes everything the add-in added and restores the original row order. */
  reset(options: WorkOptions): Promise<AdapterResult<void>>;
}

/** A CSV to import: the bytes of a file the user picked, or text already in the workbook. */
export type CsvInput =
  { fileName: string; bytes: ArrayBuffer } | { fileName: string; text: string };

/** A CSV parsed by core's reader and planned for writing, held where it was parsed. */
export interface ParsedCsv {
  header: string[];
  rowCount: number;
  /** Number format per column, set before its values ('@' for identifiers); undefined: General. */
  formats: (string | undefined)[];
  /** Data rows per batch, in file order; each batch fits one request. */
  batchSizes: number[];
  warnings: Problem[];
  /** One batch of data rows as cell values (numbers, text, text behind a text marker). */
  batch(index: number): Promise<(string | number)[][]>;
  /** Lets go of the parsed rows. */
  close(): void;
}

/** Parses a CSV; the task pane does it in a web worker, tests and the ribbon in process. */
export type CsvParser = (input: CsvInput) => Promise<Result<ParsedCsv>>;

export interface ImportResult {
  /** The new worksheet, now active. */
  sheetName: string;
  rowCount: number;
  columnCount: number;
  /** False when the header had blank or repeated names a table would have renamed. */
  table: boolean;
}

/** Import and repair; optional so that adapters written before them still compile. */
export interface ReportFileActions {
  /**
   * Opens a CSV into a new worksheet named after the file, identifiers formatted as text before
   * their values are written, as a table, and activates it. Cancelled or failed: no new sheet.
   */
  openReportFile?(input: CsvInput, options: WorkOptions): Promise<AdapterResult<ImportResult>>;
  /**
   * When `inspect` failed with `csv-in-column-a` (one CSV line per cell in column A), splits the
   * lines into columns on a new worksheet; the original sheet is left as it was.
   */
  splitColumnA?(options: WorkOptions): Promise<AdapterResult<ImportResult>>;
}
