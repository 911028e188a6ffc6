// How Apply fits the sheet it finds: the user's own table is reused, a sheet AutoFilter without
// criteria gives way to the table and comes back on Reset, header cells a new table would rename
// are restored, and every criterion becomes a filter on the report's own column.

import { parseCluster } from '../../src/core/parse-cluster';
import { renderReasons, t } from '../../src/i18n';
import { columnLetters } from '../../src/excel/cell-text';
import { createWorkbook, hashSheet, snapshot, visibleRows, cellAppearance } from '../excel-host';
import { CLUSTER_COLORS } from '../../src/excel/cluster-formats';
import {
  EN,
  SAMPLES,
  adapterFor,
  expectedPlan,
  loadSample,
  readSample,
  sheetRows,
  type LoadedSample,
} from './report-fixtures';

interface TableShape {
  name: string;
  range: string;
  criteria: Record<string, Excel.FilterCriteria>;
  sortFields: unknown[];
}

function tables(loaded: LoadedSample): TableShape[] {
  return snapshot(loaded.host).tables as TableShape[];
}

function lastColumn(loaded: LoadedSample, extra = 0): string {
  return columnLetters(loaded.table.header.length - 1 + extra);
}

function reportAddress(loaded: LoadedSample): string {
  return `A1:${lastColumn(loaded)}${loaded.table.rows.length + 1}`;
}

async function edit(loaded: LoadedSample, change: (sheet: Excel.Worksheet) => void): Promise<void> {
  await loaded.host.run(async (context) => {
    change(context.workbook.worksheets.getItem(loaded.sheetName));
    await context.sync();
  });
}

it('reuses the report’s own table and leaves it as it was on Reset', async () => {
  const loaded = loadSample(SAMPLES.d365);
  await edit(loaded, (sheet) => {
    sheet.tables.add(reportAddress(loaded), true).name = 'Accounts';
  });
  const before = snapshot(loaded.host);
  expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
  const rows = loaded.table.rows.length + 1;
  expect(tables(loaded)).toMatchObject([
    { name: 'Accounts', range: `Report!A1:${lastColumn(loaded, 4)}${rows}` },
  ]);
  expect((await loaded.adapter.reset(EN)).ok).toBe(true);
  expect(snapshot(loaded.host)).toEqual(before);
});

it('swaps a sheet AutoFilter without criteria for the table, and puts it back on Reset', async () => {
  const loaded = loadSample(SAMPLES.security);
  await edit(loaded, (sheet) => sheet.autoFilter.apply(reportAddress(loaded)));
  const before = snapshot(loaded.host);
  expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
  expect((snapshot(loaded.host).sheets as { autoFilter: unknown }[])[0].autoFilter).toBeNull();
  expect((await loaded.adapter.reset(EN)).ok).toBe(true);
  expect(snapshot(loaded.host)).toEqual(before);
});

it('restores the blank and repeated header cells a new table renamed', async () => {
  const table = readSample(SAMPLES.azure);
  table.header[table.header.indexOf('Domain')] = '';
  table.header[table.header.indexOf('Area')] = 'Subsidiary';
  const host = createWorkbook({
    name: SAMPLES.azure,
    sheets: [{ name: 'Report', rows: sheetRows(table), mode: 'text' }],
  });
  const adapter = adapterFor(host);
  const before = snapshot(host);
  const hash = hashSheet(host, 'Report');
  expect((await adapter.apply({}, EN)).ok).toBe(true);
  expect((await adapterFor(host).reset(EN)).ok).toBe(true);
  expect(hashSheet(host, 'Report')).toBe(hash);
  expect(snapshot(host)).toEqual(before);
});

it('filters the cluster, cohort, 36-month and firmographic columns themselves', async () => {
  const loaded = loadSample(SAMPLES.azure);
  const criteria = {
    clusters: ['Act Now' as const, 'Evaluate' as const],
    cohorts: ['Azure_Virtual Desktop'],
    recentOnly: true,
    where: [{ column: 'Country', value: 'brazil' }],
  };
  const { plan, values } = expectedPlan(loaded, criteria);
  expect(plan.targets.length).toBeGreaterThan(0);
  const result = await loaded.adapter.apply(criteria, EN);
  if (!result.ok) throw new Error(result.message);

  const header = loaded.table.header;
  const id = header.indexOf('CustomerTPID');
  expect(
    visibleRows(loaded.host, 'Report')
      .slice(1)
      .map((row) => row[id]),
  ).toEqual(plan.targets.map((target) => values[1 + target.row][id]));
  const filtered = Object.keys(tables(loaded)[0].criteria).map((i) => header[Number(i)]);
  expect(filtered.sort()).toEqual(
    ['AzureCluster', 'Azure_Virtual Desktop', 'Transactedinthelast36months', 'Country'].sort(),
  );
  expect(tables(loaded)[0].criteria[header.indexOf('Country')]).toEqual({
    filterOn: 'Values',
    values: ['Brazil'],
  });
});

