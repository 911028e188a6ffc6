// The order of a target list, computed once from keys prepared per target (no parsing while
// sorting): revenue potential, best cluster, Fit + Intent, file order.

/** Per target, aligned arrays; a target's position in them is its file order. */
export interface TargetKeys {
  /** Revenue potential; NaN when the row has none. */
  revenue: Float64Array;
  /** Best qualifying cluster, 0 = Act Now. */
  rank: Uint8Array;
  /** How many of Fit and Intent are missing (0, 1 or 2). */
  missingScores: Uint8Array;
  /** Fit + Intent, counting only the scores present. */
  scoreSum: Float64Array;
}

export function createTargetKeys(count: number): TargetKeys {
  return {
    revenue: new Float64Array(count),
    rank: new Uint8Array(count),
    missingScores: new Uint8Array(count),
    scoreSum: new Float64Array(count),
  };
}

/**
 * Target positions in output order. Revenue counts only when `byRevenue` (the report has a
 * revenue column); rows without a value go after rows with one, as do rows missing scores.
 */
export function orderTargets(keys: TargetKeys, byRevenue: boolean): number[] {
  const { revenue, rank, missingScores, scoreSum } = keys;
  const order = Array.from({ length: rank.length }, (_, i) => i);
  order.sort((a, b) => {
    if (byRevenue) {
      const noneA = Number.isNaN(revenue[a]);
      const noneB = Number.isNaN(revenue[b]);
      if (noneA !== noneB) return noneA ? 1 : -1;
      if (!noneA && revenue[a] !== revenue[b]) return revenue[b] - revenue[a];
    }
    if (rank[a] !== rank[b]) return rank[a] - rank[b];
    if (missingScores[a] !== missingScores[b]) return missingScores[a] - missingScores[b];
    if (scoreSum[a] !== scoreSum[b]) return scoreSum[b] - scoreSum[a];
    return a - b;
  });
  return order;
}
