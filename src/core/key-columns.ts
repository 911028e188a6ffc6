// The few columns core reads by meaning rather than by role: the account's identifier and
// name, the revenue to order by and the 36-month activity flag.

import type { ColumnClass } from './column-roles';
import type { ColumnInfo, ColumnKind } from './types';

export interface KeyColumns {
  identifierColumn?: number;
  accountNameColumn?: number;
  revenueColumn?: number;
  recentColumn?: number;
}

function firstOfKind(columns: readonly ColumnInfo[], kind: ColumnKind): number | undefined {
  return columns.find((column) => column.kind === kind)?.index;
}

/**
 * The customer ID names an account best, then the TPID, then the account name. Revenue
 * potential orders accounts; only a renewals file without it falls back to expiring revenue.
 * `Has_Transacted_Product` stands in for the 36-month flag only when that flag is absent.
 */
export function pickKeyColumns(
  columns: readonly ColumnInfo[],
  classes: readonly ColumnClass[],
): KeyColumns {
  const accountNameColumn = firstOfKind(columns, 'accountName');
  const identifierColumn =
    firstOfKind(columns, 'customerId') ?? firstOfKind(columns, 'tpid') ?? accountNameColumn;
  const revenueColumn =
    firstOfKind(columns, 'revenuePotential') ?? firstOfKind(columns, 'expiringRevenue');

  const primaryRecent = classes.findIndex((column) => column.recency === 'primary');
  const successorRecent = classes.findIndex((column) => column.recency === 'successor');
  const recent = primaryRecent >= 0 ? primaryRecent : successorRecent;

  const picked: KeyColumns = {};
  if (identifierColumn !== undefined) picked.identifierColumn = identifierColumn;
  if (accountNameColumn !== undefined) picked.accountNameColumn = accountNameColumn;
  if (revenueColumn !== undefined) picked.revenueColumn = revenueColumn;
  if (recent >= 0) picked.recentColumn = recent;
  return picked;
}
