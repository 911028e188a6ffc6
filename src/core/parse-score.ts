// Fit and Intent are documented as 0-100 scores, but whether a file holds the number or the band
// word is not: both readers live here. Spreadsheets round-trip `82` as `82.0`, and
// Portuguese-locale exports write `82,5`.

import type { Band } from './types';

const SCORE_SHAPE = /^\+?(\d{1,3})(?:[.,](\d+))?\s*%?$/;

/**
 * Reads a Fit or Intent score: `undefined` for a blank cell, `null` for text that is not a
 * number or lies outside 0..100, else the number.
 */
export function parseScore(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;

  const match = SCORE_SHAPE.exec(trimmed);
  if (match === null) return null;

  const value = match[2] === undefined ? Number(match[1]) : Number(`${match[1]}.${match[2]}`);
  return value <= 100 ? value : null;
}

function bandFromKey(key: string): Band | undefined {
  switch (key) {
    case 'high':
      return 'High';
    case 'medium':
      return 'Medium';
    case 'low':
      return 'Low';
    case 'verylow':
      return 'Very Low';
    default:
      return undefined;
  }
}

const NOT_LETTERS = /[^a-z]/g;

/**
 * Reads a band word written where a score was expected (`High`, `very_low`, `VERY LOW`);
 * `undefined` for a blank cell or any other text.
 */
export function parseBandWord(text: string | undefined): Band | undefined {
  if (text === undefined || text.length > 20) return undefined;
  const exact = bandFromKey(text.toLowerCase());
  if (exact !== undefined) return exact;
  return bandFromKey(text.toLowerCase().replace(NOT_LETTERS, ''));
}
