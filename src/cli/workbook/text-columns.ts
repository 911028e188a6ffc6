// Columns whose values are codes, not quantities: identifiers, DUNS numbers, postal codes and
// agreement IDs. They are formatted as Text so that Excel never shows 1.23457E+17 or drops a
// leading zero if someone edits them.

import type { ColumnKind, ReportProfile } from '../../core/types';

const CODE_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>([
  'customerId',
  'tpid',
  'duns',
  'partnerId',
  'agreementId',
  'postalCode',
]);

/** `true` at each 0-based column index that holds codes. */
export function textColumns(profile: ReportProfile, width: number): boolean[] {
  const flags = new Array<boolean>(width).fill(false);
  for (const column of profile.columns) {
    const isCode =
      column.role === 'identifier' || (column.kind !== undefined && CODE_KINDS.has(column.kind));
    if (isCode && column.index < width) flags[column.index] = true;
  }
  return flags;
}
