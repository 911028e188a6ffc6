// The worksheet an imported report goes into is named after its file, within Excel's rules for
// sheet names: 1 to 31 characters, none of : \ / ? * [ ], no apostrophe at either end, not
// "History" (Excel keeps that name for itself), and unique in the workbook ignoring case.

/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;
const CONTROL = /\p{Cc}/gu;

/** The name used when nothing of the file name is left. */
const FALLBACK = 'Report';

/**
 * A sheet name for `fileName` that no sheet in `taken` has yet: the name without its folder and
 * `.csv`/`.txt` extension, forbidden characters as spaces, cut to 31 characters; a taken name
 * gets " (2)", " (3)", ... with the base cut further so the number still fits.
 */
export function sheetNameFor(fileName: string, taken: readonly string[]): string {
  const base = cleanBase(fileName);
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = trimEnds(base.slice(0, MAX_SHEET_NAME - suffix.length)) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

function cleanBase(fileName: string): string {
  const file = fileName.split(/[\\/]/).pop() ?? '';
  const stem = file.replace(/\.(csv|txt|tsv)$/i, '');
  const cleaned = stem.replace(CONTROL, ' ').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ');
  const cut = trimEnds(trimEnds(cleaned).slice(0, MAX_SHEET_NAME));
  if (cut === '' || cut.toLowerCase() === 'history') return FALLBACK;
  return cut;
}

/** Without spaces and apostrophes at either end. */
function trimEnds(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/g, '');
}
