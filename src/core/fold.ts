// Header and value comparison ignores case, accents, spacing and punctuation, because the same
// column is spelled `MPN ID`, `MPNID` and `mpn_id` across report versions.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `Sub Segment` → `subsegment`; `Ação` → `acao`. Used to compare headers. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** `  São   Paulo ` → `sao paulo`. Used to compare cell values typed by people. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
