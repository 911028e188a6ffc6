// Fit and Intent bands and the segment code they make. Microsoft publishes the bands only as an
// example (High 75-100, Medium 55-74, Low 30-54, Very Low 0-29), so the cut-offs are a setting.

import { DEFAULT_BANDS } from './types';
import type { Band, Bands } from './types';

/** Bands from best to worst; a band's index here is its row or column in the Fit × Intent matrix. */
export const BANDS: readonly Band[] = ['High', 'Medium', 'Low', 'Very Low'];

const FIT_LETTERS = 'ABCD';

/** A score at or above `bands.high` is High, at or above `bands.medium` Medium, and so on. */
export function bandOf(score: number, bands: Bands = DEFAULT_BANDS): Band {
  if (score >= bands.high) return 'High';
  if (score >= bands.medium) return 'Medium';
  if (score >= bands.low) return 'Low';
  return 'Very Low';
}

/** 0 for High … 3 for Very Low. */
export function bandIndex(band: Band): number {
  switch (band) {
    case 'High':
      return 0;
    case 'Medium':
      return 1;
    case 'Low':
      return 2;
    case 'Very Low':
      return 3;
  }
}

/** Fit gives the letter (A = High … D = Very Low), Intent the digit: High + High = `A1`. */
export function segmentCode(fit: Band, intent: Band): string {
  return `${FIT_LETTERS[bandIndex(fit)]}${bandIndex(intent) + 1}`;
}
