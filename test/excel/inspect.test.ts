// Inspect: the report on the active sheet is recognised from its header and names, only the
// columns core needs are read, an M365/Surface answer is remembered in the workbook, and a
// sheet that cannot be targeted gets a message in the user's language saying what to do.

import { columnsNeeded } from '../../src/core/columns-needed';
import type { Lang } from '../../src/core/types';
import { t, type MessageKey } from '../../src/i18n';
import { createWorkbook, type ExcelHost } from '../excel-host';
import { EN, SAMPLES, adapterFor, loadSample, readSample, sheetRows } from './report-fixtures';

const FY24_M365 = 'CloudAscent - M365 propensity (FY24).csv';

describe('inspect', () => {
  it.each(Object.entries(SAMPLES))('recognises the %s sample', async (type, file) => {
    const { adapter, table } = loadSample(file);
    const result = await adapter.inspect(EN);
    if (!result.ok) throw new Error(result.message);
    expect(result.value).toMatchObject({
      sheetName: 'Report',
      workbookName: file,
      headerRow: 0,
      rowCount: table.rows.length,
      applied: false,
      needsReportTypeChoice: false,
      notesSupported: true,
    });
    expect(result.value.profile.reportType).toBe(type);
    expect(result.value.analysis.rows).toBe(table.rows.length);
  });

  it('finds the header below title lines and says they were skipped', async () => {
    const { adapter } = loadSample('CloudAscent - Azure propensity (2020).csv');
    const result = await adapter.inspect(EN);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.headerRow).toBe(1);
    expect(result.value.warnings).toContainEqual({
      code: 'title-lines-skipped',
      params: { count: 1 },
    });
  });

  it('offers each firmographic column with its displayed values, most frequent first', async () => {
    const { adapter, table } = loadSample(SAMPLES.azure);
    const result = await adapter.inspect(EN);
    if (!result.ok) throw new Error(result.message);
    const industry = result.value.filterColumns.find((c) => c.header === 'Industry');
    const column = table.header.indexOf('Industry');
    const counts = new Map<string, number>();
    for (const row of table.rows) counts.set(row[column], (counts.get(row[column]) ?? 0) + 1);
    expect(industry?.values.map((v) => [v.value, v.count])).toEqual(
      [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    );
    expect(result.value.filterColumns.map((c) => c.header)).toEqual(
      expect.arrayContaining(['Industry', 'Country', 'SubSegment', 'OrgSize']),
    );
  });

  it('reads only the columns core needs, plus the firmographic filters', async () => {
    const { adapter, host, table } = loadSample(SAMPLES.azure);
    const result = await adapter.inspect(EN);
    if (!result.ok) throw new Error(result.message);
    const { profile } = result.value;
    const filters = result.value.filterColumns.length;
    const valueColumns = new Set([
      ...columnsNeeded(profile),
      ...profile.columns
        .filter((c) => result.value.filterColumns.some((f) => f.header === c.header))
        .map((c) => c.index),
    ]);
    const topRows = Math.min(64, table.rows.length + 1);
    expect(host.stats.cellsRead).toBe(
      topRows * table.header.length + table.rows.length * (valueColumns.size + filters),
    );
    expect(valueColumns.size).toBeLessThan(table.header.length);
  });

  it('asks M365 or Surface when no name tells, and remembers the answer in the workbook', async () => {
    const loaded = loadSample(FY24_M365, { name: 'Book1.xlsx' });
    const first = await loaded.adapter.inspect(EN);
    if (!first.ok) throw new Error(first.message);
    expect(first.value.needsReportTypeChoice).toBe(true);
    expect(first.value.profile.candidates).toEqual(['m365', 'surface']);

    expect(await loaded.adapter.chooseReportType('surface', EN)).toEqual({
      ok: true,
      value: undefined,
      notices: [],
    });
    const answered = await loaded.adapter.inspect(EN);
    const reopened = await adapterFor(loaded.host).inspect(EN);
    for (const result of [answered, reopened]) {
      if (!result.ok) throw new Error(result.message);
      expect(result.value.profile.reportType).toBe('surface');
      expect(result.value.needsReportTypeChoice).toBe(false);
    }
  });

  it('takes the report type from the sheet name before the workbook name', async () => {
    const loaded = loadSample(FY24_M365, { sheetName: 'Surface FY24' });
    const result = await loaded.adapter.inspect(EN);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.profile.reportType).toBe('surface');
  });

  it('uses the workbook name when the sheet name says nothing', async () => {
    const loaded = loadSample(FY24_M365, { sheetName: 'Sheet1', name: 'Surface leads.xlsx' });
    const result = await loaded.adapter.inspect(EN);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.profile.reportType).toBe('surface');
    expect(result.value.needsReportTypeChoice).toBe(false);
  });
});

