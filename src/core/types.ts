// The shared vocabulary of core: every host (CLI, Excel adapter, task pane) speaks these types.

export type ReportType =
  'azure' | 'm365' | 'surface' | 'd365' | 'security' | 'renewals' | 'unknown';

export type ColumnRole =
  | 'identifier'
  | 'firmographic'
  | 'segment'
  | 'fit'
  | 'intent'
  | 'cluster'
  | 'cohort'
  | 'ownership'
  | 'competitive'
  | 'licensing'
  | 'renewal'
  | 'revenue'
  | 'activity'
  | 'other';

/** A finer meaning for the columns core uses by name, beyond their role. */
export type ColumnKind =
  | 'customerId'
  | 'tpid'
  | 'duns'
  | 'partnerId'
  | 'agreementId'
  | 'postalCode'
  | 'accountName'
  | 'subSegment'
  | 'industry'
  | 'vertical'
  | 'country'
  | 'state'
  | 'city'
  | 'orgSize'
  | 'revenuePotential'
  | 'expiringRevenue'
  | 'agreementEndDate'
  | 'recentActivity';

export type Cluster = 'Act Now' | 'Evaluate' | 'Nurture' | 'Educate';

/** Clusters from best to worst; a cluster's index here is its rank. */
export const CLUSTERS: readonly Cluster[] = ['Act Now', 'Evaluate', 'Nurture', 'Educate'];

export type Lang = 'en' | 'pt-BR';

/**
 * Something worth telling the user that did not stop the work: a ragged row, a duplicate
 * header, a value that could not be read. Rendered to text by `src/i18n` from `code` and
 * `params`, so core stays language-free.
 */
export interface Problem {
  code: string;
  /** 1-based line number in the file (or row number in the sheet), when the problem has one. */
  line?: number;
  params?: Record<string, string | number>;
}

/** Result of reading CSV text: every cell stays text. */
export interface ReadResult {
  header: string[];
  /** Data rows only (title lines and the header are not included). */
  rows: string[][];
  /** 1-based line of the header in the file. */
  headerLine: number;
  delimiter: ',' | ';' | '\t';
  warnings: Problem[];
}

export interface ColumnInfo {
  /** 0-based position in the header. */
  index: number;
  /** The header exactly as in the file. */
  header: string;
  /** The header folded: lower case, only a-z and 0-9. */
  key: string;
  role: ColumnRole;
  kind?: ColumnKind;
  /** For fit, intent and cluster columns: the product name, as the header spells it (`Azure`). */
  product?: string;
}

/** One product's score triplet; any part may be missing from a file. */
export interface ProductColumns {
  product: string;
  cluster?: number;
  fit?: number;
  intent?: number;
}

/** Why detection decided what it did; rendered by `src/i18n`. */
export interface Evidence {
  code: string;
  params?: Record<string, string | number>;
}

export interface ReportProfile {
  reportType: ReportType;
  /** Id of the documented layout that matched (e.g. `azure-fy24`), `newer`, or `unrecognized`. */
  layout: string;
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
  columns: ColumnInfo[];
  products: ProductColumns[];
  /** The column that names an account in messages and output: customer ID, else TPID, else name. */
  identifierColumn?: number;
  accountNameColumn?: number;
  revenueColumn?: number;
  recentColumn?: number;
  /** Report types that fit the header equally well (M365 vs Surface), best first. */
  candidates: ReportType[];
  warnings: Problem[];
}

export interface DetectOptions {
  /** File or sheet name; decides between report types that share a structure. */
  nameHint?: string;
  /** A few data rows; value shapes refine roles that headers leave open. */
  sampleRows?: readonly (readonly string[])[];
}

/** Fit/Intent band boundaries: a score at or above `high` is High, and so on. */
export interface Bands {
  high: number;
  medium: number;
  low: number;
}

export const DEFAULT_BANDS: Bands = { high: 75, medium: 55, low: 30 };

export type Band = 'High' | 'Medium' | 'Low' | 'Very Low';

export interface WhereFilter {
  /** Header as in the file (matched after folding). */
  column: string;
  value: string;
}

export interface TargetCriteria {
  /** Default: Act Now and Evaluate. */
  clusters?: Cluster[];
  /** Headers of cluster columns; replaces the report type's default set when given. */
  clusterColumns?: string[];
  /** Headers of cohort columns that must all be Yes. */
  cohorts?: string[];
  recentOnly?: boolean;
  where?: WhereFilter[];
  bands?: Bands;
}

/** A structured reason; `src/i18n` renders a list of them as one line. */
export type Reason =
  | { kind: 'cluster'; cluster: Cluster; product: string }
  | {
      kind: 'scores';
      product: string;
      fit?: number;
      fitBand?: Band;
      intent?: number;
      intentBand?: Band;
    }
  | { kind: 'segment'; code: string }
  | { kind: 'cohorts'; names: string[] }
  | { kind: 'ownership'; product: string; has: boolean }
  | { kind: 'competitor'; name: string }
  | { kind: 'recent'; transacted: boolean }
  | {
      kind: 'renewal';
      date?: string;
      expiringRevenue?: number;
      /** The cell as written, when the number alone would misstate it (a band, reais). */
      expiringRevenueText?: string;
    }
  | {
      kind: 'revenue';
      amount: number;
      /** The cell as written, when the number alone would misstate it (a band, reais). */
      text?: string;
    };

export interface TargetRow {
  /** 0-based index into the data rows given to `planTargets`. */
  row: number;
  /** 1..n in output order. */
  priority: number;
  /** Fit/Intent segment code (A1..D4) of the product that gave the best cluster, if scored. */
  segmentCode?: string;
  bestCluster?: Cluster;
  product?: string;
  revenue?: number;
  reasons: Reason[];
}

export interface TargetPlan {
  /** The criteria with defaults filled in, headers resolved to the file's spelling. */
  criteria: Required<Omit<TargetCriteria, 'bands'>> & { bands: Bands };
  /** Column indexes of the cluster columns used. */
  clusterColumns: number[];
  cohortColumns: number[];
  /** Keys in the order they were applied: 'revenue', 'cluster', 'fitIntent', 'fileOrder'. */
  sortedBy: string[];
  targets: TargetRow[];
  problems: Problem[];
}

export type ClusterCountKey = Cluster | '(blank)' | '(other)';

export interface Analysis {
  rows: number;
  /** header → counts per cluster label. */
  clusterCounts: Record<string, Record<ClusterCountKey, number>>;
  cohortCounts: { header: string; yes: number }[];
  /** product → 4×4 counts, [fitBand][intentBand], High first. */
  matrix: Record<string, number[][]>;
  /** cluster header → revenue potential summed per cluster label. */
  revenueByCluster: Record<string, Record<ClusterCountKey, number>>;
  problems: Problem[];
}

/** A data-returning outcome for operations the user's input can make fail. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Problem };
