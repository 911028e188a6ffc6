// Removes what the add-in added to a sheet, from the saved state (Reset) or from the record of
// an apply that failed half-way (rollback). Each part is looked for before it is removed, so a
// step that never ran, or ran only partly, is simply skipped:
//
//   1. rows back in their original order (sorting by the original-row column), filters and the
//      table's sort state cleared, the cluster colours deleted;
//   2. the notes, the helper columns, the hidden column shown again, the table turned back into
//      a range when the add-in made it (with any header cell it renamed restored), a sheet
//      AutoFilter it had removed put back, and the saved state deleted.

import { cellAddress } from './cell-text';
import { locateReport, type SheetFacts } from './locate-report';
import { reportTable, type ReportBlock } from './report-block';
import { CLUSTER_COLORS } from './cluster-formats';
import { STATE_KEY, type AppliedState, type FormatRecord } from './sheet-state';
import type { StateStore } from './state-store';

export interface CleanupScope {
  state: AppliedState;
  /** The original-row column was written completely, so sorting by it restores the order. */
  sortBack: boolean;
  /** Formats may exist without a recorded id: recognise them by column, rule and colour. */
  findFormatsByRule: boolean;
  removeState: boolean;
}

export interface CleanupSupport {
  notes: boolean;
}

export interface CleanupOutcome {
  /**
   * False when the rows should have been sorted back but the hidden original-row column was
   * gone (the user deleted it): everything else is removed, the order cannot be restored.
   */
  orderRestored: boolean;
}

/** Cells right of the report searched for the helper columns' headers. */
const HELPER_SCAN = 8;

const KNOWN_COLORS = new Set(Object.values(CLUSTER_COLORS).map((c) => c.toUpperCase()));

export async function cleanSheet(
  context: Excel.RequestContext,
  store: StateStore,
  scope: CleanupScope,
  support: CleanupSupport,
  located?: SheetFacts,
): Promise<CleanupOutcome> {
  const { state } = scope;
  const facts = located ?? (await locateReport(context, store, false));
  const sheet = facts.sheet;
  const block: ReportBlock = {
    headerRow: state.headerRow,
    left: state.left,
    width: state.width,
    rowCount: state.rowCount,
  };
  const table = reportTable(facts, block);
  const bodyRows = table === undefined ? state.rowCount : table.rect.rows - 1;

  const helperHeaders = sheet.getRangeByIndexes(
    state.headerRow,
    state.left + state.width,
    1,
    HELPER_SCAN,
  );
  helperHeaders.load('values');
  const collections = [...new Set(state.formats.map((f) => f.column))].map((column) => {
    const range = sheet.getRangeByIndexes(state.headerRow + 1, state.left + column, bodyRows, 1);
    const formats = range.conditionalFormats;
    formats.load('items/id,items/type');
    return { column, formats };
  });
  await context.sync();

  const helperIndexes = state.helpers
    .map((name) => helperHeaders.values[0].findIndex((value) => value === name))
    .map((at) => (at < 0 ? undefined : state.width + at));
  const rowIndex = helperIndexes[3];
  const doomed = await formatsToDelete(context, collections, state.formats, scope);

  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  if (scope.sortBack && rowIndex !== undefined) {
    const fields = [{ key: rowIndex, ascending: true }];
    if (table !== undefined) table.table.sort.apply(fields);
    else {
      const span = Math.max(...helperIndexes.map((i) => i ?? 0)) + 1;
      sheet
        .getRangeByIndexes(state.headerRow, state.left, bodyRows + 1, span)
        .sort.apply(fields, false, true);
    }
  }
  if (table !== undefined) {
    table.table.clearFilters();
    table.table.sort.clear();
  }
  doomed.forEach((format) => format.delete());
  const notes =
    support.notes && state.noteColumn !== undefined
      ? state.notes.map((row) =>
          sheet.notes.getItemOrNullObject(
            cellAddress(state.headerRow + 1 + row, state.left + (state.noteColumn as number)),
          ),
        )
      : [];
  await context.sync();

  notes.filter((note) => !note.isNullObject).forEach((note) => note.delete());
  const present = helperIndexes.filter((i): i is number => i !== undefined).sort((a, b) => b - a);
  for (const index of present) {
    if (table !== undefined) table.table.columns.getItemAt(index).delete();
    else {
      sheet.getRangeByIndexes(state.headerRow, state.left + index, bodyRows + 1, 1).delete('Left');
    }
  }
  if (state.hiddenColumn !== undefined) {
    sheet.getRangeByIndexes(0, state.hiddenColumn, 1, 1).getEntireColumn().columnHidden = false;
  }
  if (table !== undefined && state.tableCreated) {
    table.table.convertToRange();
    if (state.headerFix !== undefined) {
      sheet.getRangeByIndexes(state.headerRow, state.left, 1, state.width).values = [
        state.headerFix.map(restoredHeader),
      ];
    }
  } else if (table !== undefined && state.filterButtonHidden === true) {
    table.table.showFilterButton = false;
  }
  const filter = state.sheetFilter;
  if (filter !== undefined && (table === undefined || state.tableCreated)) {
    const range = sheet.getRangeByIndexes(filter.top, filter.left, filter.rows, filter.columns);
    if (facts.sheetFilter === undefined) sheet.autoFilter.apply(range);
  }
  if (scope.removeState && facts.stateText !== undefined) {
    store.remove(context, sheet, facts.sheetId, STATE_KEY);
  }
  await context.sync();
  return { orderRestored: !scope.sortBack || rowIndex !== undefined };
}

