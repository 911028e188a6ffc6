// Excel's sort order: ascending puts numbers, then text (case-insensitive unless matchCase),
// then FALSE/TRUE, then errors; descending reverses those; blanks always go last. The sort is
// stable, so equal keys keep their row order.

import { ERROR_VALUES } from './cell-input';
import type { CellValue } from './number-format';

export interface SortKey {
  values: readonly CellValue[];
  ascending: boolean;
}

const BLANK_RANK = 4;

function rankOf(value: CellValue): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'boolean') return 2;
  if (value === '') return BLANK_RANK;
  return ERROR_VALUES.has(value) ? 3 : 1;
}

interface PreparedKey {
  ranks: Uint8Array;
  numbers: Float64Array;
  folded: string[];
  raw: readonly CellValue[];
  direction: number;
}

function prepare(key: SortKey): PreparedKey {
  const n = key.values.length;
  const ranks = new Uint8Array(n);
  const numbers = new Float64Array(n);
  const folded: string[] = new Array<string>(n);
  for (let i = 0; i < n; i += 1) {
    const value = key.values[i];
    ranks[i] = rankOf(value);
    if (typeof value === 'number') numbers[i] = value;
    else if (typeof value === 'boolean') numbers[i] = value ? 1 : 0;
    else folded[i] = value.toLowerCase();
  }
  return { ranks, numbers, folded, raw: key.values, direction: key.ascending ? 1 : -1 };
}

function compareOne(k: PreparedKey, a: number, b: number, matchCase: boolean): number {
  const ra = k.ranks[a];
  const rb = k.ranks[b];
  if (ra === BLANK_RANK || rb === BLANK_RANK) return ra === rb ? 0 : ra === BLANK_RANK ? 1 : -1;
  if (ra !== rb) return (ra - rb) * k.direction;
  if (ra === 0 || ra === 2) return (k.numbers[a] - k.numbers[b]) * k.direction;
  const fa = k.folded[a];
  const fb = k.folded[b];
  if (fa !== fb) return (fa < fb ? -1 : 1) * k.direction;
  if (!matchCase) return 0;
  const sa = k.raw[a] as string;
  const sb = k.raw[b] as string;
  // With matchCase Excel puts the lowercase spelling first.
  return sa === sb ? 0 : (sa > sb ? -1 : 1) * k.direction;
}

/** Returns the new order of `count` rows: position i takes the row at index order[i]. */
export function sortOrder(count: number, keys: readonly SortKey[], matchCase: boolean): number[] {
  const prepared = keys.map(prepare);
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort((a, b) => {
    for (const key of prepared) {
      const result = compareOne(key, a, b, matchCase);
      if (result !== 0) return result;
    }
    return a - b;
  });
  return order;
}
