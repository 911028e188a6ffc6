import fc from 'fast-check';

import { RAGGED_ROW_WARNING_CAP, readCsv } from '../../src/core/read-csv';
import type { ReadResult } from '../../src/core/types';

function read(text: string): ReadResult {
  const result = readCsv(text);
  if (!result.ok) throw new Error(`expected a successful read, got ${result.error.code}`);
  return result.value;
}

describe('readCsv: shapes of CSV text', () => {
  it.each([
    {
      description: 'comma-separated',
      input: 'Customer ID,Account Name\n001,Contoso\n',
      delimiter: ',',
      rows: [['001', 'Contoso']],
    },
    {
      description: 'semicolon-separated',
      input: 'Customer ID;Account Name\n001;Contoso\n',
      delimiter: ';',
      rows: [['001', 'Contoso']],
    },
    {
      description: 'tab-separated',
      input: 'Customer ID\tAccount Name\n001\tContoso\n',
      delimiter: '\t',
      rows: [['001', 'Contoso']],
    },
    {
      description: 'semicolon-separated with commas inside cells',
      input:
        'Customer ID;Account Name;Revenue\n001;Contoso, Ltda;1.234,56\n002;Fabrikam, S.A.;99,5\n003;Northwind;7\n',
      delimiter: ';',
      rows: [
        ['001', 'Contoso, Ltda', '1.234,56'],
        ['002', 'Fabrikam, S.A.', '99,5'],
        ['003', 'Northwind', '7'],
      ],
    },
    {
      description: 'a UTF-8 byte order mark before the header',
      input: '\uFEFFCustomer ID,Account Name\n001,Contoso',
      delimiter: ',',
      rows: [['001', 'Contoso']],
    },
    {
      description: 'CRLF line breaks',
      input: 'Customer ID,Account Name\r\n001,Contoso\r\n002,Fabrikam\r\n',
      delimiter: ',',
      rows: [
        ['001', 'Contoso'],
        ['002', 'Fabrikam'],
      ],
    },
    {
      description: 'CR-only line breaks',
      input: 'Customer ID,Account Name\r001,Contoso\r002,Fabrikam',
      delimiter: ',',
      rows: [
        ['001', 'Contoso'],
        ['002', 'Fabrikam'],
      ],
    },
    {
      description: 'quoted cells with delimiters, doubled quotes and line breaks',
      input:
        'Customer ID,Account Name,Note\r\n001,"Contoso, Inc.","He said ""call me"""\r\n002,Fabrikam,"line one\r\nline two"\r\n',
      delimiter: ',',
      rows: [
        ['001', 'Contoso, Inc.', 'He said "call me"'],
        ['002', 'Fabrikam', 'line one\r\nline two'],
      ],
    },
    {
      description: 'identifiers with leading zeros and more than 15 digits',
      input:
        'Customer ID,DUNS,Postal Code,TPID\n0001234,004567890,01310-100,12345678901234567890\n',
      delimiter: ',',
      rows: [['0001234', '004567890', '01310-100', '12345678901234567890']],
    },
    {
      description: 'numbers and dates that stay text',
      input:
        'Customer ID,AzureFit,Agreement End Date,Expiring Revenue\n7,82.0,4/30/2026,"1,234.50"\n',
      delimiter: ',',
      rows: [['7', '82.0', '4/30/2026', '1,234.50']],
    },
    {
      description: 'blank and whitespace-only lines anywhere',
      input: '\n\nCustomer ID,Account Name\n\n001,Contoso\n   \n,\n002,Fabrikam\n\n\n',
      delimiter: ',',
      rows: [
        ['001', 'Contoso'],
        ['002', 'Fabrikam'],
      ],
    },
    {
      description: 'a header-only file',
      input: 'Customer ID,Account Name\n',
      delimiter: ',',
      rows: [],
    },
    {
      description: 'accented text',
      input: 'Customer ID;Cidade\n001;São Paulo\n002;Goiânia\n',
      delimiter: ';',
      rows: [
        ['001', 'São Paulo'],
        ['002', 'Goiânia'],
      ],
    },
  ])('reads $description', ({ input, delimiter, rows }) => {
    const result = read(input);
    expect(result.delimiter).toBe(delimiter);
    expect(result.rows).toEqual(rows);
    expect(result.warnings).toEqual([]);
  });

  it('keeps header cells exactly as in the file', () => {
    expect(read('Customer ID, Account Name ,AzureCluster\n1,a,b\n').header).toEqual([
      'Customer ID',
      ' Account Name ',
      'AzureCluster',
    ]);
  });
});

describe('readCsv: title lines before the header', () => {
  it('skips title lines and reports how many, with the header line number', () => {
    const result = read(
      'CloudAscent - Azure propensity\nReport generated 2026-11-25\n\nCustomer ID,Account Name,AzureCluster\n001,Contoso,Act Now\n',
    );
    expect(result.header).toEqual(['Customer ID', 'Account Name', 'AzureCluster']);
    expect(result.headerLine).toBe(4);
    expect(result.rows).toEqual([['001', 'Contoso', 'Act Now']]);
    expect(result.warnings).toEqual([
      { code: 'title-lines-skipped', line: 1, params: { count: 2 } },
    ]);
  });

  it('skips a title line that itself contains the delimiter', () => {
    const result = read(
      'Partner: Contoso, Ltd\nCustomer ID,Account Name,City\n001,Contoso,Recife\n',
    );
    expect(result.headerLine).toBe(2);
    expect(result.header).toEqual(['Customer ID', 'Account Name', 'City']);
  });

  it('finds the header after nine title lines', () => {
    const titles = Array.from({ length: 9 }, (_, i) => `Title ${i}`).join('\n');
    expect(read(`${titles}\nCustomer ID,Account Name\n1,a\n`).headerLine).toBe(10);
  });

  it('takes the first line as header when data rows are as wordy as the header', () => {
    const result = read('Account Name,City\nContoso,Recife\nFabrikam,Natal\n');
    expect(result.headerLine).toBe(1);
    expect(result.rows).toHaveLength(2);
  });
});

