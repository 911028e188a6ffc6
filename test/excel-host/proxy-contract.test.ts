// The Office.js load/sync contract, as documented for OfficeExtension.ClientObject.

import { createWorkbook } from './index';

function book() {
  return createWorkbook({
    sheets: [
      {
        name: 'Data',
        rows: [
          ['Name', 'Score'],
          ['Ana', 10],
          ['Bia', 20],
        ],
      },
      { name: 'Other' },
    ],
  });
}

describe('proxy contract', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const host = book();
    const range = host.context.workbook.worksheets.getItem('Data').getRange('A1:B3');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await host.context.sync();
    expect(range.values).toEqual([
      ['Name', 'Score'],
      ['Ana', 10],
      ['Bia', 20],
    ]);
    expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it.each([
    ['a comma-separated string', 'address, rowCount'],
    ['an array of names', ['address', 'rowCount']],
    ['a select option', { select: 'address,rowCount' }],
    ['a property bag', { address: true, rowCount: true }],
  ])('accepts load(%s)', async (_label, option) => {
    const host = book();
    const range = host.context.workbook.worksheets.getItem('Data').getRange('B2:B3');
    range.load(option as string);
    await host.context.sync();
    expect([range.address, range.rowCount]).toEqual(['Data!B2:B3', 2]);
  });

  it('loads navigation paths such as format/fill/color', async () => {
    const host = book();
    const range = host.context.workbook.worksheets.getItem('Data').getRange('A1');
    range.format.fill.color = '#ffcc00';
    range.load('format/fill/color, format/font/bold');
    await host.context.sync();
    expect([range.format.fill.color, range.format.font.bold]).toEqual(['#FFCC00', false]);
  });

  it('applies queued writes in order, and a load queued after them sees their result', async () => {
    const host = book();
    const cell = host.context.workbook.worksheets.getItem('Data').getRange('C1');
    cell.values = [[1]];
    cell.values = [[2]];
    cell.numberFormat = [['0.00']];
    const again = host.context.workbook.worksheets.getItem('Data').getRange('C1');
    again.load('values, text');
    await host.context.sync();
    expect([again.values, again.text]).toEqual([[[2]], [['2.00']]]);
  });

  it('lets objects returned by methods be used before the sync that finds them', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.add('Made');
    const cell = sheet.getRange('A1').getOffsetRange(1, 1);
    cell.values = [['x']];
    cell.load('address');
    await host.context.sync();
    expect(cell.address).toBe('Made!B2');
  });

  it('reports isNullObject only after a sync, for *OrNullObject results', async () => {
    const host = book();
    const sheets = host.context.workbook.worksheets;
    const missing = sheets.getItemOrNullObject('Nope');
    const present = sheets.getItemOrNullObject('data');
    expect(() => missing.isNullObject).toThrow(
      expect.objectContaining({ code: 'PropertyNotLoaded' }),
    );
    await host.context.sync();
    expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
  });

  it('fails the sync with ItemNotFound when getItem names nothing', async () => {
    const host = book();
    host.context.workbook.worksheets.getItem('Nope').load('name');
    await expect(host.context.sync()).rejects.toMatchObject({
      code: 'ItemNotFound',
      debugInfo: { errorLocation: 'Worksheet.load' },
    });
  });

  it('keeps the operations before a failing one and drops the ones after it', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('Data');
    sheet.getRange('D1').values = [['before']];
    sheet.getRange('A1:B1').values = [['too', 'many', 'cells']];
    sheet.getRange('D2').values = [['after']];
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    const check = sheet.getRange('D1:D2');
    check.load('values');
    await host.context.sync();
    expect(check.values).toEqual([['before'], ['']]);
  });

  it('loads collection items and counts through a ClientResult', async () => {
    const host = book();
    const sheets = host.context.workbook.worksheets;
    sheets.load('items/name');
    const count = sheets.getCount();
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
    await host.context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(['Data', 'Other']);
    expect(count.value).toBe(2);
  });

  it('runs a batch like Excel.run: queued work is synced when the batch ends', async () => {
    const host = book();
    const result = await host.run(async (context) => {
      context.workbook.worksheets.getItem('Other').getRange('A1').values = [['written']];
      return 'done';
    });
    const cell = host.context.workbook.worksheets.getItem('Other').getRange('A1');
    cell.load('values');
    await host.context.sync();
    expect([result, cell.values]).toEqual(['done', [['written']]]);
  });

  it('rejects work queued on a context whose run has finished', async () => {
    const host = book();
    let leaked: Excel.Range | undefined;
    await host.run(async (context) => {
      leaked = context.workbook.worksheets.getItem('Data').getRange('A1');
    });
    leaked?.load('values');
    await expect(leaked?.context.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });

  it('refuses a proxy from another request context as an argument', async () => {
    const host = book();
    const foreign = host.newContext().workbook.worksheets.getItem('Data').getRange('A1:B3');
    expect(() => host.context.workbook.tables.add(foreign, true)).toThrow(
      expect.objectContaining({ code: 'InvalidRequestContext' }),
    );
  });

  it('serialises loaded properties with toJSON', async () => {
    const host = book();
    const sheet = host.context.workbook.worksheets.getItem('Data');
    sheet.load('name, position');
    await host.context.sync();
    expect(JSON.parse(JSON.stringify(sheet))).toEqual({ name: 'Data', position: 0 });
  });
});
