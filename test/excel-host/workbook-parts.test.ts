// Worksheets, settings, custom properties, notes, names and conditional formats.

import { cellAppearance, createWorkbook, snapshot } from './index';

describe('worksheets', () => {
  it.each([
    ['a name over 31 characters', 'x'.repeat(32), 'InvalidArgument'],
    ['a name with a colon', 'a:b', 'InvalidArgument'],
    ['a name with a bracket', 'a[1]', 'InvalidArgument'],
    ['a name with a slash', 'a/b', 'InvalidArgument'],
    ['a name with a question mark', 'why?', 'InvalidArgument'],
    ['a name with an asterisk', 'a*', 'InvalidArgument'],
    ['a name with a backslash', 'a\\b', 'InvalidArgument'],
    ['a name starting with an apostrophe', "'a", 'InvalidArgument'],
    ['an existing name in other case', 'SHEET1', 'ItemAlreadyExists'],
  ])('refuses %s', async (_label, name, code) => {
    const host = createWorkbook();
    host.context.workbook.worksheets.add(name);
    await expect(host.context.sync()).rejects.toMatchObject({ code });
  });

  it('adds a sheet with exactly 31 characters and activates it', async () => {
    const host = createWorkbook();
    const sheets = host.context.workbook.worksheets;
    const added = sheets.add('x'.repeat(31));
    added.activate();
    const active = sheets.getActiveWorksheet();
    active.load('name, position');
    await host.context.sync();
    expect([active.name, active.position]).toEqual(['x'.repeat(31), 1]);
  });

  it('exposes the workbook file name set by the test', async () => {
    const host = createWorkbook({ name: 'm365-propensity.csv' });
    host.context.workbook.load('name');
    await host.context.sync();
    expect(host.context.workbook.name).toBe('m365-propensity.csv');
  });
});

