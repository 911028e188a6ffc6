// A comma CSV opened by an Excel that splits on semicolons (Brazil, Portugal) has each whole
// line in one cell of column A. Inspect says so with its own failure code, and Split into
// columns puts the lines into columns on a new sheet, exactly as Open report file… would have,
// leaving the original sheet as it was.

import { decodeText } from '../../src/core/decode-text';
import { t } from '../../src/i18n';
import { hashSheet } from '../excel-host';
import {
  EN,
  expectedTable,
  sampleBytes,
  sheetContent,
  sheetNames,
  workbook,
} from './import-helpers';

/** The sheet Excel makes: named after the file, one physical line of it per row of column A. */
function columnASheet(file: string) {
  const lines = decodeText(new Uint8Array(sampleBytes(file))).split(/\r\n|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const name = file.replace(/\.csv$/, '').slice(0, 31);
  return { name, rows: lines.map((line) => [line]), mode: 'general' as const };
}

describe.each([
  'CloudAscent - Azure propensity (FY24).csv',
  'CloudAscent - Azure propensity (2021).csv',
  'CloudAscent - Agreement renewals propensity (2020).csv',
])('“%s” opened with every line in column A', (file) => {
  it('is reported by inspect as a CSV in column A, with what to do', async () => {
    const { adapter } = workbook([columnASheet(file)]);
    expect(await adapter.inspect(EN)).toEqual({
      ok: false,
      code: 'csv-in-column-a',
      message: t('en', 'excel.error.csvInColumnA'),
    });
  });

  it('splits into columns on a new sheet, exactly as the file, leaving column A as it was', async () => {
    const sheet = columnASheet(file);
    const { host, adapter } = workbook([sheet]);
    const before = hashSheet(host, sheet.name);

    const result = await adapter.splitColumnA?.(EN);
    if (result === undefined || !result.ok) throw new Error(result?.message ?? 'no split');

    const name = result.value.sheetName;
    expect(sheetNames(host)).toEqual([sheet.name, name]);
    expect(host.model.activeSheet.name).toBe(name);
    expect(sheetContent(host, name).texts).toEqual(expectedTable(sampleBytes(file)));
    expect(hashSheet(host, sheet.name)).toBe(before);

    const inspected = await adapter.inspect(EN);
    expect(inspected.ok).toBe(true);
  });
});

it('offers no split on a sheet that already has its columns', async () => {
  const { host, adapter } = workbook([
    {
      name: 'Report',
      rows: [
        ['AccountName', 'AzureCluster'],
        ['Contoso', 'Act Now'],
      ],
    },
  ]);
  expect(await adapter.splitColumnA?.(EN)).toEqual({
    ok: false,
    code: 'not-csv-in-column-a',
    message: t('en', 'excel.error.notCsvInColumnA'),
  });
  expect(sheetNames(host)).toEqual(['Report']);
});

it('does not take a one-column list without delimiters for CSV lines', async () => {
  const { adapter } = workbook([
    { name: 'Names', rows: [['Account'], ['Contoso'], ['Fabrikam'], ['Northwind']] },
  ]);
  const result = await adapter.inspect(EN);
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : result.code).not.toBe('csv-in-column-a');
});

it('cancelled after the rows were written, leaves no new sheet and column A as it was', async () => {
  const sheet = columnASheet('CloudAscent - Azure propensity (FY24).csv');
  const { host, adapter } = workbook([sheet]);
  const before = hashSheet(host, sheet.name);
  const controller = new AbortController();

  const result = await adapter.splitColumnA?.({
    ...EN,
    signal: controller.signal,
    onProgress: (step) => {
      if (step.stage === 'import') controller.abort();
    },
  });

  expect(result).toEqual({
    ok: false,
    code: 'cancelled',
    message: 'Cancelled. No sheet was added.',
  });
  expect(sheetNames(host)).toEqual([sheet.name]);
  expect(hashSheet(host, sheet.name)).toBe(before);
});
