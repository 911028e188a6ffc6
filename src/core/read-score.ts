// A Fit or Intent cell holds a 0-100 score in most files, but the documentation never said it
// could not hold the band word instead (`High`), so both are read; anything else is unreadable.

import { parseBandWord, parseScore } from './parse-score';
import type { Band } from './types';

/**
 * The score as a number, or the band word when the cell holds one; `undefined` for a blank cell
 * and `null` for text that is neither (the caller reports it).
 */
export function readScore(text: string | undefined): number | Band | undefined | null {
  const score = parseScore(text);
  if (score !== null) return score;
  return parseBandWord(text) ?? null;
}
