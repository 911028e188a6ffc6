// Headers that look like one the user typed, for the "no such column" message: a header that
// contains what was typed (`mw teams` → `MW_Teams Phone`), or one a few typos away (`Contry` →
// `Country`). Both are compared folded, so case, spaces and underscores do not count.

import { foldKey } from '../core';

/** Headers named at most. */
export const CLOSE_SHOWN = 3;
/** Typed text shorter than this is contained in too many headers to suggest any. */
const MIN_CONTAINED = 3;
/** Edits allowed per character of the longer key: 1 in 4 still reads as a typo. */
const MAX_EDIT_RATIO = 1 / 4;

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * How far `header` is from `typed`, or undefined when it is not close; lower is closer, and a
 * header that contains the text (below 1) always comes before one that only looks like it.
 */
function closeness(typed: string, header: string): number | undefined {
  if (typed === '' || header === '') return undefined;
  if (typed.length >= MIN_CONTAINED && (header.includes(typed) || typed.includes(header))) {
    return Math.abs(header.length - typed.length) / Math.max(header.length, typed.length);
  }
  const ratio = editDistance(typed, header) / Math.max(header.length, typed.length);
  return ratio <= MAX_EDIT_RATIO ? 1 + ratio : undefined;
}

/** Up to three of `headers` close to `typed`, closest first (file order on a tie). */
export function closeHeaders(typed: string, headers: readonly string[]): string[] {
  const key = foldKey(typed);
  const scored: { header: string; score: number; index: number }[] = [];
  headers.forEach((header, index) => {
    const score = closeness(key, foldKey(header));
    if (score !== undefined) scored.push({ header, score, index });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, CLOSE_SHOWN)
    .map((found) => found.header);
}
