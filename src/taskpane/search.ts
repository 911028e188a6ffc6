// Searching the pane's long lists (solution plays, cities) the way the report's values are
// compared elsewhere: ignoring case, accents and extra spaces, so "sao" finds "São Paulo".

import { foldText } from '../core/fold';
import type { ValueCount } from '../excel/types';

/** True when every word of `query` appears somewhere in `text`. */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldText(query)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return true;
  const folded = foldText(text);
  return words.every((word) => folded.includes(word));
}

export interface FoundValues {
  /** The matching values to list, most frequent first. */
  shown: ValueCount[];
  /** How many values match in all. */
  total: number;
}

/**
 * The values matching `query`, most frequent first, at most `limit` of them: a city column can
 * hold thousands of values, and a list that long helps nobody find one.
 */
export function findValues(
  values: readonly ValueCount[],
  query: string,
  limit: number,
): FoundValues {
  const matching = values.filter((item) => matchesQuery(item.value, query));
  matching.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { shown: matching.slice(0, limit), total: matching.length };
}
