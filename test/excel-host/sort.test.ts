// Range.sort and Table.sort: whole rows move, in Excel's order.

import { createWorkbook, sheetValues } from './index';

async function sortColumn(
  values: unknown[],
  ascending: boolean,
  matchCase = false,
): Promise<unknown[]> {
  const rows = values.map((v, i) => [v, `row${i}`]);
  const host = createWorkbook({ sheets: [{ name: 'S', rows, mode: 'raw' }] });
  const range = host.context.workbook.worksheets.getItem('S').getRange(`A1:B${rows.length}`);
  range.sort.apply([{ key: 0, ascending }], matchCase);
  await host.context.sync();
  return sheetValues(host, 'S').map((r) => r[0]);
}

describe('sort order', () => {
  it.each([
    [
      'numbers before text before booleans, blanks last',
      true,
      ['b', '', 3, true, 'A', 1],
      [1, 3, 'A', 'b', true, ''],
    ],
    [
      'descending reverses the kinds but keeps blanks last',
      false,
      ['b', '', 3, true, 'A', 1],
      [true, 'b', 'A', 3, 1, ''],
    ],
    [
      'text ignores case by default',
      true,
      ['beta', 'Alpha', 'alpha2', 'BETA0'],
      ['Alpha', 'alpha2', 'beta', 'BETA0'],
    ],
    ['errors come after booleans', true, ['#N/A', false, 'x', 2], [2, 'x', false, '#N/A']],
  ])('%s', async (_label, ascending, input, expected) => {
    expect(await sortColumn(input, ascending)).toEqual(expected);
  });

  it('is stable: equal keys keep their original order', async () => {
    const host = createWorkbook({
      sheets: [
        {
          name: 'S',
          rows: [
            [2, 'first'],
            [1, 'x'],
            [2, 'second'],
            [2, 'third'],
          ],
          mode: 'raw',
        },
      ],
    });
    host.context.workbook.worksheets
      .getItem('S')
      .getRange('A1:B4')
      .sort.apply([{ key: 0 }]);
    await host.context.sync();
    expect(sheetValues(host, 'S').map((r) => r[1])).toEqual(['x', 'first', 'second', 'third']);
  });

  it('puts the lowercase spelling first when matchCase is on', async () => {
    expect(await sortColumn(['B', 'b', 'a', 'A'], true, true)).toEqual(['a', 'A', 'b', 'B']);
  });
});

describe('sorting ranges and tables', () => {
  const report = [
    ['Account', 'Priority', 'Cluster'],
    ['Contoso', 3, 'Act Now'],
    ['Fabrikam', '', 'Nurture'],
    ['Northwind', 1, 'Act Now'],
    ['Litware', 2, 'Evaluate'],
  ];

  it('reorders whole rows and keeps the header when hasHeaders is true', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S', rows: report }] });
    host.context.workbook.worksheets
      .getItem('S')
      .getRange('A1:C5')
      .sort.apply([{ key: 1, ascending: true }], false, true);
    await host.context.sync();
    expect(sheetValues(host, 'S')).toEqual([
      ['Account', 'Priority', 'Cluster'],
      ['Northwind', 1, 'Act Now'],
      ['Litware', 2, 'Evaluate'],
      ['Contoso', 3, 'Act Now'],
      ['Fabrikam', '', 'Nurture'],
    ]);
  });

  it('moves formats with their rows', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S', rows: report }] });
    const sheet = host.context.workbook.worksheets.getItem('S');
    sheet.getRange('A2').format.fill.color = '#FF0000';
    sheet.getRange('A1:C5').sort.apply([{ key: 1 }], false, true);
    const moved = sheet.getRange('A4');
    moved.load('values, format/fill/color');
    await host.context.sync();
    expect([moved.values[0][0], moved.format.fill.color]).toEqual(['Contoso', '#FF0000']);
  });

  it('sorts a table body by a field and remembers the fields', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S', rows: report }] });
    const table = host.context.workbook.tables.add('S!A1:C5', true);
    table.sort.apply([
      { key: 2, ascending: true },
      { key: 1, ascending: false },
    ]);
    table.sort.load('fields');
    await host.context.sync();
    expect(sheetValues(host, 'S').map((r) => r[0])).toEqual([
      'Account',
      'Contoso',
      'Northwind',
      'Litware',
      'Fabrikam',
    ]);
    expect(table.sort.fields).toEqual([
      { key: 2, ascending: true },
      { key: 1, ascending: false },
    ]);
  });

  it('rejects a sort key outside the range', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S', rows: report }] });
    host.context.workbook.worksheets
      .getItem('S')
      .getRange('A1:C5')
      .sort.apply([{ key: 3 }]);
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
