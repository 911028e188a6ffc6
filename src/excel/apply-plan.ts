// Applies a target plan to the report, all or nothing. The steps, each one sync except the
// chunked write:
//
//   0. checks (nothing changed yet): protection, filters or sorts of the user's, hidden rows,
//      merged cells;
//   1. the report becomes a table (or its table is reused; a sheet AutoFilter without criteria
//      is removed first, as a table cannot sit under one) and gets the four helper columns;
//   2. the helper columns are written in whole-block chunks;
//   3. filters on the real columns, the sort by Priority and the cluster colours;
//   4. the state is saved in the workbook (a first version goes with step 1), in the closing
//      sync of Excel.run.
//
// `journal` records how far it got, so that the caller can undo a failure in a fresh request.

import { columnsNeeded } from '../core/columns-needed';
import { planTargets } from '../core/plan-targets';
import { resolveCriteria } from '../core/resolve-criteria';
import type { Lang, TargetCriteria, TargetPlan } from '../core/types';
import { AdapterError } from './adapter-error';
import { planClusterFormats } from './cluster-formats';
import { NON_BLANK, filterTextColumns, planFilters } from './filter-plan';
import { HELPER_FORMATS, ROW, helperNames, helperRows } from './helper-columns';
import { overlaps, type SheetFacts } from './locate-report';
import { turnTaker } from './pane-turns';
import { blockRect, reportTable, type ReportBlock } from './report-block';
import { ensureColumns, type ReportData } from './report-data';
import { STATE_KEY, type AppliedState, type FormatRecord } from './sheet-state';
import type { StateStore } from './state-store';
import type { WorkControl } from './work-control';
import { writeRows } from './write-rows';

export interface ApplyJournal {
  state: AppliedState;
  /** Step 1 was sent: a table and helper columns may exist. */
  structure: boolean;
  /** Step 2 finished: the original-row column is complete. */
  written: boolean;
  /** Step 3 was sent: formats may exist. */
  formats: boolean;
}

export interface ApplyInput {
  facts: SheetFacts;
  data: ReportData;
  criteria: TargetCriteria;
  lang: Lang;
  store: StateStore;
  mergesSupported: boolean;
  work: WorkControl;
}

export async function applyPlan(
  context: Excel.RequestContext,
  input: ApplyInput,
  journal: { current?: ApplyJournal },
): Promise<{ plan: TargetPlan; state: AppliedState }> {
  const { facts, data, criteria, lang, work } = input;
  const { block, profile } = data;
  const sheet = facts.sheet;
  const existing = reportTable(facts, block);
  const preflight = await checkSheet(context, input, existing !== undefined);

  const resolved = resolveCriteria(profile, criteria);
  await ensureColumns(
    context,
    sheet,
    data,
    { values: columnsNeeded(profile, criteria), texts: filterTextColumns(profile, resolved) },
    undefined,
    work,
  );
  const turn = turnTaker();
  await turn();
  const plan = planTargets(profile, data.rows, criteria);
  await turn();
  const texts = (column: number): readonly string[] => data.texts.get(column) ?? [];

  const state: AppliedState = {
    version: 1,
    lang,
    criteria,
    ...block,
    tableCreated: existing === undefined,
    helpers: helperNames(lang, existing === undefined ? data.header : preflight.headerTexts),
    formats: planClusterFormats(plan, block, data.rows, texts),
    notes: [],
  };
  const removeFilter =
    existing === undefined &&
    facts.sheetFilter !== undefined &&
    overlaps(facts.sheetFilter.rect, blockRect(block));
  if (removeFilter && facts.sheetFilter !== undefined) state.sheetFilter = facts.sheetFilter.rect;
  if (existing === undefined) {
    const fix = renamedHeaderCells(preflight.headerValues);
    if (fix.some((cell) => cell !== null)) state.headerFix = fix;
  } else if (!existing.showFilterButton) {
    state.filterButtonHidden = true;
  }
  const rowColumn = block.left + block.width + ROW;
  if (!preflight.rowColumnHidden) state.hiddenColumn = rowColumn;
  const step: ApplyJournal = { state, structure: false, written: false, formats: false };
  journal.current = step;

  // 1. The state first (so that Reset can clean up even if undoing a failure fails), then the
  // table and the helper columns.
  work.check();
  step.structure = true;
  input.store.save(context, sheet, facts.sheetId, STATE_KEY, JSON.stringify(state));
  if (removeFilter) sheet.autoFilter.remove();
  const table =
    existing?.table ??
    sheet.tables.add(
      sheet.getRangeByIndexes(block.headerRow, block.left, block.rowCount + 1, block.width),
      true,
    );
  for (const name of state.helpers) table.columns.add(undefined, undefined, name);
  if (state.hiddenColumn !== undefined) {
    sheet.getRangeByIndexes(0, rowColumn, 1, 1).getEntireColumn().columnHidden = true;
  }
  await context.sync();

  // 2. Helper values.
  await writeRows(
    context,
    sheet,
    { top: block.headerRow + 1, left: block.left + block.width, formats: HELPER_FORMATS },
    await helperRows(plan, block.rowCount, lang),
    work,
  );
  step.written = true;

  // 3. Filters, order and colours.
  await turn();
  work.check();
  work.progress('filter', 0, 3);
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  const filters = planFilters(profile, plan, resolved.where, data.rows, texts);
  for (const filter of filters.filters) {
    table.columns.getItemAt(filter.column).filter.apply(filter.criteria);
  }
  if (filters.byPriority) table.columns.getItemAt(block.width).filter.apply(NON_BLANK);
  table.sort.apply([{ key: block.width, ascending: true }]);
  step.formats = true;
  const added = state.formats.map((record) => addFormat(sheet, block, record));
  await context.sync();
  state.formats = state.formats.map((record, i) => ({ ...record, id: added[i].id }));
  work.progress('format', 3, 3);

  // 4. The state again, now with the formats' ids. It goes with the sync Excel.run makes when
  // the batch returns; a failure there reaches the caller like any other.
  work.check();
  input.store.save(context, sheet, facts.sheetId, STATE_KEY, JSON.stringify(state));
  return { plan, state };
}

