// Apply refuses, before changing anything, a sheet it could not give back exactly: protected,
// already filtered or sorted by the user, with hidden rows or merged cells. Explain and Reset
// need a target list on the sheet and an unprotected sheet.

import { columnLetters } from '../../src/excel/cell-text';
import { t, type MessageKey } from '../../src/i18n';
import { setSheetProtected, snapshot } from '../excel-host';
import { EN, SAMPLES, loadSample, type LoadedSample } from './report-fixtures';

type Change = (sheet: Excel.Worksheet, loaded: LoadedSample) => void;

async function change(loaded: LoadedSample, edit: Change): Promise<void> {
  await loaded.host.run(async (context) => {
    edit(context.workbook.worksheets.getItem(loaded.sheetName), loaded);
    await context.sync();
  });
}

function reportAddress(loaded: LoadedSample): string {
  const { header, rows } = loaded.table;
  return `A1:${columnLetters(header.length - 1)}${rows.length + 1}`;
}

function column(loaded: LoadedSample, header: string): number {
  return loaded.table.header.indexOf(header);
}

const REFUSALS: { name: string; edit: Change; code: string; key: MessageKey }[] = [
  {
    name: 'a sheet AutoFilter with criteria',
    edit: (sheet, loaded) =>
      sheet.autoFilter.apply(reportAddress(loaded), column(loaded, 'AzureCluster'), {
        filterOn: 'Values' as Excel.FilterOn,
        values: ['Evaluate'],
      }),
    code: 'filtered',
    key: 'excel.error.filtered',
  },
  {
    name: 'rows hidden by hand',
    edit: (sheet) => {
      sheet.getRange('5:7').rowHidden = true;
    },
    code: 'filtered',
    key: 'excel.error.filtered',
  },
  {
    name: 'a table with a filter of the user’s',
    edit: (sheet, loaded) => {
      const table = sheet.tables.add(reportAddress(loaded), true);
      table.columns.getItemAt(column(loaded, 'Industry')).filter.applyValuesFilter(['Retail']);
    },
    code: 'filtered',
    key: 'excel.error.filtered',
  },
  {
    name: 'a table the user sorted',
    edit: (sheet, loaded) => {
      const table = sheet.tables.add(reportAddress(loaded), true);
      table.sort.apply([{ key: column(loaded, 'AccountName'), ascending: true }]);
    },
    code: 'sorted',
    key: 'excel.error.sorted',
  },
  {
    name: 'merged cells among the rows',
    edit: (sheet) => sheet.getRange('F10:G10').merge(),
    code: 'merged-cells',
    key: 'excel.error.mergedCells',
  },
];

describe('apply leaves the sheet untouched and says what to do for', () => {
  it.each(REFUSALS)('$name', async ({ edit, code, key }) => {
    const loaded = loadSample(SAMPLES.azure);
    await change(loaded, edit);
    const before = snapshot(loaded.host);
    expect(await loaded.adapter.apply({}, EN)).toEqual({ ok: false, code, message: t('en', key) });
    expect(snapshot(loaded.host)).toEqual(before);
  });

  it('a protected sheet', async () => {
    const loaded = loadSample(SAMPLES.azure);
    setSheetProtected(loaded.host, loaded.sheetName, true);
    const before = snapshot(loaded.host);
    expect(await loaded.adapter.apply({}, { lang: 'pt-BR' })).toEqual({
      ok: false,
      code: 'protected',
      message: t('pt-BR', 'excel.error.protected'),
    });
    expect(snapshot(loaded.host)).toEqual(before);
  });
});

describe('explain and reset', () => {
  it('need a target list on the sheet', async () => {
    const { adapter } = loadSample(SAMPLES.security);
    const refusal = { ok: false, code: 'not-applied', message: t('en', 'excel.error.notApplied') };
    expect(await adapter.explain(EN)).toEqual(refusal);
    expect(await adapter.reset(EN)).toEqual(refusal);
  });

  it('refuse a sheet protected after targeting, and work once it is unprotected', async () => {
    const { adapter, host, sheetName } = loadSample(SAMPLES.security);
    const original = snapshot(host);
    expect((await adapter.apply({}, EN)).ok).toBe(true);
    setSheetProtected(host, sheetName, true);
    const applied = snapshot(host);
    const refusal = { ok: false, code: 'protected', message: t('en', 'excel.error.protected') };
    expect(await adapter.explain(EN)).toEqual(refusal);
    expect(await adapter.reset(EN)).toEqual(refusal);
    expect(snapshot(host)).toEqual(applied);

    setSheetProtected(host, sheetName, false);
    expect((await adapter.reset(EN)).ok).toBe(true);
    expect(snapshot(host)).toEqual(original);
  });
});
