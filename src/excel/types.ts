// The Excel adapter's public contract: what the task pane and the ribbon commands call.
// Everything that touches the workbook goes through a `ReportAdapter`; core does the thinking.

import type {
  Analysis,
  Cluster,
  Lang,
  Problem,
  ReportProfile,
  ReportType,
  TargetCriteria,
} from '../core/types';

/** `Excel.run` or the in-memory host's equivalent; injected so tests need no Excel. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type WorkStage = 'read' | 'write' | 'filter' | 'sort' | 'format' | 'notes' | 'reset';

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

export interface ReportAdapter {
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
