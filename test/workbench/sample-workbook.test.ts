// A sample report loaded into the in-memory Excel host as an imported report: header in row 1,
// every cell text, title lines left out.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleWorkbook, sheetNameOf } from '../../src/workbench/sample-workbook';
import { cellAppearance, sheetTexts } from '../excel-host';

const SAMPLES = join(__dirname, '..', '..', 'samples');

function load(fileName: string) {
  const loaded = sampleWorkbook(fileName, readFileSync(join(SAMPLES, fileName)));
  if (!loaded.ok) throw new Error(loaded.error.code);
  return loaded.value;
}

describe('sample workbook', () => {
  it.each([
    ['CloudAscent - Azure propensity.csv', 'CloudAscent - Azure propensity'],
    ['CloudAscent - Agreement renewals propensity.csv', 'CloudAscent - Agreement renewal'],
    ['a/b?c.csv', 'a b c'],
    ['.csv', 'Report'],
  ])('names the sheet for %s as Excel does: %s', (fileName, sheetName) => {
    expect(sheetNameOf(fileName)).toBe(sheetName);
  });

  it('holds the header in row 1 and every value as text, leading zeros kept', () => {
    const { host, sheetName, rowCount } = load('CloudAscent - Azure propensity.csv');
    const texts = sheetTexts(host, sheetName);

    expect(rowCount).toBe(300);
    expect(texts).toHaveLength(301);
    expect(texts[0][3]).toBe('DUNSNumber');
    expect(texts[2][3]).toBe('008751380');
    expect(cellAppearance(host, sheetName, 'D3')).toMatchObject({
      value: '008751380',
      numberFormat: '@',
    });
    expect(host.model.name).toBe('CloudAscent - Azure propensity.csv');
  });

  it('leaves title lines out and says so', () => {
    const { host, sheetName, warnings } = load('CloudAscent - Azure propensity (2020).csv');

    expect(sheetTexts(host, sheetName)[0][0]).toBe('MPN ID');
    expect(warnings.map((warning) => warning.code)).toContain('title-lines-skipped');
  });

  it('refuses a file that is no report, with core’s problem', () => {
    const loaded = sampleWorkbook('empty.csv', new Uint8Array());
    expect(loaded).toEqual({ ok: false, error: expect.objectContaining({ code: 'empty-file' }) });
  });
});
