// Value shapes settle what a header leaves open. A column nobody recognised whose sample cells
// are all flags is a solution play; a prefixed "play" whose cells are not flags is not one.

import type { ColumnClass } from './column-roles';
import { parseFlag } from './parse-flag';

function isFlagColumn(sampleRows: readonly (readonly string[])[], index: number): boolean {
  let filled = 0;
  for (const row of sampleRows) {
    const cell = row[index] ?? '';
    if (parseFlag(cell) === null) return false;
    if (cell.trim() !== '') filled += 1;
  }
  return filled > 0;
}

/** The classes with unknown flag columns promoted to cohorts and non-flag plays demoted. */
export function refineBySamples(
  classes: readonly ColumnClass[],
  sampleRows: readonly (readonly string[])[],
): ColumnClass[] {
  if (sampleRows.length === 0) return [...classes];

  return classes.map((column, index) => {
    if (column.source === 'unknown' && isFlagColumn(sampleRows, index)) {
      return { role: 'cohort', source: 'values' };
    }
    if (column.source === 'play-prefix' && !isFlagColumn(sampleRows, index)) {
      return { role: 'other', source: 'values' };
    }
    return column;
  });
}
