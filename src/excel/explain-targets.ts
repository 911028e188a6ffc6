// Explain: recomputes the target list from the saved criteria, rewrites the Why column for every
// row in the user's language, and puts Excel notes on the account cells of the first targets.
// The table's filters are cleared while the column is written (writing under an active filter
// can put values in the wrong rows on Excel desktop) and applied again afterwards.

import { columnsNeeded } from '../core/columns-needed';
import { planTargets } from '../core/plan-targets';
import { resolveCriteria } from '../core/resolve-criteria';
import type { Lang, TargetPlan } from '../core/types';
import { t } from '../i18n';
import { AdapterError } from './adapter-error';
import { cellAddress, neutralize } from './cell-text';
import { NON_BLANK, filterTextColumns, planFilters } from './filter-plan';
import { WHY, whyByRow } from './helper-columns';
import type { SheetFacts } from './locate-report';
import { turnTaker } from './pane-turns';
import { reportTable } from './report-block';
import { ensureColumns, readRowOrder, type ReportData } from './report-data';
import { STATE_KEY, type AppliedState } from './sheet-state';
import type { StateStore } from './state-store';
import type { WorkControl } from './work-control';
import { writeRows } from './write-rows';

/** Notes go on the account cells of this many targets, in priority order. */
export const NOTED_TARGETS = 50;

export interface ExplainInput {
  facts: SheetFacts;
  data: ReportData;
  state: AppliedState;
  store: StateStore;
  notesSupported: boolean;
  work: WorkControl;
}

export interface ExplainRequest {
  lang: Lang;
  /** Original rows whose note the add-in added before (deleted first). */
  deleteNotes: readonly number[];
  /** Original rows that should carry a note afterwards; undefined: the first targets. */
  addNotes?: readonly number[];
  /** Save the new language and notes in the state (not when putting the old ones back). */
  save: boolean;
}

export interface ExplainJournal {
  /** The filters were cleared: the sheet needs them back. */
  touched: boolean;
  /** Rows whose note was added, once known. */
  added?: number[];
}

export interface ExplainOutcome {
  plan: TargetPlan;
  /** Original rows that got a note. */
  added: number[];
  /** Account cells that kept a note of the user's instead. */
  kept: number;
  noteColumn: number | undefined;
}

export async function explainTargets(
  context: Excel.RequestContext,
  input: ExplainInput,
  request: ExplainRequest,
  journal: ExplainJournal,
): Promise<ExplainOutcome> {
  const { facts, data, state, work } = input;
  const { block, profile } = data;
  const sheet = facts.sheet;
  if (facts.protected) throw new AdapterError('protected', 'excel.error.protected');
  const table = reportTable(facts, block);
  if (table === undefined) throw new AdapterError('changed', 'excel.error.changed');

  const order = await readRowOrder(context, sheet, block, state, work);
  const position = new Int32Array(block.rowCount);
  order.forEach((original, p) => (position[original] = p));
  const resolved = resolveCriteria(profile, state.criteria);
  await ensureColumns(
    context,
    sheet,
    data,
    {
      values: columnsNeeded(profile, state.criteria),
      texts: filterTextColumns(profile, resolved),
    },
    order,
    work,
  );
  const turn = turnTaker();
  await turn();
  const plan = planTargets(profile, data.rows, state.criteria);
  await turn();
  const whys = await whyByRow(plan, request.lang);
  const priorities = new Map(plan.targets.map((target) => [target.row, target.priority]));
  const noteColumn = profile.accountNameColumn ?? profile.identifierColumn;
  const notes = input.notesSupported && noteColumn !== undefined;
  const addRows =
    request.addNotes ?? plan.targets.slice(0, NOTED_TARGETS).map((target) => target.row);
  const address = (row: number): string =>
    cellAddress(block.headerRow + 1 + position[row], block.left + (noteColumn ?? 0));

  // Filters off, Why written in the sheet's current order.
  work.check();
  journal.touched = true;
  table.table.clearFilters();
  await context.sync();
  await writeRows(
    context,
    sheet,
    { top: block.headerRow + 1, left: block.left + block.width + WHY },
    Array.from(order, (original) => [neutralize(whys.get(original) ?? '')]),
    work,
  );

  // Filters back; which note cells are taken.
  work.check();
  work.progress('notes', 0, addRows.length);
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  const filters = planFilters(profile, plan, resolved.where, data.rows, (column) => {
    return data.texts.get(column) ?? [];
  });
  for (const filter of filters.filters) {
    table.table.columns.getItemAt(filter.column).filter.apply(filter.criteria);
  }
  if (filters.byPriority) table.table.columns.getItemAt(block.width).filter.apply(NON_BLANK);
  const rows = notes ? [...new Set([...request.deleteNotes, ...addRows])] : [];
  const probes = new Map(rows.map((row) => [row, sheet.notes.getItemOrNullObject(address(row))]));
  await context.sync();

  // Old notes out, new ones in, except where the user has a note of their own.
  const added: number[] = [];
  let kept = 0;
  if (notes) {
    const ours = new Set(request.deleteNotes);
    for (const row of request.deleteNotes) {
      const probe = probes.get(row);
      if (probe !== undefined && !probe.isNullObject) probe.delete();
    }
    for (const row of addRows) {
      const probe = probes.get(row);
      const free = probe === undefined || probe.isNullObject || ours.has(row);
      if (!free) {
        kept += 1;
        continue;
      }
      const why = whys.get(row) ?? '';
      sheet.notes.add(
        address(row),
        t(request.lang, 'excel.note', {
          priority: priorities.get(row) ?? '',
          why,
        }),
      );
      added.push(row);
    }
    await context.sync();
  }
  journal.added = added;
  work.progress('notes', addRows.length, addRows.length);

  if (request.save) {
    const next: AppliedState = { ...state, lang: request.lang, notes: added };
    if (noteColumn !== undefined) next.noteColumn = noteColumn;
    // Sent with the sync Excel.run makes when the batch returns.
    input.store.save(context, sheet, facts.sheetId, STATE_KEY, JSON.stringify(next));
  }
  return { plan, added, kept, noteColumn };
}
