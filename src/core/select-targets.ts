// Pass one of a target list: which rows qualify, and through which cluster column.

import type { CellReader, Cells } from './cell-reader';
import type { ClusterSlot } from './cluster-slots';
import { foldText } from './fold';
import { memoParse } from './memo-parse';
import type { ResolvedCriteria } from './resolve-criteria';
import { CLUSTERS } from './types';

export interface Selection {
  /** 0-based data rows that qualify, in file order. */
  rows: number[];
  /** Per qualifying row: the slot that holds its best wanted cluster. */
  slots: number[];
  /** Per qualifying row: that cluster's rank (0 = Act Now). */
  ranks: number[];
}

/** The best slot found in one row; reused across rows to spare an allocation each. */
interface Pick {
  slot: number;
  rank: number;
}

/**
 * Every condition is checked on every row, without stopping at the first failure, so the
 * unreadable cells reported do not depend on the order of the checks.
 */
export function selectTargets(
  reader: CellReader,
  rows: readonly Cells[],
  resolved: ResolvedCriteria,
  slots: readonly ClusterSlot[],
  recentColumn: number | undefined,
): Selection {
  const selection: Selection = { rows: [], slots: [], ranks: [] };
  if (resolved.matchesNothing) return selection;

  const wanted = CLUSTERS.map((cluster) => resolved.criteria.clusters.includes(cluster));
  const filters = resolved.where.map((filter) => ({
    column: filter.column,
    wanted: foldText(filter.value),
    fold: memoParse((text) => foldText(text ?? '')),
  }));
  const pick: Pick = { slot: -1, rank: 0 };

  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row];
    let ok = true;
    for (const cohort of resolved.cohortColumns) {
      if (!reader.flag(cells, row, cohort)) ok = false;
    }
    if (recentColumn !== undefined && !reader.flag(cells, row, recentColumn)) ok = false;
    for (const filter of filters) {
      if (filter.fold(cells[filter.column]) !== filter.wanted) ok = false;
    }
    pickBestSlot(reader, slots, wanted, cells, row, pick);
    if (ok && pick.slot >= 0) {
      selection.rows.push(row);
      selection.slots.push(pick.slot);
      selection.ranks.push(pick.rank);
    }
  }
  return selection;
}

/**
 * The first slot (file order) holding the best of the wanted clusters, or slot -1 when none
 * holds one. Every slot is read so unreadable labels are always reported.
 */
function pickBestSlot(
  reader: CellReader,
  slots: readonly ClusterSlot[],
  wanted: readonly boolean[],
  cells: Cells,
  row: number,
  pick: Pick,
): void {
  pick.slot = -1;
  pick.rank = CLUSTERS.length;
  for (let s = 0; s < slots.length; s++) {
    const cluster = reader.cluster(cells, row, slots[s].column);
    if (cluster === '' || cluster === null) continue;
    const rank = CLUSTERS.indexOf(cluster);
    if (wanted[rank] && rank < pick.rank) {
      pick.slot = s;
      pick.rank = rank;
    }
  }
}
