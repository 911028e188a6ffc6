// The report at a glance: how many accounts each cluster column puts in each cluster, how many
// are in each solution play, where they sit on the Fit × Intent grid, and how much revenue
// potential each cluster holds.

import { bandIndex, bandOf } from './bands';
import { CellReader } from './cell-reader';
import type { Cells } from './cell-reader';
import { DEFAULT_BANDS } from './types';
import type { Analysis, Band, Bands, ClusterCountKey, ReportProfile } from './types';

interface Tally {
  header: string;
  column: number;
  counts: Record<ClusterCountKey, number>;
  revenue: Record<ClusterCountKey, number>;
}

interface Grid {
  product: string;
  fit: number;
  intent: number;
  cells: number[][];
}

function zeroCounts(): Record<ClusterCountKey, number> {
  return { 'Act Now': 0, Evaluate: 0, Nurture: 0, Educate: 0, '(blank)': 0, '(other)': 0 };
}

/** Two columns with the same header stay apart: the second becomes `Header (2)`. */
function uniqueHeader(header: string, taken: Set<string>): string {
  let name = header;
  for (let n = 2; taken.has(name); n++) name = `${header} (${n})`;
  taken.add(name);
  return name;
}

function scoreBand(score: number | Band | undefined, bands: Bands): number {
  if (score === undefined) return -1;
  return bandIndex(typeof score === 'number' ? bandOf(score, bands) : score);
}

/**
 * Counts over every row: clusters per cluster column (`(blank)` for empty cells, `(other)` for
 * labels that are not clusters), Yes per cohort column in file order, the 4×4 Fit × Intent
 * matrix per product (`[fit][intent]`, High first; rows missing either score are not counted)
 * and revenue potential per cluster, only when the report has a revenue column.
 */
export function summarize(
  profile: ReportProfile,
  rows: readonly Cells[],
  bands: Bands = DEFAULT_BANDS,
): Analysis {
  const reader = new CellReader(profile);
  const columns = [...profile.columns].sort((a, b) => a.index - b.index);
  const taken = new Set<string>();
  const tallies: Tally[] = columns
    .filter((column) => column.role === 'cluster')
    .map((column) => ({
      header: uniqueHeader(column.header, taken),
      column: column.index,
      counts: zeroCounts(),
      revenue: zeroCounts(),
    }));
  const cohorts = columns.filter((column) => column.role === 'cohort');
  const cohortYes = new Array<number>(cohorts.length).fill(0);
  const grids: Grid[] = [];
  for (const product of profile.products) {
    if (product.fit === undefined || product.intent === undefined) continue;
    const cells = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
    grids.push({ product: product.product, fit: product.fit, intent: product.intent, cells });
  }
  const revenueColumn = profile.revenueColumn;

  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row];
    const revenue =
      revenueColumn === undefined ? undefined : reader.money(cells, row, revenueColumn);
    for (const tally of tallies) {
      const cluster = reader.cluster(cells, row, tally.column);
      const key: ClusterCountKey = cluster === '' ? '(blank)' : (cluster ?? '(other)');
      tally.counts[key]++;
      if (revenue !== undefined) tally.revenue[key] += revenue;
    }
    for (let c = 0; c < cohorts.length; c++) {
      if (reader.flag(cells, row, cohorts[c].index)) cohortYes[c]++;
    }
    for (const grid of grids) {
      const fit = scoreBand(reader.score(cells, row, grid.fit), bands);
      const intent = scoreBand(reader.score(cells, row, grid.intent), bands);
      if (fit >= 0 && intent >= 0) grid.cells[fit][intent]++;
    }
  }

  const clusterCounts: Analysis['clusterCounts'] = {};
  const revenueByCluster: Analysis['revenueByCluster'] = {};
  for (const tally of tallies) {
    clusterCounts[tally.header] = tally.counts;
    if (revenueColumn !== undefined) revenueByCluster[tally.header] = tally.revenue;
  }
  const matrix: Analysis['matrix'] = {};
  for (const grid of grids) matrix[grid.product] = grid.cells;

  return {
    rows: rows.length,
    clusterCounts,
    cohortCounts: cohorts.map((column, c) => ({ header: column.header, yes: cohortYes[c] })),
    matrix,
    revenueByCluster,
    problems: reader.unreadable.problems(),
  };
}
