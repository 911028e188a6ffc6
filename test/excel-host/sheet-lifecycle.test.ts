// Renaming, moving, hiding and deleting worksheets; adding table rows.

import { createWorkbook, sheetValues, snapshot } from './index';

function book() {
  return createWorkbook({
    sheets: [
      {
        name: 'A',
        rows: [
          ['x', 'y'],
          ['1', '2'],
        ],
      },
      { name: 'B' },
    ],
  });
}

describe('worksheet lifecycle', () => {
  it('renames, moves and hides a sheet', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('A');
    sheet.name = 'Report';
    sheet.position = 1;
    sheet.visibility = 'Hidden';
    const sheets = host.context.workbook.worksheets;
    sheets.load('items/name, items/visibility');
    await host.context.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ['B', 'Visible'],
      ['Report', 'Hidden'],
    ]);
  });

  it('keeps at least one visible sheet', async () => {
    const host = createWorkbook();
    host.context.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden';
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('deletes a sheet with its tables, and a proxy to it then fails', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('A');
    sheet.tables.add('A1:B2', true);
    sheet.load('name');
    await host.context.sync();
    sheet.delete();
    await host.context.sync();
    expect(snapshot(host)).toMatchObject({ sheets: [{ name: 'B' }], tables: [], activeSheet: 'B' });
    sheet.getRange('A1').load('values');
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('gives a null object when two ranges do not intersect', async () => {
    const host = book();
    const none = host.context.workbook.worksheets
      .getItem('A')
      .getRange('A1')
      .getIntersectionOrNullObject('C3');
    await host.context.sync();
    expect(none.isNullObject).toBe(true);
  });
});

describe('table rows', () => {
  it('appends rows below the body and grows the table', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('A!A1:B2', true);
    table.rows.add(undefined, [
      ['3', '4'],
      ['5', '6'],
    ]);
    table.rows.load('count');
    const range = table.getRange();
    range.load('address');
    await host.context.sync();
    expect([table.rows.count, range.address]).toEqual([3, 'A!A1:B4']);
    expect(sheetValues(host, 'A')).toEqual([
      ['x', 'y'],
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });

  it('deletes body rows and pulls the rows below up', async () => {
    const host = createWorkbook({ sheets: [{ name: 'A', rows: [['h'], ['1'], ['2'], ['3']] }] });
    const table = host.context.workbook.tables.add('A!A1:A4', true);
    table.rows.deleteRowsAt(0, 2);
    await host.context.sync();
    expect(sheetValues(host, 'A')).toEqual([['h'], [3]]);
  });
});

describe('named items', () => {
  it('names a constant and reports its value and type', async () => {
    const host = createWorkbook();
    const item = host.context.workbook.names.add('Threshold', '=75');
    item.load('value, type, formula');
    await host.context.sync();
    expect([item.value, item.type, item.formula]).toEqual([75, 'Double', '=75']);
  });

  it('refuses a name already taken by a table', async () => {
    const host = book();
    host.context.workbook.tables.add('A!A1:B2', true);
    host.context.workbook.names.add('table1', 'A!A1');
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});
