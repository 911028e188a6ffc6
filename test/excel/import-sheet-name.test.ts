// The sheet an import creates is named after the file within Excel's rules for sheet names.

import { MAX_SHEET_NAME, sheetNameFor } from '../../src/excel/sheet-name';

describe('the sheet name for a file', () => {
  it.each([
    ['CloudAscent - Azure propensity.csv', [], 'CloudAscent - Azure propensity'],
    ['C:\\Users\\ana\\Downloads\\azure.CSV', [], 'azure'],
    ['/home/ana/renewals.txt', [], 'renewals'],
    ['a:b?c*d[e]f.csv', [], 'a b c d e f'],
    ["'quoted'.csv", [], 'quoted'],
    ['[].csv', [], 'Report'],
    ['.csv', [], 'Report'],
    ['History.csv', [], 'Report'],
    ['tab\there.csv', [], 'tab here'],
    ['CloudAscent - Azure propensity (FY24).csv', [], 'CloudAscent - Azure propensity'],
    ['azure.csv', ['Sheet1', 'AZURE'], 'azure (2)'],
    ['azure.csv', ['azure', 'Azure (2)'], 'azure (3)'],
    [
      'CloudAscent - Azure propensity.csv',
      ['CloudAscent - Azure propensity'],
      'CloudAscent - Azure propens (2)',
    ],
    [
      "abcdefghijklmnopqrstuvwxyz' 12345.csv",
      ["abcdefghijklmnopqrstuvwxyz' 123"],
      'abcdefghijklmnopqrstuvwxyz (2)',
    ],
  ])('names %j (taken: %j) %j', (file, taken, expected) => {
    const name = sheetNameFor(file, taken);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });
});
