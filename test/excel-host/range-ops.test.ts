// Range navigation, structure changes and formatting.

import { cellAppearance, createWorkbook, hiddenRowNumbers, sheetValues } from './index';

const GRID = [
  ['a1', 'b1', 'c1'],
  ['a2', 'b2', 'c2'],
  ['a3', 'b3', 'c3'],
];

function book() {
  return createWorkbook({ sheets: [{ name: 'S', rows: GRID }] });
}

async function addressOf(make: (sheet: Excel.Worksheet) => Excel.Range): Promise<string> {
  const host = book();
  const range = make(host.context.workbook.worksheets.getItem('S'));
  range.load('address');
  await host.context.sync();
  return range.address;
}

describe('range navigation', () => {
  it.each<[string, (s: Excel.Worksheet) => Excel.Range, string]>([
    ['getRange("A1:C10")', (s) => s.getRange('A1:C10'), 'S!A1:C10'],
    ['getRange("C:C") is an unbounded column', (s) => s.getRange('C:C'), 'S!C:C'],
    ['getRange("2:3") is unbounded rows', (s) => s.getRange('2:3'), 'S!2:3'],
    ['getRangeByIndexes(1, 1, 2, 2)', (s) => s.getRangeByIndexes(1, 1, 2, 2), 'S!B2:C3'],
    ['getCell(2, 0)', (s) => s.getCell(2, 0), 'S!A3'],
    ['getUsedRange()', (s) => s.getUsedRange(), 'S!A1:C3'],
    ['getOffsetRange(1, 2)', (s) => s.getRange('A1:B2').getOffsetRange(1, 2), 'S!C2:D3'],
    ['getResizedRange(2, 0)', (s) => s.getRange('A1:B1').getResizedRange(2, 0), 'S!A1:B3'],
    ['getCell inside a range', (s) => s.getRange('B2:C3').getCell(1, 1), 'S!C3'],
    ['getRow', (s) => s.getRange('A1:C3').getRow(1), 'S!A2:C2'],
    ['getColumn', (s) => s.getRange('A1:C3').getColumn(2), 'S!C1:C3'],
    ['getEntireColumn', (s) => s.getRange('B2').getEntireColumn(), 'S!B:B'],
    ['getLastRow', (s) => s.getRange('A1:C3').getLastRow(), 'S!A3:C3'],
    ['getLastColumn', (s) => s.getRange('A1:C3').getLastColumn(), 'S!C1:C3'],
    ['getRowsBelow', (s) => s.getRange('A1:C3').getRowsBelow(2), 'S!A4:C5'],
    ['getColumnsAfter', (s) => s.getRange('A1:C3').getColumnsAfter(1), 'S!D1:D3'],
    ['getIntersection', (s) => s.getRange('A1:B2').getIntersection('B2:C3'), 'S!B2'],
    ['getBoundingRect', (s) => s.getRange('A1').getBoundingRect('C3'), 'S!A1:C3'],
  ])('%s', async (_label, make, address) => {
    expect(await addressOf(make)).toBe(address);
  });

  it('reads an unbounded range with null cell-level properties and a valid address', async () => {
    const host = book();
    const column = host.context.workbook.worksheets.getItem('S').getRange('C:C');
    column.load('values, text, numberFormat, address, cellCount');
    await host.context.sync();
    expect([column.values, column.text, column.numberFormat]).toEqual([null, null, null]);
    expect([column.address, column.cellCount]).toEqual(['S!C:C', 1048576]);
  });

  it('refuses to write values to an unbounded range', async () => {
    const host = book();
    host.context.workbook.worksheets.getItem('S').getRange('A:B').values = [['x', 'y']];
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('gives a null object for the used range of an empty sheet, and A1 without OrNull', async () => {
    const host = createWorkbook({ sheets: [{ name: 'Empty' }] });
    const sheet = host.context.workbook.worksheets.getItem('Empty');
    const maybe = sheet.getUsedRangeOrNullObject();
    const always = sheet.getUsedRange();
    always.load('address');
    await host.context.sync();
    expect([maybe.isNullObject, always.address]).toEqual([true, 'Empty!A1']);
  });
});

describe('range structure', () => {
  it.each<[string, (s: Excel.Worksheet) => void, string[][]]>([
    [
      'insert(Down) pushes the cells below down',
      (s) => s.getRange('A2:C2').insert('Down'),
      [
        ['a1', 'b1', 'c1'],
        ['', '', ''],
        ['a2', 'b2', 'c2'],
        ['a3', 'b3', 'c3'],
      ],
    ],
    [
      'insert(Right) pushes the cells on the right over',
      (s) => s.getRange('B1:B3').insert('Right'),
      [
        ['a1', '', 'b1', 'c1'],
        ['a2', '', 'b2', 'c2'],
        ['a3', '', 'b3', 'c3'],
      ],
    ],
    [
      'delete(Up) pulls the cells below up',
      (s) => s.getRange('A1:C1').delete('Up'),
      [
        ['a2', 'b2', 'c2'],
        ['a3', 'b3', 'c3'],
      ],
    ],
    [
      'delete(Left) on an entire column removes it',
      (s) => s.getRange('A:A').delete('Left'),
      [
        ['b1', 'c1'],
        ['b2', 'c2'],
        ['b3', 'c3'],
      ],
    ],
    [
      'delete(Up) on part of the columns shifts only those columns',
      (s) => s.getRange('B1:B1').delete('Up'),
      [
        ['a1', 'b2', 'c1'],
        ['a2', 'b3', 'c2'],
        ['a3', '', 'c3'],
      ],
    ],
    [
      'clear("Contents") empties the cells',
      (s) => s.getRange('B1:C3').clear('Contents'),
      [['a1'], ['a2'], ['a3']],
    ],
  ])('%s', async (_label, change, expected) => {
    const host = book();
    change(host.context.workbook.worksheets.getItem('S'));
    await host.context.sync();
    expect(sheetValues(host, 'S')).toEqual(expected);
  });

  it('moves a note and the hidden flag of a row when whole rows are inserted above', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('S');
    sheet.getRange('3:3').rowHidden = true;
    host.context.workbook.notes.add('S!C3', 'look');
    sheet.getRange('1:1').insert('Down');
    await host.context.sync();
    expect(hiddenRowNumbers(host, 'S')).toEqual([4]);
    expect(cellAppearance(host, 'S', 'C4').note).toBe('look');
  });

  it('merges cells keeping the top-left value, and lists the merged areas', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('S');
    sheet.getRange('A1:C1').merge();
    const areas = sheet.getRange('A1:C3').getMergedAreasOrNullObject();
    const none = sheet.getRange('A3').getMergedAreasOrNullObject();
    areas.load('address, areaCount');
    await host.context.sync();
    expect([areas.address, areas.areaCount, none.isNullObject]).toEqual(['S!A1:C1', 1, true]);
    expect(sheetValues(host, 'S')[0]).toEqual(['a1', '', '']);
  });
});