describe('readCsv: warnings', () => {
  it('warns about each ragged row with its line, without padding or cutting it', () => {
    const result = read(
      'Customer ID,Account Name,City\n001,Contoso\n\n002,Fabrikam,Natal,extra\n003,Northwind,Recife\n',
    );
    expect(result.rows).toEqual([
      ['001', 'Contoso'],
      ['002', 'Fabrikam', 'Natal', 'extra'],
      ['003', 'Northwind', 'Recife'],
    ]);
    expect(result.warnings).toEqual([
      { code: 'ragged-row', line: 2, params: { expected: 3, found: 2 } },
      { code: 'ragged-row', line: 4, params: { expected: 3, found: 4 } },
    ]);
  });

  it('does not warn about a trailing delimiter that only adds empty cells', () => {
    const result = read('Customer ID,Account Name\n001,Contoso,\n002,Fabrikam,,\n');
    expect(result.warnings).toEqual([]);
    expect(result.rows[0]).toEqual(['001', 'Contoso', '']);
  });

  it(`lists the first ${RAGGED_ROW_WARNING_CAP} ragged rows and counts the rest in one warning`, () => {
    const body = Array.from({ length: 250 }, (_, i) => `${i}`).join('\n');
    const result = read(`Customer ID,Account Name\n${body}\n`);
    const ragged = result.warnings.filter((w) => w.code === 'ragged-row');
    expect(ragged).toHaveLength(RAGGED_ROW_WARNING_CAP);
    expect(ragged[0]).toEqual({ code: 'ragged-row', line: 2, params: { expected: 2, found: 1 } });
    expect(result.warnings.filter((w) => w.code === 'ragged-rows-truncated')).toEqual([
      { code: 'ragged-rows-truncated', params: { total: 250, shown: RAGGED_ROW_WARNING_CAP } },
    ]);
    expect(result.rows).toHaveLength(250);
  });

  it('warns about headers that repeat, ignoring case and spacing but not punctuation', () => {
    const text = 'Title\nMPN ID,Account Name,mpn  id,City,City,City,5+ Licenses,<5 Licenses\n';
    const result = read(`${text}1,a,1,b,c,d,Yes,No\n`);
    expect(result.warnings).toEqual([
      { code: 'title-lines-skipped', line: 1, params: { count: 1 } },
      { code: 'duplicate-header', line: 2, params: { header: 'MPN ID', count: 2 } },
      { code: 'duplicate-header', line: 2, params: { header: 'City', count: 3 } },
    ]);
  });

  it('warns about a quote that is never closed', () => {
    const result = read('Customer ID,Account Name\n001,"Contoso\n002,Fabrikam\n');
    expect(result.warnings.map((w) => w.code)).toContain('malformed-quotes');
  });
});

describe('readCsv: files it cannot read', () => {
  it.each([
    ['an empty file', ''],
    ['only whitespace', ' \r\n\t\n  '],
    ['only a byte order mark', '\uFEFF'],
  ])('rejects %s as empty-file', (_, input) => {
    expect(readCsv(input)).toEqual({ ok: false, error: { code: 'empty-file' } });
  });

  it.each([
    ['NUL bytes', 'PK\u0003\u0004\u0000\u0000abc,def\n'],
    ['mostly control characters', 'a,b\n' + '\u0001\u0002\u0003\u0004\u0005x'.repeat(100)],
    ['undecodable bytes', 'a,b\n' + '\uFFFD\uFFFDab'.repeat(100)],
  ])('rejects %s as binary-file', (_, input) => {
    expect(readCsv(input)).toEqual({ ok: false, error: { code: 'binary-file' } });
  });

  it('rejects a file whose first lines hold only numbers as no-header', () => {
    expect(readCsv('1,2,3\n4,5,6\n2026-01-01,7,8\n')).toEqual({
      ok: false,
      error: { code: 'no-header' },
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', '1', ',', ';', '\t', '"', '\n', '\r', ' ', '\u0000'),
        }),
        (text) => {
          const result = readCsv(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });
});

function writeCsv(rows: readonly string[][], delimiter: string): string {
  const quote = (cell: string): string =>
    cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

describe('readCsv round trip', () => {
  const id = fc.oneof(
    fc.stringMatching(/^0{1,4}[0-9]{1,12}$/),
    fc.stringMatching(/^[1-9][0-9]{15,24}$/),
  );
  const text = fc.string({
    unit: fc.constantFrom('a', 'Z', 'ç', 'ã', 'É', 'ü', ' ', ',', ';', '"', '\n', '\r\n', '0', '-'),
    maxLength: 20,
  });
  const row = fc.tuple(id, text, id, text);

  it.each([',', ';', '\t'])('keeps IDs and text unchanged with delimiter %j', (delimiter) => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const header = ['Customer ID', 'Account Name', 'DUNS Number', 'Note'];
        const result = read(writeCsv([header, ...rows], delimiter));
        expect(result.delimiter).toBe(delimiter);
        expect(result.header).toEqual(header);
        expect(result.rows).toEqual(rows);
      }),
    );
  });
});
