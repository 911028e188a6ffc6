// The target list: which accounts are worth a call, in which order, and why.
//
// A row is a target when one of the selected cluster columns holds one of the selected
// clusters, every chosen cohort is Yes, the 36-month column is Yes when only recent buyers are
// asked for, and every `column = value` filter matches ignoring case, accents and spacing.
// Targets are ordered by revenue potential, best qualifying cluster, Fit + Intent of the product
// that gave it, and file order.
//
// Explanations follow the cluster that qualified the row: with only Nurture selected, an account
// that is Act Now for Azure and Nurture for M365 is explained, and ranked, by its Nurture for
// M365, because that is why it is on the list.

import { bandOf, segmentCode } from './bands';
import { buildReasons } from './build-reasons';
import type { Qualification } from './build-reasons';
import { CellReader } from './cell-reader';
import type { Cells } from './cell-reader';
import { clusterSlots } from './cluster-slots';
import type { ClusterSlot } from './cluster-slots';
import { createTargetKeys, orderTargets } from './order-targets';
import { detectDateOrder } from './parse-date';
import { reasonColumns } from './reason-columns';
import { resolveCriteria } from './resolve-criteria';
import { selectTargets } from './select-targets';
import { CLUSTERS } from './types';
import type {
  Band,
  Bands,
  Cluster,
  Problem,
  ReportProfile,
  TargetCriteria,
  TargetPlan,
  TargetRow,
} from './types';

/**
 * Targets, orders and explains the accounts of one report. `rows` are the data rows (no header);
 * a missing cell counts as blank. Values that cannot be read are left out of every decision
 * and listed in `problems` with their 1-based data row.
 */
export function planTargets(
  profile: ReportProfile,
  rows: readonly Cells[],
  criteria?: TargetCriteria,
): TargetPlan {
  const resolved = resolveCriteria(profile, criteria);
  const reader = new CellReader(profile);
  const bands = resolved.criteria.bands;
  const slots = clusterSlots(profile, resolved.clusterColumns);
  const recentColumn = resolved.criteria.recentOnly ? profile.recentColumn : undefined;
  const selection = selectTargets(reader, rows, resolved, slots, recentColumn);

  const count = selection.rows.length;
  const keys = createTargetKeys(count);
  const found: Qualification[] = new Array<Qualification>(count);
  for (let i = 0; i < count; i++) {
    const row = selection.rows[i];
    const cells = rows[row];
    const rank = selection.ranks[i];
    const qualification = qualify(
      reader,
      cells,
      row,
      slots[selection.slots[i]],
      CLUSTERS[rank],
      bands,
    );
    found[i] = qualification;
    keys.rank[i] = rank;
    const amount =
      profile.revenueColumn === undefined
        ? undefined
        : reader.money(cells, row, profile.revenueColumn);
    keys.revenue[i] = amount ?? Number.NaN;
    if (amount !== undefined) qualification.revenue = amount;
    keys.missingScores[i] =
      (qualification.fitBand === undefined ? 1 : 0) +
      (qualification.intentBand === undefined ? 1 : 0);
    keys.scoreSum[i] =
      scoreForOrder(qualification.fit, qualification.fitBand, bands) +
      scoreForOrder(qualification.intent, qualification.intentBand, bands);
  }

  const byRevenue = profile.revenueColumn !== undefined;
  const order = orderTargets(keys, byRevenue);

  const problems = [...resolved.problems];
  const explain = reasonColumns(profile, resolved.cohortColumns);
  if (count > 0) decideDateOrder(reader, rows, explain.renewalDate, profile, problems);

  const targets: TargetRow[] = new Array<TargetRow>(count);
  for (let position = 0; position < count; position++) {
    const i = order[position];
    const row = selection.rows[i];
    const qualification = found[i];
    const target: TargetRow = {
      row,
      priority: position + 1,
      bestCluster: qualification.cluster,
      product: slots[selection.slots[i]].product,
      reasons: buildReasons(explain, reader, rows[row], row, qualification),
    };
    if (qualification.segmentCode !== undefined) target.segmentCode = qualification.segmentCode;
    if (!Number.isNaN(keys.revenue[i])) target.revenue = keys.revenue[i];
    targets[position] = target;
  }

  return {
    criteria: resolved.criteria,
    clusterColumns: resolved.clusterColumns,
    cohortColumns: resolved.cohortColumns,
    sortedBy: byRevenue
      ? ['revenue', 'cluster', 'fitIntent', 'fileOrder']
      : ['cluster', 'fitIntent', 'fileOrder'],
    targets,
    problems: [...problems, ...reader.unreadable.problems()],
  };
}

/** The qualifying cluster with its product's scores, bands and segment code. */
function qualify(
  reader: CellReader,
  cells: Cells,
  row: number,
  slot: ClusterSlot,
  cluster: Cluster,
  bands: Bands,
): Qualification {
  const found: Qualification = { cluster, product: slot.displayName };
  const fit = slot.fit === undefined ? undefined : reader.score(cells, row, slot.fit);
  const intent = slot.intent === undefined ? undefined : reader.score(cells, row, slot.intent);
  const fitBand = toBand(fit, bands);
  const intentBand = toBand(intent, bands);
  if (typeof fit === 'number') found.fit = fit;
  if (typeof intent === 'number') found.intent = intent;
  if (fitBand !== undefined) found.fitBand = fitBand;
  if (intentBand !== undefined) found.intentBand = intentBand;
  if (fitBand !== undefined && intentBand !== undefined) {
    found.segmentCode = segmentCode(fitBand, intentBand);
  }
  return found;
}

/**
 * The score that orders a target; a band word written instead of a score (`High`) counts as the
 * lowest score of its band, so `High` ranks below 75 + 76 but above 74 + 74, and never promises
 * more than the report says.
 */
function scoreForOrder(score: number | undefined, band: Band | undefined, bands: Bands): number {
  if (score !== undefined) return score;
  switch (band) {
    case 'High':
      return bands.high;
    case 'Medium':
      return bands.medium;
    case 'Low':
      return bands.low;
    default:
      return 0;
  }
}

function toBand(score: number | Band | undefined, bands: Bands): Band | undefined {
  return typeof score === 'number' ? bandOf(score, bands) : score;
}

/** Decides once per file whether `a/b/yyyy` agreement dates are month-first or day-first. */
function decideDateOrder(
  reader: CellReader,
  rows: readonly Cells[],
  column: number | undefined,
  profile: ReportProfile,
  problems: Problem[],
): void {
  if (column === undefined) return;
  const detected = detectDateOrder(columnValues(rows, column));
  reader.setDateOrder(detected.order);
  if (!detected.ambiguous) return;
  const header = profile.columns.find((info) => info.index === column)?.header ?? '';
  problems.push({
    code: 'ambiguous-date-order',
    params: { column: header, order: detected.order },
  });
}

function* columnValues(rows: readonly Cells[], column: number): Generator<string> {
  for (const cells of rows) yield cells[column] ?? '';
}
