// A protected worksheet refuses every change with AccessDenied; reads still work.

import { createWorkbook } from './index';

const ROWS = [
  ['Account', 'Cluster'],
  ['Contoso', 'Act Now'],
  ['Fabrikam', 'Nurture'],
];

function protectedBook() {
  return createWorkbook({ sheets: [{ name: 'R', rows: ROWS, protected: true }] });
}

describe('protected worksheet', () => {
  it.each<[string, (sheet: Excel.Worksheet, book: Excel.Workbook) => void]>([
    ['writing values', (s) => (s.getRange('C1').values = [['Why']])],
    ['setting a number format', (s) => (s.getRange('A2').numberFormat = [['@']])],
    ['filling a cell', (s) => (s.getRange('A1').format.fill.color = '#FF0000')],
    ['sorting', (s) => s.getRange('A1:B3').sort.apply([{ key: 0 }], false, true)],
    [
      'applying an AutoFilter',
      (s) => s.autoFilter.apply('A1:B3', 1, { filterOn: 'Values', values: ['x'] }),
    ],
    ['creating a table', (s) => s.tables.add('A1:B3', true)],
    ['inserting cells', (s) => s.getRange('A2:B2').insert('Down')],
    ['clearing cells', (s) => s.getRange('A2:B2').clear()],
    ['hiding rows', (s) => (s.getRange('2:2').rowHidden = true)],
    [
      'adding a conditional format',
      (s) => s.getRange('B2:B3').conditionalFormats.add('ContainsText'),
    ],
    ['adding a note', (_s, b) => b.notes.add('R!A2', 'hello')],
  ])('refuses %s with AccessDenied', async (_label, change) => {
    const host = protectedBook();
    change(host.context.workbook.worksheets.getItem('R'), host.context.workbook);
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('still allows reads and reports protection.protected', async () => {
    const host = protectedBook();
    const sheet = host.context.workbook.worksheets.getItem('R');
    const used = sheet.getUsedRange();
    used.load('values');
    sheet.protection.load('protected');
    await host.context.sync();
    expect([sheet.protection.protected, used.values]).toEqual([true, ROWS]);
  });

  it('accepts changes again after unprotect', async () => {
    const host = protectedBook();
    const sheet = host.context.workbook.worksheets.getItem('R');
    sheet.protection.unprotect();
    sheet.getRange('C1').values = [['Why']];
    await expect(host.context.sync()).resolves.toBeUndefined();
  });
});
