// Excel tables: creation rules, columns, ranges and lifecycle.

import { createWorkbook, sheetValues, snapshot } from './index';

const ROWS = [
  ['Account', 'Cluster'],
  ['Contoso', 'Act Now'],
  ['Fabrikam', 'Nurture'],
];

function book() {
  return createWorkbook({ sheets: [{ name: 'R', rows: ROWS }] });
}

describe('tables.add', () => {
  it('creates a named table whose ranges split header and body', async () => {
    const host = book();
    const table = host.context.workbook.worksheets.getItem('R').tables.add('A1:B3', true);
    const body = table.getDataBodyRange();
    const header = table.getHeaderRowRange();
    table.load('name, showFilterButton');
    table.rows.load('count');
    body.load('address');
    header.load('values');
    await host.context.sync();
    expect([table.name, table.showFilterButton, table.rows.count]).toEqual(['Table1', true, 2]);
    expect([body.address, header.values]).toEqual(['R!A2:B3', [['Account', 'Cluster']]]);
  });

  it('turns blank and repeated header cells into unique names', async () => {
    const host = createWorkbook({
      sheets: [
        {
          name: 'R',
          rows: [
            ['Name', '', 'Name', 5],
            ['a', 'b', 'c', 'd'],
          ],
        },
      ],
    });
    const table = host.context.workbook.tables.add('R!A1:D2', true);
    table.columns.load('items/name');
    await host.context.sync();
    expect(table.columns.items.map((c) => c.name)).toEqual(['Name', 'Column2', 'Name2', '5']);
  });

  it('adds a header row above the data when hasHeaders is false', async () => {
    const host = book();
    host.context.workbook.tables.add('R!A2:B3', false);
    await host.context.sync();
    expect(sheetValues(host, 'R')).toEqual([
      ['Account', 'Cluster'],
      ['Column1', 'Column2'],
      ['Contoso', 'Act Now'],
      ['Fabrikam', 'Nurture'],
    ]);
  });

  it.each([
    ['overlapping another table', 'B2:C4', 'InvalidArgument'],
    ['on a missing sheet', 'Nope!A1:B2', 'ItemNotFound'],
  ])('fails %s', async (_label, address, code) => {
    const host = book();
    const tables = host.context.workbook.tables;
    tables.add('R!A1:B3', true);
    tables.add(address.includes('!') ? address : `R!${address}`, true);
    await expect(host.context.sync()).rejects.toMatchObject({ code });
  });

  it.each([
    ['a name with a space', 'My Table', 'InvalidArgument'],
    ['a name that looks like a cell', 'AB12', 'InvalidArgument'],
    ['a name already used, ignoring case', 'TABLE1', 'ItemAlreadyExists'],
  ])('refuses %s', async (_label, name, code) => {
    const host = createWorkbook({
      sheets: [{ name: 'R', rows: [...ROWS, [], ['X', 'Y'], ['1', '2']] }],
    });
    host.context.workbook.tables.add('R!A1:B3', true);
    const second = host.context.workbook.tables.add('R!A5:B6', true);
    second.name = name;
    await expect(host.context.sync()).rejects.toMatchObject({ code });
  });
});

describe('table columns', () => {
  it('appends a column with a name and body values, growing the table', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:B3', true);
    const added = table.columns.add(undefined, [['Why'], ['because'], ['since']]);
    const range = table.getRange();
    added.load('name, index');
    range.load('address');
    await host.context.sync();
    expect([added.name, added.index, range.address]).toEqual(['Why', 2, 'R!A1:C3']);
    expect(sheetValues(host, 'R')[2]).toEqual(['Fabrikam', 'Nurture', 'since']);
  });

  it('inserts a column inside the table and shifts the columns on its right', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:B3', true);
    table.columns.add(1, [['x'], ['y']], 'Middle');
    table.columns.load('items/name');
    await host.context.sync();
    expect(table.columns.items.map((c) => c.name)).toEqual(['Account', 'Middle', 'Cluster']);
    expect(sheetValues(host, 'R')[1]).toEqual(['Contoso', 'x', 'Act Now']);
  });

  it('finds columns by name or position, and reads a column body', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:B3', true);
    const byName = table.columns.getItem('cluster').getDataBodyRange();
    const missing = table.columns.getItemOrNullObject('Nope');
    byName.load('values');
    await host.context.sync();
    expect([byName.values, missing.isNullObject]).toEqual([[['Act Now'], ['Nurture']], true]);
  });

  it('deletes a column and pulls the table cells on its right to the left', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:B3', true);
    table.columns.getItemAt(0).delete();
    table.load('name');
    const range = table.getRange();
    range.load('address');
    await host.context.sync();
    expect([range.address, sheetValues(host, 'R')]).toEqual([
      'R!A1:A3',
      [['Cluster'], ['Act Now'], ['Nurture']],
    ]);
  });
});

describe('table lifecycle', () => {
  it('resizes to a range that keeps the header row in place', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:B3', true);
    table.resize('R!A1:C4');
    const range = table.getRange();
    range.load('address');
    table.columns.load('items/name');
    await host.context.sync();
    expect([range.address, table.columns.items.map((c) => c.name)]).toEqual([
      'R!A1:C4',
      ['Account', 'Cluster', 'Column3'],
    ]);
  });

  it('converts to a plain range that keeps the values', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:B3', true);
    const range = table.convertToRange();
    range.load('address');
    const count = host.context.workbook.tables.getCount();
    await host.context.sync();
    expect([range.address, count.value, sheetValues(host, 'R')]).toEqual(['R!A1:B3', 0, ROWS]);
  });

  it('deletes the table together with its cells', async () => {
    const host = book();
    host.context.workbook.tables.add('R!A1:B3', true).delete();
    await host.context.sync();
    expect([snapshot(host).tables, sheetValues(host, 'R')]).toEqual([[], []]);
  });

  it('fails with ItemNotFound when a deleted table is used again', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:B3', true);
    table.delete();
    await host.context.sync();
    table.load('name');
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('table header cells', () => {
  it('stay unique text when the add-in writes into them', async () => {
    const host = book();
    const table = host.context.workbook.tables.add('R!A1:B3', true);
    table.getHeaderRowRange().values = [['Account', '']];
    table.columns.load('items/name');
    await host.context.sync();
    expect(table.columns.items.map((c) => c.name)).toEqual(['Account', 'Column2']);
  });

  it('reports the whole sheet range as rows 1:1048576', async () => {
    const host = book();
    const all = host.context.workbook.worksheets.getItem('R').getRange();
    all.load('address');
    await host.context.sync();
    expect(all.address).toBe('R!1:1048576');
  });
});