it('keeps only rows with a priority when several cluster columns are targeted', async () => {
  const loaded = loadSample(SAMPLES.m365);
  const { plan } = expectedPlan(loaded);
  expect(plan.clusterColumns.length).toBeGreaterThan(1);
  expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
  const width = loaded.table.header.length;
  expect(tables(loaded)[0].criteria[width]).toEqual({ filterOn: 'Custom', criterion1: '<>' });
  const visible = visibleRows(loaded.host, 'Report').slice(1);
  expect(visible.map((row) => row[width])).toEqual(plan.targets.map((target) => target.priority));
});

it('names and fills the helper columns in the user’s language', async () => {
  const loaded = loadSample(SAMPLES.security);
  const { plan } = expectedPlan(loaded);
  expect((await loaded.adapter.apply({}, { lang: 'pt-BR' })).ok).toBe(true);
  const width = loaded.table.header.length;
  const rows = visibleRows(loaded.host, 'Report');
  expect(rows[0].slice(width)).toEqual(['Prioridade', 'Segmento', 'Motivo', 'Linha PN']);
  expect(rows[1][width + 2]).toBe(renderReasons(plan.targets[0].reasons, 'pt-BR'));
});

it('gives the helper columns names no report column has', async () => {
  const loaded = loadSample(SAMPLES.azure);
  expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
  const width = loaded.table.header.length;
  expect(visibleRows(loaded.host, 'Report')[0].slice(width)).toEqual([
    'Priority',
    'Segment (2)',
    'Why',
    'PN Row',
  ]);
  expect(t('en', 'excel.column.segment')).toBe('Segment');
});

it('hides the original-row column', async () => {
  const loaded = loadSample(SAMPLES.security);
  expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
  const letter = lastColumn(loaded, 4);
  const hidden = await loaded.host.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Report').getRange(`${letter}:${letter}`);
    range.load('columnHidden');
    await context.sync();
    return range.columnHidden;
  });
  expect(hidden).toBe(true);
});

it('colours each cluster of the cluster column with one format per label', async () => {
  const loaded = loadSample(SAMPLES.azure);
  const { plan, values } = expectedPlan(loaded);
  expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
  const column = loaded.table.header.indexOf('AzureCluster');
  const letter = columnLetters(column);
  const formats = (snapshot(loaded.host).sheets as { conditionalFormats: unknown[] }[])[0]
    .conditionalFormats;
  const labels = new Set(values.slice(1).map((row) => parseCluster(String(row[column]))));
  labels.delete('');
  labels.delete(null);
  expect(formats).toHaveLength(labels.size);
  for (const format of formats) {
    expect(format).toMatchObject({
      ranges: [`${letter}2:${letter}${loaded.table.rows.length + 1}`],
    });
  }
  const first = cellAppearance(loaded.host, 'Report', `${letter}2`);
  expect(plan.targets[0].bestCluster).toBe('Act Now');
  expect(first.fill).toBe(CLUSTER_COLORS['Act Now']);
});

it('finds a report that starts below and right of A1, and gives it back on Reset', async () => {
  const table = readSample(SAMPLES.d365);
  const rows = [[], [], ...sheetRows(table).map((row) => ['', '', ...row])];
  const host = createWorkbook({
    name: SAMPLES.d365,
    sheets: [{ name: 'Report', rows, mode: 'text' }],
  });
  const adapter = adapterFor(host);
  const before = snapshot(host);
  const inspected = await adapter.inspect(EN);
  if (!inspected.ok) throw new Error(inspected.message);
  expect(inspected.value.headerRow).toBe(2);
  const result = await adapter.apply({}, EN);
  if (!result.ok) throw new Error(result.message);
  const visible = visibleRows(host, 'Report').slice(3);
  expect(visible).toHaveLength(result.value.targeted);
  expect(visible.map((row) => row[2 + table.header.length])).toEqual(visible.map((_, i) => i + 1));
  expect((await adapter.reset(EN)).ok).toBe(true);
  expect(snapshot(host)).toEqual(before);
});

it('targets a Portuguese Excel export opened with Excel’s own conversions', async () => {
  const loaded = loadSample('CloudAscent - Agreement renewals propensity (2021, Excel pt-BR).csv', {
    mode: 'general',
  });
  const { plan } = expectedPlan(loaded);
  const before = snapshot(loaded.host);
  const result = await loaded.adapter.apply({}, { lang: 'pt-BR' });
  if (!result.ok) throw new Error(result.message);
  expect(result.value.targeted).toBe(plan.targets.length);
  expect((await loaded.adapter.reset(EN)).ok).toBe(true);
  expect(snapshot(loaded.host)).toEqual(before);
});
