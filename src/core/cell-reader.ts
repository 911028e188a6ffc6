// Reads typed values out of a row's cells for targeting, explanations and the summary. Each
// parser's answers are remembered per distinct text, and every cell that cannot be read is
// reported with its row instead of being guessed.

import { memoParse } from './memo-parse';
import { parseCluster } from './parse-cluster';
import { parseDate } from './parse-date';
import type { DateOrder } from './parse-date';
import { parseFlag } from './parse-flag';
import { parseMoney } from './parse-money';
import { readScore } from './read-score';
import type { Band, Cluster, ReportProfile } from './types';
import { UnreadableValues } from './unreadable-values';

export type Cells = readonly string[];

/** A cell holding only spaces is as blank as an empty or missing one. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

export class CellReader {
  readonly unreadable = new UnreadableValues();
  private readonly headers: string[] = [];
  // Cluster and flag parsers answer the documented spellings with a plain switch, which is
  // faster than remembering; scores and amounts go through regular expressions.
  private readonly clusterOf = parseCluster;
  private readonly flagOf = parseFlag;
  private readonly scoreOf = memoParse(readScore);
  private readonly moneyOf = memoParse(parseMoney);
  private dateOrder: DateOrder = 'MDY';

  constructor(profile: ReportProfile) {
    for (const column of profile.columns) this.headers[column.index] = column.header;
  }

  /** How `a/b/yyyy` dates are read; decided per file by the caller. */
  setDateOrder(order: DateOrder): void {
    this.dateOrder = order;
  }

  /** The cluster; `''` for blank; `null` for a label that is not a cluster (reported). */
  cluster(cells: Cells, row: number, column: number): Cluster | '' | null {
    const text = cells[column];
    const value = this.clusterOf(text);
    if (value === null) this.report('cluster', cells, row, column);
    return value;
  }

  /** True only for Yes; blank and No are false, and so is unreadable text (reported). */
  flag(cells: Cells, row: number, column: number): boolean {
    const value = this.flagOf(cells[column]);
    if (value === null) this.report('flag', cells, row, column);
    return value === true;
  }

  /** Yes or No; `undefined` for a blank cell and for unreadable text (reported). */
  flagOrBlank(cells: Cells, row: number, column: number): boolean | undefined {
    const text = cells[column];
    if (isBlank(text)) return undefined;
    const value = this.flagOf(text);
    if (value === null) this.report('flag', cells, row, column);
    return value ?? undefined;
  }

  /** A score or band word; `undefined` for blank and unreadable text (reported). */
  score(cells: Cells, row: number, column: number): number | Band | undefined {
    const value = this.scoreOf(cells[column]);
    if (value === null) this.report('score', cells, row, column);
    return value ?? undefined;
  }

  /** An amount (a band's lower bound); `undefined` for blank and unreadable text (reported). */
  money(cells: Cells, row: number, column: number): number | undefined {
    const value = this.moneyOf(cells[column]);
    if (value === null) this.report('money', cells, row, column);
    return value ?? undefined;
  }

  /** ISO `YYYY-MM-DD` or `YYYY-MM`; `undefined` for blank and unreadable text (reported). */
  date(cells: Cells, row: number, column: number): string | undefined {
    const value = parseDate(cells[column], this.dateOrder);
    if (value === null) this.report('date', cells, row, column);
    return value ?? undefined;
  }

  private report(
    kind: 'cluster' | 'flag' | 'score' | 'money' | 'date',
    cells: Cells,
    row: number,
    column: number,
  ): void {
    this.unreadable.report(kind, column, this.headers[column] ?? '', row, cells[column] ?? '');
  }
}
