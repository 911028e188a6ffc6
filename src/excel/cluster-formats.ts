// One conditional format per cluster label on each targeted cluster column, over that column's
// data rows only (never per cell, never the whole column). When every spelling of a label in
// the column contains its name (`Act Now`, `1 - Act Now`, `ACT NOW`), a ContainsText rule does;
// other spellings (`act_now`, `ActNow`) get a Custom formula listing them.

import { parseCluster } from '../core/parse-cluster';
import type { Cells } from '../core/cell-reader';
import type { Cluster, TargetPlan } from '../core/types';
import { CLUSTERS } from '../core/types';
import { columnLetters } from './cell-text';
import type { ReportBlock } from './report-block';
import type { FormatRecord } from './sheet-state';

/** Fill colours per cluster: green, amber, blue, grey. */
export const CLUSTER_COLORS: Readonly<Record<Cluster, string>> = {
  'Act Now': '#C6EFCE',
  Evaluate: '#FFEB9C',
  Nurture: '#DDEBF7',
  Educate: '#EDEDED',
};

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function planClusterFormats(
  plan: TargetPlan,
  block: ReportBlock,
  rows: readonly Cells[],
  texts: (column: number) => readonly string[],
): FormatRecord[] {
  const records: FormatRecord[] = [];
  for (const column of plan.clusterColumns) {
    const shown = texts(column);
    const spellings = new Map<Cluster, Set<string>>();
    for (let r = 0; r < rows.length; r++) {
      const cluster = parseCluster(rows[r][column]);
      if (cluster === '' || cluster === null) continue;
      const set = spellings.get(cluster) ?? new Set<string>();
      set.add(shown[r]);
      spellings.set(cluster, set);
    }
    for (const cluster of CLUSTERS) {
      const found = spellings.get(cluster);
      if (found === undefined) continue;
      const name = cluster.toLowerCase();
      const contained = [...found].every((text) => text.toLowerCase().includes(name));
      const cell = `$${columnLetters(block.left + column)}${block.headerRow + 2}`;
      records.push({
        column,
        kind: contained ? 'text' : 'formula',
        rule: contained
          ? cluster
          : `=OR(${[...found].map((text) => `${cell}=${quoted(text)}`).join(',')})`,
        color: CLUSTER_COLORS[cluster],
      });
    }
  }
  return records;
}