describe('visibility and formats', () => {
  it('hides rows and columns and reports mixed states as null', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('S');
    sheet.getRange('A2').getEntireRow().rowHidden = true;
    sheet.getRange('C:C').columnHidden = true;
    const rows = sheet.getRange('A1:A3');
    const second = sheet.getRange('A2');
    const column = sheet.getRange('C1');
    rows.load('rowHidden');
    second.load('rowHidden');
    column.load('columnHidden');
    await host.context.sync();
    expect([rows.rowHidden, second.rowHidden, column.columnHidden]).toEqual([null, true, true]);
  });

  it('returns the visible rows and columns of a range through getVisibleView', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('S');
    sheet.getRange('2:2').rowHidden = true;
    sheet.getRange('B:B').columnHidden = true;
    const view = sheet.getRange('A1:C3').getVisibleView();
    view.load('values, rowCount');
    view.rows.load('items');
    await host.context.sync();
    expect(view.values).toEqual([
      ['a1', 'c1'],
      ['a3', 'c3'],
    ]);
    expect([view.rowCount, view.rows.items.length, view.rows.items[1].values]).toEqual([
      2,
      2,
      [['a3', 'c3']],
    ]);
  });

  it('stores fill, bold and column width, and reads them back per range', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('S');
    const header = sheet.getRange('A1:C1');
    header.format.fill.color = 'yellow';
    header.format.font.bold = true;
    header.format.columnWidth = 90;
    const mixed = sheet.getRange('A1:A2');
    mixed.load('format/fill/color, format/font/bold');
    header.load('format/columnWidth, format/fill/color');
    await host.context.sync();
    expect([header.format.fill.color, header.format.columnWidth]).toEqual(['#FFFF00', 90]);
    expect([mixed.format.fill.color, mixed.format.font.bold]).toEqual([null, null]);
  });
});