interface Preflight {
  headerValues: unknown[];
  headerTexts: string[];
  rowColumnHidden: boolean;
}

/** Refuses, before changing anything, a sheet the add-in could not give back as it was. */
async function checkSheet(
  context: Excel.RequestContext,
  input: ApplyInput,
  reused: boolean,
): Promise<Preflight> {
  const { facts, data } = input;
  const { block } = data;
  const sheet = facts.sheet;
  if (facts.protected) throw new AdapterError('protected', 'excel.error.protected');
  const table = reportTable(facts, block);
  const sheetFiltered =
    facts.sheetFilter !== undefined &&
    facts.sheetFilter.filtered &&
    overlaps(facts.sheetFilter.rect, blockRect(block));
  if (sheetFiltered || table?.filtered === true) {
    throw new AdapterError('filtered', 'excel.error.filtered');
  }
  if (reused && table !== undefined && table.sortFields > 0) {
    throw new AdapterError('sorted', 'excel.error.sorted');
  }

  const body = sheet.getRangeByIndexes(
    block.headerRow + 1,
    block.left,
    block.rowCount,
    block.width,
  );
  body.load('rowHidden');
  const header = sheet.getRangeByIndexes(block.headerRow, block.left, 1, block.width);
  header.load('values,text');
  const rowColumn = sheet
    .getRangeByIndexes(0, block.left + block.width + ROW, 1, 1)
    .getEntireColumn();
  rowColumn.load('columnHidden');
  const merges = input.mergesSupported ? rangeOf(sheet, block).getMergedAreasOrNullObject() : null;
  merges?.load('areaCount');
  await context.sync();

  if (body.rowHidden !== false) throw new AdapterError('filtered', 'excel.error.filtered');
  if (merges !== null && !merges.isNullObject && merges.areaCount > 0) {
    throw new AdapterError('merged-cells', 'excel.error.mergedCells');
  }
  return {
    headerValues: header.values[0],
    headerTexts: header.text[0],
    rowColumnHidden: rowColumn.columnHidden,
  };
}

function rangeOf(sheet: Excel.Worksheet, block: ReportBlock): Excel.Range {
  return sheet.getRangeByIndexes(block.headerRow, block.left, block.rowCount + 1, block.width);
}

/**
 * Header cells a new table would rename, with their original value: a table's headers are
 * unique, non-blank text, so blanks, numbers and repeated names change. Null keeps a cell.
 */
export function renamedHeaderCells(
  values: readonly unknown[],
): (string | number | boolean | null)[] {
  const seen = new Set<string>();
  return values.map((value) => {
    if (typeof value !== 'string' || value === '') {
      return typeof value === 'number' || typeof value === 'boolean' ? value : '';
    }
    const key = value.toLowerCase();
    if (seen.has(key)) return value;
    seen.add(key);
    return null;
  });
}

function addFormat(
  sheet: Excel.Worksheet,
  block: ReportBlock,
  record: FormatRecord,
): Excel.ConditionalFormat {
  const range = sheet.getRangeByIndexes(
    block.headerRow + 1,
    block.left + record.column,
    block.rowCount,
    1,
  );
  if (record.kind === 'text') {
    const format = range.conditionalFormats.add('ContainsText' as Excel.ConditionalFormatType);
    format.textComparison.format.fill.color = record.color;
    format.textComparison.rule = {
      operator: 'Contains' as Excel.ConditionalTextOperator,
      text: record.rule,
    };
    format.load('id');
    return format;
  }
  const format = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
  format.custom.rule.formula = record.rule;
  format.custom.format.fill.color = record.color;
  format.load('id');
  return format;
}
