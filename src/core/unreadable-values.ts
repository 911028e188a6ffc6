// Values core cannot read are reported, never guessed. A broken export can make a whole column
// unreadable, so only the first few cells per column are listed and the rest are counted.

import type { Problem } from './types';

export type ValueKind = 'cluster' | 'score' | 'money' | 'flag' | 'date';

/** Cells listed one by one per column and kind before the rest are only counted. */
export const LISTED_PER_COLUMN = 5;

const LONGEST_QUOTED_VALUE = 40;

interface Tally {
  kind: ValueKind;
  header: string;
  count: number;
}

/** Collects unreadable cells as problems: `unreadable-<kind>` with the 1-based data row. */
export class UnreadableValues {
  private readonly listed: Problem[] = [];
  private readonly tallies = new Map<string, Tally>();
  /** Cells already reported: a cell read twice (to sort and to explain) is one problem. */
  private readonly seen = new Set<string>();

  /** `row` is the 0-based data-row index; problems carry it 1-based (the first account is 1). */
  report(kind: ValueKind, column: number, header: string, row: number, value: string): void {
    const cell = `${column}:${row}`;
    if (this.seen.has(cell)) return;
    this.seen.add(cell);

    const key = `${kind}:${column}`;
    let tally = this.tallies.get(key);
    if (tally === undefined) {
      tally = { kind, header, count: 0 };
      this.tallies.set(key, tally);
    }
    tally.count++;
    if (tally.count > LISTED_PER_COLUMN) return;

    const shown =
      value.length > LONGEST_QUOTED_VALUE ? `${value.slice(0, LONGEST_QUOTED_VALUE)}…` : value;
    this.listed.push({
      code: `unreadable-${kind}`,
      params: { column: header, row: row + 1, value: shown },
    });
  }

  /** The listed cells, then one `more-unreadable-values` problem per column that had more. */
  problems(): Problem[] {
    const result = [...this.listed];
    for (const tally of this.tallies.values()) {
      if (tally.count <= LISTED_PER_COLUMN) continue;
      result.push({
        code: 'more-unreadable-values',
        params: { column: tally.header, count: tally.count - LISTED_PER_COLUMN },
      });
    }
    return result;
  }
}
