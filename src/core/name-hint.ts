// The file or sheet name is the only thing that tells the M365 and Surface reports apart: their
// FY24 layouts are identical. Partners rename downloads, often in Portuguese or Spanish, so
// the words are matched folded and anywhere in the name.

import { foldKey } from './fold';
import type { ReportType } from './types';

// Most specific first: "Modern Work - Surface" is the Surface report.
const HINT_WORDS: readonly (readonly [ReportType, readonly string[]])[] = [
  ['surface', ['surface']],
  ['renewals', ['renewal', 'renovac', 'agreement', 'contrato']],
  ['security', ['security', 'seguranca', 'seguridad']],
  ['d365', ['d365', 'dynamics', 'businessapp', 'bizapps', 'powerapps', 'aplicativosdenegocio']],
  ['azure', ['azure']],
  ['m365', ['m365', 'microsoft365', 'modernwork', 'office', 'o365', 'copilot', 'trabalhomoderno']],
];

/** Report types a name mentions, most specific first (`CloudAscent - Surface.csv` → surface). */
export function typesInNameHint(hint: string | undefined): ReportType[] {
  if (hint === undefined) return [];
  const key = foldKey(hint);
  if (key === '') return [];
  return HINT_WORDS.filter(([, words]) => words.some((word) => key.includes(word))).map(
    ([type]) => type,
  );
}