/** A header cell written back as it was: text with a text marker so it stays text. */
function restoredHeader(value: string | number | boolean | null): string | number | boolean | null {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/**
 * The add-in's formats among those on the cluster columns: by recorded id, and when an id is
 * missing (a failed step, or ids Excel renumbered after the file was reopened) by column, rule
 * and one of the add-in's colours.
 */
async function formatsToDelete(
  context: Excel.RequestContext,
  collections: { column: number; formats: Excel.ConditionalFormatCollection }[],
  records: readonly FormatRecord[],
  scope: CleanupScope,
): Promise<Excel.ConditionalFormat[]> {
  const ids = new Set(records.map((r) => r.id).filter((id) => id !== undefined));
  const doomed: Excel.ConditionalFormat[] = [];
  const others: { column: number; format: Excel.ConditionalFormat }[] = [];
  const matched = new Set<string>();
  for (const { column, formats } of collections) {
    for (const format of formats.items) {
      if (ids.has(format.id) && !matched.has(format.id)) {
        matched.add(format.id);
        doomed.push(format);
      } else if (format.type === 'ContainsText' || format.type === 'Custom') {
        others.push({ column, format });
      }
    }
  }
  const missing = scope.findFormatsByRule || records.some((r) => !matched.has(r.id ?? ''));
  if (!missing || others.length === 0) return doomed;

  const rules = others.map(({ column, format }) => {
    const text = format.type === 'ContainsText';
    const rule = text ? format.textComparison : undefined;
    const custom = text ? undefined : format.custom;
    rule?.load('rule');
    rule?.format.fill.load('color');
    custom?.rule.load('formula');
    custom?.format.fill.load('color');
    return { column, format, rule, custom };
  });
  await context.sync();
  const wanted = records.filter((r) => !matched.has(r.id ?? ''));
  for (const { column, format, rule, custom } of rules) {
    const kind = rule !== undefined ? 'text' : 'formula';
    const text = rule !== undefined ? rule.rule.text : (custom?.rule.formula ?? '');
    const color = (rule?.format.fill.color ?? custom?.format.fill.color ?? '').toUpperCase();
    const at = wanted.findIndex(
      (r) =>
        r.column === column &&
        r.kind === kind &&
        r.rule === text &&
        r.color.toUpperCase() === color &&
        KNOWN_COLORS.has(color),
    );
    if (at < 0) continue;
    wanted.splice(at, 1);
    doomed.push(format);
  }
  return doomed;
}