/** A workbook with one sheet of the given rows, made the active sheet. */
function book(rows: unknown[][], options: { excelApi?: string } = {}): ExcelHost {
  return createWorkbook({ name: 'Book1.xlsx', sheets: [{ name: 'Sheet1', rows }], ...options });
}

async function merged(host: ExcelHost, address: string): Promise<ExcelHost> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange(address).merge();
    await context.sync();
  });
  return host;
}

async function tableOver(host: ExcelHost, address: string): Promise<ExcelHost> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem('Sheet1').tables.add(address, true);
    await context.sync();
  });
  return host;
}

const azure = sheetRows(readSample(SAMPLES.azure));

const FAILURES: { name: string; host: () => Promise<ExcelHost>; code: string; key: MessageKey }[] =
  [
    {
      name: 'an empty sheet',
      host: async () => book([]),
      code: 'empty-sheet',
      key: 'excel.error.emptySheet',
    },
    {
      name: 'a sheet that is not a CloudAscent report',
      host: async () =>
        book([
          ['Name', 'Email', 'Phone', 'Company'],
          ['Ana Souza', 'ana@example.com', '555-0100', 'Contoso'],
        ]),
      code: 'not-a-report',
      key: 'excel.error.notAReport',
    },
    {
      name: 'a report header with no accounts below it',
      host: async () => book([azure[0]]),
      code: 'no-rows',
      key: 'excel.error.noRows',
    },
    {
      name: 'a sheet of numbers only',
      host: async () =>
        book([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      code: 'no-header',
      key: 'excel.error.noHeader',
    },
    {
      name: 'a report whose header has merged cells',
      host: () => merged(book(azure.slice(0, 20)), 'B1:C1'),
      code: 'merged-header',
      key: 'excel.error.mergedHeader',
    },
    {
      name: 'a report only partly inside a table',
      host: () => tableOver(book(azure.slice(0, 20)), 'A5:E10'),
      code: 'table-mismatch',
      key: 'excel.error.tableMismatch',
    },
    {
      name: 'an Excel that can keep no state in the workbook',
      host: async () => book(azure.slice(0, 20), { excelApi: '1.3' }),
      code: 'no-storage',
      key: 'excel.error.noStorage',
    },
  ];

describe.each(['en', 'pt-BR'] as Lang[])('inspect in %s refuses', (lang) => {
  it.each(FAILURES)('$name with its own message', async ({ host, code, key }) => {
    const sheet = await host();
    const result = await adapterFor(sheet).inspect({ lang });
    expect(result).toEqual({
      ok: false,
      code,
      message: t(lang, key, code === 'table-mismatch' ? { table: 'Table1' } : undefined),
    });
  });
});

it('refuses a sheet whose saved state cannot be read, naming the columns to delete', async () => {
  const host = book(azure.slice(0, 20));
  await host.run(async (context) => {
    context.workbook.worksheets
      .getItem('Sheet1')
      .customProperties.add('PropensityNavigator.state', '{"version":1');
    await context.sync();
  });
  const result = await adapterFor(host).inspect(EN);
  expect(result).toEqual({
    ok: false,
    code: 'state-unreadable',
    message: t('en', 'excel.error.stateUnreadable', { columns: 'Priority, Segment, Why, PN Row' }),
  });
});
