// Explain writes notes on the first targets' account cells (or says once that this Excel has
// none), and everything the add-in did is recorded in the workbook: a new adapter, as after
// saving and reopening the file or from a ribbon button, explains and resets it.

import { renderReasons, t } from '../../src/i18n';
import { cellAddress } from '../../src/excel/cell-text';
import { snapshot, visibleRows } from '../excel-host';
import { EN, SAMPLES, adapterFor, expectedPlan, loadSample } from './report-fixtures';

interface SheetShape {
  notes: { cell: string; content: string }[];
  customProperties: Record<string, string>;
}

function sheetOf(loaded: { host: Parameters<typeof snapshot>[0] }): SheetShape {
  return (snapshot(loaded.host).sheets as SheetShape[])[0];
}

describe('explain', () => {
  it('puts a note with the reason on the account cell of each of the first 50 targets', async () => {
    const loaded = loadSample(SAMPLES.azure);
    const { plan, profile } = expectedPlan(loaded);
    expect(plan.targets.length).toBeGreaterThan(50);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    const result = await loaded.adapter.explain(EN);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.notesWritten).toBe(50);
    expect(result.notices).toEqual([]);

    const account = profile.accountNameColumn as number;
    expect(sheetOf(loaded).notes).toEqual(
      plan.targets.slice(0, 50).map((target, i) => ({
        cell: cellAddress(1 + i, account),
        content: t('en', 'excel.note', {
          priority: target.priority,
          why: renderReasons(target.reasons, 'en'),
        }),
      })),
    );
  });

  it('rewrites the Why column and the notes in the language asked', async () => {
    const loaded = loadSample(SAMPLES.security);
    const { plan } = expectedPlan(loaded);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    expect((await loaded.adapter.explain(EN)).ok).toBe(true);
    expect((await loaded.adapter.explain({ lang: 'pt-BR' })).ok).toBe(true);
    const width = loaded.table.header.length;
    const visible = visibleRows(loaded.host, 'Report').slice(1);
    expect(visible.map((row) => row[width + 2])).toEqual(
      plan.targets.map((target) => renderReasons(target.reasons, 'pt-BR')),
    );
    const notes = sheetOf(loaded).notes;
    expect(notes).toHaveLength(Math.min(50, plan.targets.length));
    expect(notes.every((note) => note.content.startsWith('Prioridade '))).toBe(true);
  });

  it('keeps a note of the user’s and says so', async () => {
    const loaded = loadSample(SAMPLES.security);
    const { profile } = expectedPlan(loaded);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    const cell = cellAddress(1, profile.accountNameColumn as number);
    await loaded.host.run(async (context) => {
      context.workbook.worksheets.getItem('Report').notes.add(cell, 'Called in May');
      await context.sync();
    });
    const result = await loaded.adapter.explain(EN);
    if (!result.ok) throw new Error(result.message);
    expect(result.notices).toEqual([t('en', 'excel.notice.notesKept', { count: 1 })]);
    expect(sheetOf(loaded).notes.find((note) => note.cell === cell)?.content).toBe('Called in May');
    expect((await loaded.adapter.reset(EN)).ok).toBe(true);
    expect(sheetOf(loaded).notes).toHaveLength(1);
  });

  it('without notes (before ExcelApi 1.18) writes the Why column and says so once', async () => {
    const loaded = loadSample(SAMPLES.d365, { excelApi: '1.17' });
    const { plan } = expectedPlan(loaded);
    const before = snapshot(loaded.host);
    const inspected = await loaded.adapter.inspect(EN);
    expect(inspected.ok && inspected.value.notesSupported).toBe(false);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);

    const first = await loaded.adapter.explain(EN);
    const second = await loaded.adapter.explain(EN);
    if (!first.ok || !second.ok) throw new Error('explain failed');
    expect(first.value.notesWritten).toBe(0);
    expect(first.notices).toEqual([t('en', 'excel.notice.notesUnsupported')]);
    expect(second.notices).toEqual([]);
    const width = loaded.table.header.length;
    expect(
      visibleRows(loaded.host, 'Report')
        .slice(1)
        .map((row) => row[width + 2]),
    ).toEqual(plan.targets.map((target) => renderReasons(target.reasons, 'en')));
    expect((await loaded.adapter.reset(EN)).ok).toBe(true);
    expect(snapshot(loaded.host)).toEqual(before);
  });
});

