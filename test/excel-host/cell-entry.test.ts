// What Excel stores when the add-in writes values, read back through Range.values/text.

import { createWorkbook } from './index';

async function writeAndRead(input: unknown, format?: string) {
  const host = createWorkbook({ sheets: [{ name: 'S' }] });
  const cell = host.context.workbook.worksheets.getItem('S').getRange('B2');
  if (format !== undefined) cell.numberFormat = [[format]];
  cell.values = [[input]];
  const read = host.context.workbook.worksheets.getItem('S').getRange('B2');
  read.load('values, text, valueTypes, formulas, numberFormat');
  await host.context.sync();
  return {
    value: read.values[0][0],
    text: read.text[0][0],
    type: read.valueTypes[0][0],
    formula: read.formulas[0][0],
    format: read.numberFormat[0][0],
  };
}

describe('writing into a General cell', () => {
  it.each([
    ['a digit string loses its leading zeros', '00123', 123, '123'],
    [
      'a 16-digit ID keeps 15 significant digits',
      '1234567890123456',
      1234567890123450,
      '1.23457E+15',
    ],
    [
      'a 19-digit ID turns its tail into zeros',
      '1234567890123456789',
      1234567890123450000,
      '1.23457E+18',
    ],
    [
      'a 12-digit number is shown in scientific notation',
      '123456789012',
      123456789012,
      '1.23457E+11',
    ],
    ['an 11-digit number is shown in full', '12345678901', 12345678901, '12345678901'],
    ['a decimal string becomes a number', '2.50', 2.5, '2.5'],
    ['a negative number stays a number', '-7', -7, '-7'],
    ['TRUE becomes a boolean', 'true', true, 'TRUE'],
    ['a percent becomes a fraction', '15%', 0.15, '15%'],
    ['a grouped number gets a grouped format', '1,234', 1234, '1,234'],
    ['an ISO date becomes a date serial', '2024-01-31', 45322, '1/31/2024'],
    ['a plain word stays text', 'Act Now', 'Act Now', 'Act Now'],
    ['an apostrophe forces text and is not shown', "'00123", '00123', '00123'],
    ['an apostrophe keeps a formula-looking string as text', "'=x", '=x', '=x'],
  ])('%s', async (_label, input, value, text) => {
    const read = await writeAndRead(input);
    expect([read.value, read.text]).toEqual([value, text]);
  });

  it.each([
    ['=1+1 is a formula Excel cannot read here', '=1+1', '#NAME?', '=1+1'],
    ['="text" is a formula with a text result', '="text"', 'text', '="text"'],
    ['-abc is taken as a formula', '-abc', '#NAME?', '=-abc'],
    ['@mention stays text', '@mention', '@mention', '@mention'],
  ])('%s', async (_label, input, value, formula) => {
    const read = await writeAndRead(input);
    expect([read.value, read.formula]).toEqual([value, formula]);
  });

  it('reports value types: Double, String, Boolean, Error and Empty', async () => {
    const types = await Promise.all(['5', 'x', 'FALSE', '=bad()', ''].map((v) => writeAndRead(v)));
    expect(types.map((t) => t.type)).toEqual(['Double', 'String', 'Boolean', 'Error', 'Empty']);
  });
});

describe('writing into a cell formatted as text ("@") beforehand', () => {
  it.each([
    ['keeps leading zeros', '00123'],
    ['keeps every digit of a long ID', '1234567890123456789'],
    ['keeps formula-looking text as text', '=SUM(A1)'],
    ['keeps a date-looking string', '2024-01-31'],
  ])('%s', async (_label, input) => {
    const read = await writeAndRead(input, '@');
    expect([read.value, read.text, read.type, read.format]).toEqual([input, input, 'String', '@']);
  });

  it('still stores a JS number as a number', async () => {
    const read = await writeAndRead(42, '@');
    expect([read.value, read.text]).toEqual([42, '42']);
  });
});

describe('values writes', () => {
  it('leave cells whose input is null unchanged', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S', rows: [['a', 'b']] }] });
    const range = host.context.workbook.worksheets.getItem('S').getRange('A1:B1');
    range.values = [[null, 'B']];
    range.load('values');
    await host.context.sync();
    expect(range.values).toEqual([['a', 'B']]);
  });

  it('apply one scalar to every cell', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S' }] });
    const range = host.context.workbook.worksheets.getItem('S').getRange('A1:B2');
    range.values = 'x' as unknown as string[][];
    range.numberFormat = '0.0' as unknown as string[][];
    const read = host.context.workbook.worksheets.getItem('S').getRange('A1:B2');
    read.load('values, numberFormat');
    await host.context.sync();
    expect([read.values, read.numberFormat]).toEqual([
      [
        ['x', 'x'],
        ['x', 'x'],
      ],
      [
        ['0.0', '0.0'],
        ['0.0', '0.0'],
      ],
    ]);
  });

  it('fail with InvalidArgument when the array does not match the range', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S' }] });
    host.context.workbook.worksheets.getItem('S').getRange('A1:B2').values = [
      ['only one row', 'x'],
    ];
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
