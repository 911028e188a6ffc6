// The cells Excel would change if it opened the CSV itself keep the file's text when the add-in
// opens it: long IDs, leading zeros, formula-like text, dates, booleans, percents, accents and
// line breaks. Numbers stay numbers where the cell shows the file's text.

import { cellInput, planColumns } from '../../src/excel/import-cells';
import { EN, sheetContent, textBytes, workbook } from './import-helpers';

/** One CSV field, quoted so that commas, quotes and line breaks survive. */
function field(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

async function importRows(header: string[], rows: string[][], fileName = 'tricky.csv') {
  const text = [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n');
  const { host, adapter } = workbook();
  const result = await adapter.openReportFile?.({ fileName, bytes: textBytes(text) }, EN);
  if (result === undefined || !result.ok) throw new Error(result?.message ?? 'no import');
  return { host, result, ...sheetContent(host, result.value.sheetName) };
}

describe('a value in a column of free text', () => {
  const cases: [string, string, string | number][] = [
    ['a formula', '=HYPERLINK("http://x")', '=HYPERLINK("http://x")'],
    ['a plus sign', '+55 11 5555-0100', '+55 11 5555-0100'],
    ['a minus sign', '-', '-'],
    ['an at sign', '@contoso', '@contoso'],
    ['a leading apostrophe', "'quoted'", "'quoted'"],
    ['a date', '2025-06-30', '2025-06-30'],
    ['a US date', '6/30/2025', '6/30/2025'],
    ['a boolean word', 'TRUE', 'TRUE'],
    ['a percent', '12%', '12%'],
    ['a grouped number', '1,234', '1,234'],
    ['an error literal', '#N/A', '#N/A'],
    ['scientific notation', '1E5', '1E5'],
    ['a number with a space', ' 42', ' 42'],
    ['accents', 'São Paulo – Conceição', 'São Paulo – Conceição'],
    ['a line break', 'Rua A, 10\nSala 2', 'Rua A, 10\nSala 2'],
    ['a whole number', '250', 250],
    ['a negative decimal', '-12.5', -12.5],
    ['a number past General’s width', '123456789012', '123456789012'],
  ];

  it.each(cases)('keeps %s exactly', async (_, text, stored) => {
    const { values, texts } = await importRows(['AccountName', 'Notes'], [['Contoso', text]]);
    expect(values[1][1]).toBe(stored);
    expect(texts[1][1]).toBe(text);
  });
});

describe('identifier-like columns', () => {
  it.each([
    ['CustomerID', '1739805379468474', 'an ID of 16 digits'],
    ['DUNSNumber', '004567891', 'a DUNS number with leading zeros'],
    ['PostalCode', '01310', 'a ZIP code with a leading zero'],
    ['AgreementID', '=A1', 'an agreement ID that looks like a formula'],
    ['Reference', '0042', 'an unnamed column of codes with leading zeros'],
    ['Reference', '12345678901234567890', 'an unnamed column of 20-digit codes'],
  ])('keep %s %s as text in a text-formatted column (%s)', async (header, text) => {
    const { host, values } = await importRows(['AccountName', header], [['Contoso', text]]);
    expect(values[1][1]).toBe(text);
    expect(host.model.sheets[1].grid.get('numberFormat', 1, 1)).toBe('@');
  });
});

it('shows a column of scores written with one decimal as numbers with that decimal', async () => {
  const { host, values, texts } = await importRows(
    ['AccountName', 'AzureFit'],
    [
      ['Contoso', '97.0'],
      ['Fabrikam', '52.5'],
    ],
  );
  expect(values.slice(1).map((row) => row[1])).toEqual([97, 52.5]);
  expect(texts.slice(1).map((row) => row[1])).toEqual(['97.0', '52.5']);
  expect(host.model.sheets[1].grid.get('numberFormat', 1, 1)).toBe('0.0');
});

it('keeps trailing zeros as text in a column whose numerals differ in decimals', async () => {
  const { values, texts } = await importRows(
    ['AccountName', 'Revenue'],
    [
      ['Contoso', '1.50'],
      ['Fabrikam', '2.5'],
    ],
  );
  expect(values.slice(1).map((row) => row[1])).toEqual(['1.50', 2.5]);
  expect(texts.slice(1).map((row) => row[1])).toEqual(['1.50', '2.5']);
});

it('leaves a header with repeated names as a range, since a table would rename them', async () => {
  const { host, result, texts } = await importRows(
    ['AccountName', 'Visits', 'visits'],
    [['Contoso', '1', '2']],
  );
  expect(result.value.table).toBe(false);
  expect(host.model.tables).toHaveLength(0);
  expect(texts[0]).toEqual(['AccountName', 'Visits', 'visits']);
  expect(result.notices).toEqual([
    'Line 1: The header “Visits” appears 2 times; each column is kept, in file order.',
    expect.stringContaining('left as a plain range'),
  ]);
});

it('reads a semicolon file with a byte order mark and a title line, and says the title was skipped', async () => {
  const text = '\uFEFFRelatório CloudAscent\r\nAccountName;Receita\r\nAçaí Ltda;1.234,56\r\n';
  const { host, adapter } = workbook();
  const result = await adapter.openReportFile?.(
    { fileName: 'relatorio.csv', bytes: textBytes(text) },
    EN,
  );
  if (result === undefined || !result.ok) throw new Error(result?.message ?? 'no import');
  expect(sheetContent(host, 'relatorio').texts).toEqual([
    ['AccountName', 'Receita'],
    ['Açaí Ltda', '1.234,56'],
  ]);
  expect(result.notices).toEqual(['Line 1: A title line above the header was skipped.']);
});

it('refuses a file that is not text, saying why, and adds no sheet', async () => {
  const { host, adapter } = workbook();
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]).buffer;
  const result = await adapter.openReportFile?.({ fileName: 'report.xlsx', bytes }, EN);
  expect(result).toEqual({
    ok: false,
    code: 'file-unreadable',
    message: expect.stringContaining('This is not a text (CSV) file'),
  });
  expect(host.model.sheets).toHaveLength(1);
});

describe('the cell value planned for a text', () => {
  const general = planColumns(undefined, 1, [['x']])[0];
  it.each([
    ['', ''],
    ['7', 7],
    ['0', 0],
    ['-0', "'-0"],
    ['007', "'007"],
    ['12.50', "'12.50"],
    ['Yes', 'Yes'],
    ['R$ 1.000', "'R$ 1.000"],
    ['@home', "'@home"],
  ])('writes %j in a General column as %j', (text, expected) => {
    expect(cellInput(text, general)).toBe(expected);
  });
});