describe('after the workbook is saved and reopened', () => {
  it('a new adapter sees the target list, reads the report in its original order, explains and resets it', async () => {
    const loaded = loadSample(SAMPLES.renewals, { mode: 'general' });
    const before = snapshot(loaded.host);
    const first = await loaded.adapter.inspect(EN);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);

    const reopened = await adapterFor(loaded.host).inspect(EN);
    if (!first.ok || !reopened.ok) throw new Error('inspect failed');
    expect(reopened.value.applied).toBe(true);
    expect(reopened.value.analysis).toEqual(first.value.analysis);
    expect(reopened.value.profile).toEqual(first.value.profile);

    const explained = await adapterFor(loaded.host).explain(EN);
    expect(explained.ok).toBe(true);
    expect((await adapterFor(loaded.host).reset(EN)).ok).toBe(true);
    expect(snapshot(loaded.host)).toEqual(before);
  });

  it('keeps the state in the workbook settings on an Excel without sheet custom properties', async () => {
    const loaded = loadSample(SAMPLES.surface, { excelApi: '1.11' });
    const before = snapshot(loaded.host);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    const settings = snapshot(loaded.host).settings as Record<string, unknown>;
    expect(Object.keys(settings)).toEqual([expect.stringMatching(/^PropensityNavigator\.state\./)]);
    expect((await adapterFor(loaded.host).reset(EN)).ok).toBe(true);
    expect(snapshot(loaded.host)).toEqual(before);
  });

  it('finds its cluster colours by rule when Excel numbered them anew', async () => {
    const loaded = loadSample(SAMPLES.azure);
    const before = snapshot(loaded.host);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    await loaded.host.run(async (context) => {
      const property = context.workbook.worksheets
        .getItem('Report')
        .customProperties.getItem('PropensityNavigator.state');
      property.load('value');
      await context.sync();
      const state = JSON.parse(property.value) as { formats: { id?: string }[] };
      state.formats.forEach((format, i) => (format.id = `renumbered-${i}`));
      property.value = JSON.stringify(state);
      await context.sync();
    });
    expect((await adapterFor(loaded.host).reset(EN)).ok).toBe(true);
    expect(snapshot(loaded.host)).toEqual(before);
  });

  it('Target now on a targeted sheet replaces the target list with the new one', async () => {
    const loaded = loadSample(SAMPLES.azure);
    const { plan, values } = expectedPlan(loaded, { clusters: ['Nurture'] });
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    expect((await loaded.adapter.explain(EN)).ok).toBe(true);
    expect((await adapterFor(loaded.host).apply({ clusters: ['Nurture'] }, EN)).ok).toBe(true);
    const id = loaded.table.header.indexOf('CustomerTPID');
    expect(
      visibleRows(loaded.host, 'Report')
        .slice(1)
        .map((row) => row[id]),
    ).toEqual(plan.targets.map((target) => values[1 + target.row][id]));
    expect(sheetOf(loaded).notes).toEqual([]);
  });
});

it('Reset still puts the rows back after the user turned the table into a range', async () => {
  const loaded = loadSample(SAMPLES.security);
  const before = snapshot(loaded.host);
  expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
  await loaded.host.run(async (context) => {
    context.workbook.worksheets.getItem('Report').tables.getItemAt(0).convertToRange();
    await context.sync();
  });
  expect((await adapterFor(loaded.host).reset(EN)).ok).toBe(true);
  expect(snapshot(loaded.host)).toEqual(before);
});
