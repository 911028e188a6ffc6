// Scores a header against every documented layout by folded column names. Order, case and
// spacing do not matter; extra or missing columns lower the score instead of failing it.

import {
  DOCUMENTED_LAYOUTS,
  LAYOUTS_BY_KEY,
  LAYOUTS_BY_SPELLING,
  spellingKey,
  type DocumentedLayout,
} from './layouts';

export interface LayoutScore {
  layout: DocumentedLayout;
  /** Columns of the layout whose folded name appears in the header. */
  matched: number;
  /** Columns of the layout. */
  total: number;
  /** Share of the layout found in the header. */
  recall: number;
  /** Share of the header's named columns that belong to the layout. */
  precision: number;
  /** Overlap of header and layout (Jaccard index): 1 when they hold the same columns. */
  similarity: number;
  /** Header columns spelled exactly as the layout spells them, case aside; breaks ties. */
  spelledAlike: number;
}

// A file counts as a documented layout when it still carries three quarters of that layout's
// columns and most of its own columns come from it; below that it is a newer relative.
const MIN_RECALL = 0.75;
const MIN_PRECISION = 0.6;

export function isLayoutMatch(score: LayoutScore): boolean {
  return score.recall >= MIN_RECALL && score.precision >= MIN_PRECISION;
}

/** Every documented layout's score for the header, best first. */
export function scoreLayouts(header: readonly string[], keys: readonly string[]): LayoutScore[] {
  const present = new Set<string>();
  const headerHits = new Array<number>(DOCUMENTED_LAYOUTS.length).fill(0);
  const spellingHits = new Array<number>(DOCUMENTED_LAYOUTS.length).fill(0);
  let named = 0;

  keys.forEach((key, index) => {
    if (key === '') return;
    named += 1;
    present.add(key);
    for (const position of LAYOUTS_BY_KEY.get(key) ?? []) headerHits[position] += 1;
    const spelling = spellingKey(header[index] ?? '');
    for (const position of LAYOUTS_BY_SPELLING.get(spelling) ?? []) spellingHits[position] += 1;
  });

  const scores = DOCUMENTED_LAYOUTS.map((layout, position) => {
    const total = layout.columns.length;
    const matched = layout.columns.filter((column) => present.has(column.key)).length;
    const hits = headerHits[position] ?? 0;
    const recall = total === 0 ? 0 : matched / total;
    const precision = named === 0 ? 0 : hits / named;
    const union = total + named - Math.min(matched, hits);
    const similarity = union === 0 ? 0 : Math.min(matched, hits) / union;
    const spelledAlike = spellingHits[position] ?? 0;
    return { layout, matched, total, recall, precision, similarity, spelledAlike };
  });

  return scores.sort((a, b) => b.similarity - a.similarity || b.spelledAlike - a.spelledAlike);
}