describe('state kept in the workbook', () => {
  it('stores settings as JSON and deletes them', async () => {
    const host = createWorkbook();
    const settings = host.context.workbook.settings;
    settings.add('plan', { clusters: ['Act Now'], version: 1 });
    const read = settings.getItemOrNullObject('plan');
    read.load('value');
    await host.context.sync();
    expect(read.value).toEqual({ clusters: ['Act Now'], version: 1 });
    read.delete();
    const gone = settings.getItemOrNullObject('plan');
    await host.context.sync();
    expect(gone.isNullObject).toBe(true);
  });

  it('stores document custom properties with their type, keys ignoring case', async () => {
    const host = createWorkbook();
    const custom = host.context.workbook.properties.custom;
    custom.add('ReportType', 'm365');
    custom.add('Rows', 42);
    const item = custom.getItem('reporttype');
    item.load('key, value, type');
    custom.load('items/key');
    await host.context.sync();
    expect([item.key, item.value, item.type]).toEqual(['ReportType', 'm365', 'String']);
    expect(custom.items.map((p) => p.key)).toEqual(['ReportType', 'Rows']);
  });

  it('refuses a custom property text longer than 255 characters', async () => {
    const host = createWorkbook();
    host.context.workbook.properties.custom.add('Long', 'x'.repeat(256));
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('stores worksheet custom properties per sheet', async () => {
    const host = createWorkbook({ sheets: [{ name: 'A' }, { name: 'B' }] });
    const sheets = host.context.workbook.worksheets;
    sheets.getItem('A').customProperties.add('origin', 'helper');
    const onA = sheets.getItem('A').customProperties.getItemOrNullObject('ORIGIN');
    const onB = sheets.getItem('B').customProperties.getItemOrNullObject('origin');
    onA.load('value');
    await host.context.sync();
    expect([onA.value, onB.isNullObject]).toEqual(['helper', true]);
  });

  it('adds named ranges that resolve to their range', async () => {
    const host = createWorkbook();
    host.context.workbook.names.add('TargetList', 'Sheet1!B2:C4');
    const range = host.context.workbook.names.getItem('targetlist').getRange();
    const missing = host.context.workbook.names.getItemOrNullObject('Other');
    range.load('address');
    await host.context.sync();
    expect([range.address, missing.isNullObject]).toEqual(['Sheet1!B2:C4', true]);
  });
});

describe('notes (ExcelApi 1.18)', () => {
  it('adds a note to one cell, reads it by address and deletes it', async () => {
    const host = createWorkbook({ sheets: [{ name: 'R' }], authorName: 'Navigator' });
    const notes = host.context.workbook.notes;
    notes.add('R!B2', 'Act Now: high fit');
    const note = notes.getItem('R!B2');
    note.load('content, authorName');
    await host.context.sync();
    expect([note.content, note.authorName]).toEqual(['Act Now: high fit', 'Navigator']);
    note.delete();
    const count = notes.getCount();
    await host.context.sync();
    expect(count.value).toBe(0);
  });

  it('refuses a note on a multi-cell range', async () => {
    const host = createWorkbook({ sheets: [{ name: 'R' }] });
    host.context.workbook.worksheets.getItem('R').notes.add('A1:B2', 'x');
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('fails to load every note property on the web, where visible/width/height are unsupported', async () => {
    const host = createWorkbook({ sheets: [{ name: 'R' }] });
    host.context.workbook.notes.add('R!A1', 'x');
    const notes = host.context.workbook.notes;
    notes.load('items');
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    notes.load('items/content');
    await host.context.sync();
    expect(notes.items.map((n) => n.content)).toEqual(['x']);
  });
});

describe('conditional formats', () => {
  const rows = [['Cluster'], ['Act Now'], ['Evaluate'], ['Act Now'], [12]];

  it('colours the cells whose text matches a ContainsText rule', async () => {
    const host = createWorkbook({ sheets: [{ name: 'R', rows }] });
    const cf = host.context.workbook.worksheets
      .getItem('R')
      .getRange('A2:A5')
      .conditionalFormats.add('ContainsText');
    cf.textComparison.format.fill.color = '#C6EFCE';
    cf.textComparison.rule = { operator: 'Contains', text: 'act now' };
    await host.context.sync();
    expect(['A2', 'A3', 'A4'].map((a) => cellAppearance(host, 'R', a).fill)).toEqual([
      '#C6EFCE',
      null,
      '#C6EFCE',
    ]);
  });

  it('evaluates CellValue rules against numbers', async () => {
    const host = createWorkbook({ sheets: [{ name: 'R', rows }] });
    const cf = host.context.workbook.worksheets
      .getItem('R')
      .getRange('A2:A5')
      .conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = '#FFC7CE';
    cf.cellValue.rule = { formula1: '=10', operator: 'GreaterThan' };
    await host.context.sync();
    expect([cellAppearance(host, 'R', 'A5').fill, cellAppearance(host, 'R', 'A2').fill]).toEqual([
      '#FFC7CE',
      null,
    ]);
  });

  it('stores Custom rules, lists formats touching a range, deletes and clears them', async () => {
    const host = createWorkbook({ sheets: [{ name: 'R', rows }] });
    const sheet = host.context.workbook.worksheets.getItem('R');
    const custom = sheet.getRange('A2:A5').conditionalFormats.add('Custom');
    custom.custom.rule.formula = '=$A2="Act Now"';
    custom.custom.format.fill.color = '#00FF00';
    sheet.getRange('A2:A3').conditionalFormats.add('ContainsText').textComparison.rule = {
      operator: 'BeginsWith',
      text: 'E',
    };
    const listed = sheet.getRange('A5').conditionalFormats;
    listed.load('items/type');
    await host.context.sync();
    expect(listed.items.map((c) => c.type)).toEqual(['Custom']);
    expect(snapshot(host).sheets).toMatchObject([
      {
        conditionalFormats: [{ type: 'ContainsText' }, { type: 'Custom', rule: '=$A2="Act Now"' }],
      },
    ]);
    sheet.getRange('A:A').conditionalFormats.clearAll();
    await host.context.sync();
    expect(snapshot(host).sheets).toMatchObject([{ conditionalFormats: [] }]);
  });
});
