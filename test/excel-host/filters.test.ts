// AutoFilter and table column filters hide rows for real, matching displayed text.

import { createWorkbook, hiddenRowNumbers, visibleRows } from './index';

const REPORT = [
  ['Account', 'Cluster', 'Cohort', 'Revenue'],
  ['Contoso', 'Act Now', 'Yes', 2.5],
  ['Fabrikam', 'Nurture', 'Yes', 10],
  ['Northwind', 'act now', 'No', 7],
  ['Litware', '', 'Yes', 4],
  ['Tailspin', 'Evaluate', 'Yes', 2.5],
];

function book() {
  return createWorkbook({ sheets: [{ name: 'R', rows: REPORT, mode: 'raw' }] });
}

const accounts = (host: ReturnType<typeof book>) =>
  visibleRows(host, 'R')
    .slice(1)
    .map((r) => r[0]);

describe('worksheet AutoFilter', () => {
  it.each<[string, number, Excel.FilterCriteria, string[]]>([
    [
      'a values filter keeps matching rows, ignoring case',
      1,
      { filterOn: 'Values', values: ['Act Now'] },
      ['Contoso', 'Northwind'],
    ],
    [
      '"" in the values keeps blank cells',
      1,
      { filterOn: 'Values', values: ['', 'Evaluate'] },
      ['Litware', 'Tailspin'],
    ],
    [
      'a custom filter compares numbers',
      3,
      { filterOn: 'Custom', criterion1: '>5' },
      ['Fabrikam', 'Northwind'],
    ],
    [
      'a custom filter with wildcards matches text',
      0,
      { filterOn: 'Custom', criterion1: '=*wind' },
      ['Northwind'],
    ],
    [
      'two custom criteria combine with Or',
      3,
      { filterOn: 'Custom', criterion1: '<3', criterion2: '>9', operator: 'Or' },
      ['Contoso', 'Fabrikam', 'Tailspin'],
    ],
    [
      'top items keeps the largest',
      3,
      { filterOn: 'TopItems', criterion1: '2' },
      ['Fabrikam', 'Northwind'],
    ],
  ])('%s', async (_label, column, criteria, expected) => {
    const host = book();
    host.context.workbook.worksheets.getItem('R').autoFilter.apply('A1:D6', column, criteria);
    await host.context.sync();
    expect(accounts(host)).toEqual(expected);
  });

  it('matches the displayed text: 2.5 shown as "2.50" only matches "2.50"', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('R');
    sheet.getRange('D2:D6').numberFormat = [['0.00'], ['0.00'], ['0.00'], ['0.00'], ['0.00']];
    sheet.autoFilter.apply('A1:D6', 3, { filterOn: 'Values', values: ['2.5'] });
    await host.context.sync();
    expect(accounts(host)).toEqual([]);
    sheet.autoFilter.apply('A1:D6', 3, { filterOn: 'Values', values: ['2.50'] });
    await host.context.sync();
    expect(accounts(host)).toEqual(['Contoso', 'Tailspin']);
  });

  it('combines criteria on several columns with AND', async () => {
    const host = book();
    const filter = host.context.workbook.worksheets.getItem('R').autoFilter;
    filter.apply('A1:D6', 1, { filterOn: 'Values', values: ['Act Now', 'Nurture'] });
    filter.apply('A1:D6', 2, { filterOn: 'Values', values: ['Yes'] });
    filter.load('enabled, isDataFiltered, criteria');
    await host.context.sync();
    expect(accounts(host)).toEqual(['Contoso', 'Fabrikam']);
    expect([filter.enabled, filter.isDataFiltered, filter.criteria.length]).toEqual([
      true,
      true,
      4,
    ]);
  });

  it('shows every row again after clearCriteria, and disappears after remove', async () => {
    const host = book();
    const filter = host.context.workbook.worksheets.getItem('R').autoFilter;
    filter.apply('A1:D6', 1, { filterOn: 'Values', values: ['Evaluate'] });
    await host.context.sync();
    expect(hiddenRowNumbers(host, 'R')).toEqual([2, 3, 4, 5]);
    filter.clearCriteria();
    await host.context.sync();
    expect(hiddenRowNumbers(host, 'R')).toEqual([]);
    filter.remove();
    filter.load('enabled');
    await host.context.sync();
    expect(filter.enabled).toBe(false);
  });

  it('does not re-filter rows when values change until reapply', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('R');
    sheet.autoFilter.apply('A1:D6', 1, { filterOn: 'Values', values: ['Evaluate'] });
    sheet.getRange('B2').values = [['Evaluate']];
    await host.context.sync();
    expect(accounts(host)).toEqual(['Tailspin']);
    sheet.autoFilter.reapply();
    await host.context.sync();
    expect(accounts(host)).toEqual(['Contoso', 'Tailspin']);
  });
});

describe('table filters', () => {
  it('hides the rows whose displayed text is not in the values list', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:D6', true);
    table.columns.getItem('Cluster').filter.applyValuesFilter(['Act Now', 'Evaluate']);
    table.columns.getItem('Cohort').filter.applyValuesFilter(['Yes']);
    await host.context.sync();
    expect(accounts(host)).toEqual(['Contoso', 'Tailspin']);
  });

  it('keeps the filter when the table is sorted: visible rows still match', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:D6', true);
    table.columns.getItemAt(2).filter.applyValuesFilter(['Yes']);
    table.sort.apply([{ key: 3, ascending: false }]);
    await host.context.sync();
    expect(accounts(host)).toEqual(['Fabrikam', 'Litware', 'Contoso', 'Tailspin']);
  });

  it('clears all column filters with clearFilters', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:D6', true);
    const cluster = table.columns.getItem('Cluster').filter;
    cluster.apply({ filterOn: 'Values', values: ['Nurture'] });
    cluster.load('criteria');
    await host.context.sync();
    expect(cluster.criteria).toEqual({ filterOn: 'Values', values: ['Nurture'] });
    table.clearFilters();
    table.autoFilter.load('isDataFiltered');
    await host.context.sync();
    expect([accounts(host).length, table.autoFilter.isDataFiltered]).toEqual([5, false]);
  });

  it('creates a table over a sheet AutoFilter by removing the AutoFilter and showing its rows', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('R');
    sheet.autoFilter.apply('A1:D6', 1, { filterOn: 'Values', values: ['Nurture'] });
    await host.context.sync();
    sheet.tables.add('A1:D6', true);
    sheet.autoFilter.load('enabled');
    await host.context.sync();
    expect([sheet.autoFilter.enabled, accounts(host).length]).toEqual([false, 5]);
  });

  it('refuses a sheet AutoFilter over a table', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('R');
    sheet.tables.add('A1:D6', true);
    sheet.autoFilter.apply('A1:D6', 0, { filterOn: 'Values', values: ['Contoso'] });
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});
