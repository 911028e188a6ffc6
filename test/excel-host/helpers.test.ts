// Test-side helpers: building workbooks from CSV-like grids, reading them back, globals.

import {
  createWorkbook,
  hashSheet,
  installOfficeGlobals,
  setSheetProtected,
  setWorkbookName,
  sheetTexts,
  sheetValues,
  snapshot,
  visibleRows,
} from './index';

const CSV = [
  ['CustomerID', 'PostalCode', 'TPID', 'Cluster'],
  ['000123', '01310-100', '1234567890123456789', 'Act Now'],
  ['42', '04538', '77', 'Evaluate'],
];

describe('building a workbook from a grid of strings', () => {
  it('opened as General, parses digit strings into numbers the way Excel damages them', () => {
    const host = createWorkbook({ sheets: [{ name: 'R', rows: CSV, mode: 'general' }] });
    expect(sheetValues(host, 'R')[1]).toEqual([123, '01310-100', 1234567890123450000, 'Act Now']);
    expect(sheetTexts(host, 'R')[1]).toEqual(['123', '01310-100', '1.23457E+18', 'Act Now']);
    expect(sheetValues(host, 'R')[2][1]).toBe(4538);
  });

  it('opened as text, keeps every string exactly', () => {
    const host = createWorkbook({ sheets: [{ name: 'R', rows: CSV, mode: 'text' }] });
    expect(sheetValues(host, 'R')).toEqual(CSV);
    expect(sheetTexts(host, 'R')).toEqual(CSV);
  });

  it('keeps text formatting for cells the add-in writes later into those columns', async () => {
    const host = createWorkbook({ sheets: [{ name: 'R', rows: CSV, mode: 'text' }] });
    host.context.workbook.worksheets.getItem('R').getRange('A4').values = [['000999']];
    await host.context.sync();
    expect(sheetValues(host, 'R')[3][0]).toBe('000999');
  });
});

describe('reading back', () => {
  it('lists only the rows a user sees', async () => {
    const host = createWorkbook({ sheets: [{ name: 'R', rows: CSV }] });
    host.context.workbook.worksheets.getItem('R').getRange('2:2').rowHidden = true;
    await host.context.sync();
    expect(visibleRows(host, 'R').map((r) => r[3])).toEqual(['Cluster', 'Evaluate']);
  });

  it('hashes equal sheets equally and tells a changed value or type apart', async () => {
    const a = createWorkbook({ sheets: [{ name: 'R', rows: CSV, mode: 'text' }] });
    const b = createWorkbook({ sheets: [{ name: 'R', rows: CSV, mode: 'text' }] });
    const numeric = createWorkbook({ sheets: [{ name: 'R', rows: CSV, mode: 'general' }] });
    expect(hashSheet(a, 'R')).toBe(hashSheet(b, 'R'));
    expect(hashSheet(a, 'R')).not.toBe(hashSheet(numeric, 'R'));
    b.context.workbook.worksheets.getItem('R').getRange('D3').values = [['Nurture']];
    await b.context.sync();
    expect(hashSheet(a, 'R')).not.toBe(hashSheet(b, 'R'));
  });

  it('takes a JSON snapshot of sheets, tables and state', async () => {
    const host = createWorkbook({ name: 'azure.csv', sheets: [{ name: 'R', rows: CSV }] });
    host.context.workbook.tables.add('R!A1:D3', true).name = 'Report';
    host.context.workbook.settings.add('reportType', 'azure');
    await host.context.sync();
    expect(JSON.parse(JSON.stringify(snapshot(host)))).toMatchObject({
      name: 'azure.csv',
      sheets: [{ name: 'R', usedRange: 'A1:D3', hiddenRows: [] }],
      tables: [{ name: 'Report', range: 'R!A1:D3' }],
      settings: { reportType: 'azure' },
    });
  });

  it('lets a test rename the workbook and protect a sheet as a user would', async () => {
    const host = createWorkbook({ sheets: [{ name: 'R' }] });
    setWorkbookName(host, 'surface.csv');
    setSheetProtected(host, 'R', true);
    const sheet = host.context.workbook.worksheets.getItem('R');
    sheet.protection.load('protected');
    host.context.workbook.load('name');
    await host.context.sync();
    expect([host.context.workbook.name, sheet.protection.protected]).toEqual(['surface.csv', true]);
  });
});

describe('installOfficeGlobals', () => {
  it('provides Excel.run, the enums and Office requirements, and removes them again', async () => {
    const host = createWorkbook({ excelApi: '1.17', sheets: [{ name: 'R', rows: CSV }] });
    const uninstall = installOfficeGlobals(host);
    try {
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
      const count = await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('R').getRange('A2:A3');
        range.insert(Excel.InsertShiftDirection.down);
        const used = context.workbook.worksheets.getItem('R').getUsedRange();
        used.load('rowCount');
        await context.sync();
        return used.rowCount;
      });
      expect([count, Excel.FilterOn.values, Excel.ErrorCodes.itemNotFound]).toEqual([
        5,
        'Values',
        'ItemNotFound',
      ]);
    } finally {
      uninstall();
    }
    expect('Excel' in globalThis).toBe(false);
  });
});

describe('run options and small sheet features', () => {
  it('accepts Excel.run(options, batch) and evaluates simple formulas opened from a grid', async () => {
    const host = createWorkbook({
      sheets: [
        {
          name: 'R',
          rows: [
            ['5', '=A1'],
            ['x', '="y"'],
          ],
        },
      ],
    });
    const values = await host.run({ delayForCellEdit: true }, async (context) => {
      const range = context.workbook.worksheets.getItem('R').getRange('B1:B2');
      range.load('values, formulas');
      await context.sync();
      return [range.values, range.formulas];
    });
    expect(values).toEqual([
      [[5], ['y']],
      [['=A1'], ['="y"']],
    ]);
  });

  it('refuses mergeUndoGroup on Excel older than ExcelApi 1.20', async () => {
    const host = createWorkbook({ excelApi: '1.19' });
    await expect(host.run({ mergeUndoGroup: true }, async () => 1)).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
  });

  it('freezes the header row and reports the frozen block', async () => {
    const host = createWorkbook();
    const panes = host.context.workbook.worksheets.getItem('Sheet1').freezePanes;
    panes.freezeRows(1);
    const location = panes.getLocationOrNullObject();
    location.load('address');
    await host.context.sync();
    expect(location.address).toBe('Sheet1!1:1');
  });
});
