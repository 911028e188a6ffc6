// The structured reasons behind one targeted account, in the order a partner reads them: why
// it is on the list (cluster and product), how strong (scores, segment code), what to offer
// (plays), the situation (ownership, competitors, recent purchases, renewal) and the prize
// (revenue potential). A blank cell never produces a reason.

import type { CellReader, Cells } from './cell-reader';
import { showMoneyAsWritten } from './parse-money';
import type { ReasonColumns } from './reason-columns';
import type { Band, Cluster, Reason } from './types';

/** What targeting found for the row: the cluster that qualified it and that product's scores. */
export interface Qualification {
  cluster: Cluster;
  product: string;
  fit?: number;
  fitBand?: Band;
  intent?: number;
  intentBand?: Band;
  segmentCode?: string;
  /** The report's revenue column (potential, else expiring revenue), already read to sort. */
  revenue?: number;
}

export function buildReasons(
  columns: ReasonColumns,
  reader: CellReader,
  cells: Cells,
  row: number,
  found: Qualification,
): Reason[] {
  const reasons: Reason[] = [{ kind: 'cluster', cluster: found.cluster, product: found.product }];

  const scores = scoresReason(found);
  if (scores !== undefined) reasons.push(scores);
  if (found.segmentCode !== undefined) reasons.push({ kind: 'segment', code: found.segmentCode });

  const names: string[] = [];
  for (const cohort of columns.cohorts) {
    if (reader.flag(cells, row, cohort.index)) names.push(cohort.name);
  }
  if (names.length > 0) reasons.push({ kind: 'cohorts', names });

  for (const flag of columns.ownership) {
    const has = reader.flagOrBlank(cells, row, flag.index);
    if (has !== undefined) reasons.push({ kind: 'ownership', product: flag.name, has });
  }
  for (const flag of columns.competitors) {
    if (reader.flagOrBlank(cells, row, flag.index) === true) {
      reasons.push({ kind: 'competitor', name: flag.name });
    }
  }

  if (columns.recent !== undefined) {
    const transacted = reader.flagOrBlank(cells, row, columns.recent);
    if (transacted !== undefined) reasons.push({ kind: 'recent', transacted });
  }

  const renewal = renewalReason(columns, reader, cells, row, found);
  if (renewal !== undefined) reasons.push(renewal);

  if (columns.revenueIsPotential && found.revenue !== undefined) {
    const reason: Reason = { kind: 'revenue', amount: found.revenue };
    const text = writtenMoney(cells, columns.revenueColumn);
    if (text !== undefined) reason.text = text;
    reasons.push(reason);
  }
  return reasons;
}

/** The amount's cell as written, when showing its number instead would misstate it. */
function writtenMoney(cells: Cells, column: number | undefined): string | undefined {
  const text = column === undefined ? undefined : cells[column];
  return text !== undefined && showMoneyAsWritten(text) ? text.trim() : undefined;
}

function scoresReason(found: Qualification): Reason | undefined {
  if (found.fitBand === undefined && found.intentBand === undefined) return undefined;
  const reason: Reason = { kind: 'scores', product: found.product };
  if (found.fit !== undefined) reason.fit = found.fit;
  if (found.fitBand !== undefined) reason.fitBand = found.fitBand;
  if (found.intent !== undefined) reason.intent = found.intent;
  if (found.intentBand !== undefined) reason.intentBand = found.intentBand;
  return reason;
}

function renewalReason(
  columns: ReasonColumns,
  reader: CellReader,
  cells: Cells,
  row: number,
  found: Qualification,
): Reason | undefined {
  const date =
    columns.renewalDate === undefined ? undefined : reader.date(cells, row, columns.renewalDate);
  let expiringRevenue: number | undefined;
  if (columns.expiringRevenue !== undefined) {
    expiringRevenue =
      columns.expiringRevenue === columns.revenueColumn
        ? found.revenue
        : reader.money(cells, row, columns.expiringRevenue);
  }
  if (date === undefined && expiringRevenue === undefined) return undefined;

  const reason: Reason = { kind: 'renewal' };
  if (date !== undefined) reason.date = date;
  if (expiringRevenue !== undefined) {
    reason.expiringRevenue = expiringRevenue;
    const text = writtenMoney(cells, columns.expiringRevenue);
    if (text !== undefined) reason.expiringRevenueText = text;
  }
  return reason;
}
