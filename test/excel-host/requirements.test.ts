// Requirement sets: isSetSupported semantics and ApiNotFound on older Excel.

import { createWorkbook } from './index';

describe('isSetSupported', () => {
  it.each([
    ['ExcelApi', '1.17', '1.17', true],
    ['ExcelApi', '1.17', '1.18', false],
    ['ExcelApi', '1.17', '1.9', true],
    ['ExcelApi', '1.9', '1.10', false],
    ['excelapi', '1.20', undefined, true],
    ['SharedRuntime', '1.20', '1.1', false],
  ])('%s %s host answers %s → %s', (name, hostVersion, asked, expected) => {
    const host = createWorkbook({ excelApi: hostVersion });
    expect(host.requirements.isSetSupported(name, asked)).toBe(expected);
  });

  it('knows the other sets it was given', () => {
    const host = createWorkbook({ otherSets: { SharedRuntime: '1.1' } });
    expect(host.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(true);
  });
});

describe('members newer than the host', () => {
  it('fails notes with ApiNotFound on Excel without ExcelApi 1.18', async () => {
    const host = createWorkbook({ excelApi: '1.17', sheets: [{ name: 'R' }] });
    host.context.workbook.notes.add('R!A1', 'hello');
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it.each<[string, string, (b: Excel.Workbook) => void]>([
    [
      'worksheet custom properties need 1.12',
      '1.11',
      (b) => b.worksheets.getItem('Sheet1').customProperties.add('k', 'v'),
    ],
    [
      'table.resize needs 1.13',
      '1.12',
      (b) => b.tables.add('Sheet1!A1:B3', true).resize('Sheet1!A1:C3'),
    ],
    [
      'merged areas need 1.13',
      '1.12',
      (b) => b.worksheets.getItem('Sheet1').getRange('A1').getMergedAreasOrNullObject(),
    ],
    [
      'AutoFilter needs 1.9',
      '1.8',
      (b) => b.worksheets.getItem('Sheet1').autoFilter.load('enabled'),
    ],
    [
      'getRangeByIndexes needs 1.7',
      '1.6',
      (b) => b.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).load('address'),
    ],
    [
      'screen-updating suspension needs 1.9',
      '1.8',
      (b) => b.application.suspendScreenUpdatingUntilNextSync(),
    ],
  ])('%s', async (_label, version, use) => {
    const host = createWorkbook({ excelApi: version });
    use(host.context.workbook);
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('lets a desktop host load Note.visible, which the web does not support', async () => {
    const host = createWorkbook({ platform: 'desktop', sheets: [{ name: 'R' }] });
    const note = host.context.workbook.notes.add('R!A1', 'x');
    note.load('visible');
    await host.context.sync();
    expect(note.visible).toBe(false);
  });
});
