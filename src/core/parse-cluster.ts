// Cluster labels arrive spelled every way a spreadsheet can spell them: `Act Now`, `ACT NOW`,
// `act_now`, `ActNow`, `Act-Now`, and numbered as `1 - Act Now` or `1. Act Now` so that they
// sort by rank. They all fold to the same letters-only key.

import type { Cluster } from './types';

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_UPPER_A = 65;
const CODE_UPPER_Z = 90;
const CODE_LOWER_A = 97;
const CODE_LOWER_Z = 122;

/** Characters that may separate words or follow a rank number; they carry no meaning. */
function isSeparator(code: number): boolean {
  // space, tab, no-break space, '_', '-', '.', ':', ')', '(', '/', '–', '—'
  return (
    code === 32 ||
    code === 9 ||
    code === 160 ||
    code === 95 ||
    code === 45 ||
    code === 46 ||
    code === 58 ||
    code === 41 ||
    code === 40 ||
    code === 47 ||
    code === 0x2013 ||
    code === 0x2014
  );
}

function fromKey(key: string): Cluster | null {
  switch (key) {
    case 'actnow':
      return 'Act Now';
    case 'evaluate':
      return 'Evaluate';
    case 'nurture':
      return 'Nurture';
    case 'educate':
      return 'Educate';
    default:
      return null;
  }
}

/**
 * Reads a cluster label. Returns `''` for a blank cell and `null` for text that is not one of
 * the four clusters, so callers can count blanks and report unknown labels separately.
 * A rank number is allowed only before the name (`1 - Act Now`); digits after it are not a
 * cluster (`Act Now 2` is null).
 */
export function parseCluster(text: string | undefined): Cluster | '' | null {
  if (text === undefined) return '';

  // The exact spelling of the documentation is by far the most common cell value.
  switch (text) {
    case 'Act Now':
      return 'Act Now';
    case 'Evaluate':
      return 'Evaluate';
    case 'Nurture':
      return 'Nurture';
    case 'Educate':
      return 'Educate';
    case '':
      return '';
  }

  let key = '';
  let seenLetter = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= CODE_LOWER_A && code <= CODE_LOWER_Z) {
      key += text[i];
      seenLetter = true;
    } else if (code >= CODE_UPPER_A && code <= CODE_UPPER_Z) {
      key += String.fromCharCode(code + 32);
      seenLetter = true;
    } else if (code >= CODE_0 && code <= CODE_9) {
      if (seenLetter) return null;
    } else if (!isSeparator(code) && code !== 13 && code !== 10) {
      return null;
    }
    // Longer than any cluster name: stop folding a long free-text cell early.
    if (key.length > 8) return null;
  }

  // Only whitespace is blank; a lone `-` or `3` is a label we cannot read.
  if (key === '') return text.trim() === '' ? '' : null;
  return fromKey(key);
}
