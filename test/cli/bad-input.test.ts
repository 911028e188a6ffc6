import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentedColumns, SAMPLES } from '../../scripts/samples/specs';
import { HEAP_PER_FILE_BYTE, MAX_FILE_BYTES, sizeProblem } from '../../src/cli/load-report';
import { Prng } from '../../scripts/samples/prng';
import { jsonOf, runCli, type CliRun } from './run-cli';
import {
  columnLetters,
  noteOf,
  openWorkbook,
  rowText,
  sheet,
  tableRange,
  textOf,
} from './workbook-reader';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pn-bad-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const AZURE_HEADER = documentedColumns('azure-fy24').map((column) => column.header);

/** An FY24 Azure row whose cells are blank except the ones given by header. */
function azureRow(values: Record<string, string>): string[] {
  return AZURE_HEADER.map((header) => values[header] ?? '');
}

function csv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string): string =>
    /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Exit code 3 or 2: a single line on stderr, nothing on stdout, never a stack trace. */
function expectOneLineError(run: CliRun, code: number, message: RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  const [first] = run.stderr.split('\n');
  expect(first).toMatch(/^propensity-navigator: /);
  expect(first).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('input the command line refuses with exit code 3', () => {
  const crmExport = csv([
    ['Account Name', 'Primary Contact', 'Email', 'Phone', 'City', 'Owner', 'Created On'],
    [
      'Padaria Estrela Ltda',
      'Ana Souza',
      'ana@estrela.com.br',
      '+55 11 5555-0101',
      'São Paulo',
      'Rui',
      '3/1/2024',
    ],
    ['Harbor Dental LLC', 'Tom Lee', 'tom@harbor.com', '617-555-0199', 'Boston', 'Rui', '3/2/2024'],
  ]);
  const binary = new Uint8Array(4096);
  const rng = new Prng(7);
  for (let i = 0; i < binary.length; i++) binary[i] = rng.int(0, 255);

  it.each([
    ['an empty file', () => file('empty.csv', ''), /"empty\.csv" is empty/],
    ['a file of blank lines', () => file('blank.csv', '\r\n \r\n\r\n'), /is empty/],
    ['binary data', () => file('random.csv', binary), /is not text/],
    [
      'an Excel workbook renamed to .csv',
      () => file('saved-as.csv', readFileSync(join(dir, '..', 'pn-xlsx-fixture.xlsx'))),
      /is not text/,
    ],
    [
      'a CRM export',
      () => file('crm-export.csv', crmExport),
      /"crm-export\.csv" is not a CloudAscent propensity report \(found columns: "Account Name", "Primary Contact"/,
    ],
    ['a missing file', () => join(dir, 'nowhere.csv'), /no such file/],
    ['a folder', () => dir, /it is a folder/],
    ['a path through a file', () => join(file('plain.csv', 'x'), 'report.csv'), /no such file/],
  ])('%s', async (_name, makePath, message) => {
    const path = makePath();
    expectOneLineError(await runCli('analyze', path, '--json'), 3, message);
    expectOneLineError(await runCli('target', path, '--out', join(dir, 'x.xlsx')), 3, message);
  });

  beforeAll(async () => {
    // A real workbook to rename: the target output of a sample.
    const sample = join(__dirname, '..', '..', 'samples', SAMPLES[0]?.file ?? '');
    const run = await runCli('target', sample, '--out', join(dir, '..', 'pn-xlsx-fixture.xlsx'));
    expect(run.code).toBe(0);
  });
  afterAll(() => rmSync(join(dir, '..', 'pn-xlsx-fixture.xlsx'), { force: true }));

  it('refuses, without reading it, a file larger than a string can hold', async () => {
    const path = file('huge.csv', '');
    truncateSync(path, MAX_FILE_BYTES + 1);
    const run = await runCli('analyze', path);
    expectOneLineError(run, 3, /"huge\.csv" is 512 MB, more than the command line reads/);
  });

  it.each([
    ['a file that fits', 10 * 2 ** 20, 2 * 2 ** 30, undefined],
    [
      'a file whose cells would not fit in the heap',
      300 * 2 ** 20,
      2 * 2 ** 30,
      { kind: 'needs-memory', neededBytes: 300 * 2 ** 20 * HEAP_PER_FILE_BYTE },
    ],
    ['a file over 512 MB', MAX_FILE_BYTES + 1, 64 * 2 ** 30, { kind: 'too-large' }],
  ])('sizes up %s before reading it', (_name, bytes, heapLimit, expected) => {
    expect(sizeProblem(bytes, heapLimit)).toEqual(expected);
  });

  it('says it in Portuguese with --lang pt-BR', async () => {
    const run = await runCli(
      'target',
      join(dir, 'nowhere.csv'),
      '--out',
      'x.xlsx',
      '--lang',
      'pt-BR',
    );
    expectOneLineError(run, 3, /arquivo inexistente; confira o caminho/);
  });
});

describe('wrong usage: exit code 2 with the usage text', () => {
  const sample = join(__dirname, '..', '..', 'samples', SAMPLES[2]?.file ?? '');

  it.each([
    ['an unknown option', ['analyze', sample, '--fast'], /"--fast" is not an option/],
    ['a missing --out', ['target', sample], /needs --out/],
    ['an unknown cluster', ['target', sample, '--out', 'x.xlsx', '--clusters', 'Hot'], /"Hot"/],
  ])('%s', async (_name, argv, message) => {
    const run = await runCli(...argv);
    expectOneLineError(run, 2, message);
    expect(run.stderr).toContain('Usage:');
  });

  it('prints the usage alone when there are no arguments', async () => {
    const run = await runCli();
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith('Usage:')).toBe(true);
  });

  it('prints the usage on stdout and exits 0 for --help', async () => {
    const run = await runCli('--help');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage:\n {2}propensity-navigator analyze <report\.csv>/);
  });

  it.each([
    ['--cluster-column', 'SurfaceCluster'],
    ['--cohort', 'Azure_Not A Play'],
    ['--where', 'Region=South'],
  ])('refuses %s naming a column the report lacks', async (option, value) => {
    const run = await runCli('target', sample, '--out', join(dir, 'y.xlsx'), option, value);
    expectOneLineError(run, 2, new RegExp(`${option}: the report has no column`));
  });

  it('refuses an --out path it cannot write', async () => {
    const out = join(file('not-a-folder', 'x'), 'out.xlsx');
    expectOneLineError(await runCli('target', sample, '--out', out), 2, /cannot write/);
  });
});

describe('odd but readable reports: exit code 0 and a warning', () => {
  it('writes a valid workbook with 0 targets for a header-only report', async () => {
    const path = file('CloudAscent - Azure propensity (header only).csv', csv([AZURE_HEADER]));
    const out = join(dir, 'header-only.xlsx');
    const run = await runCli('target', path, '--out', out, '--json');
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toEqual({
      reportType: 'azure',
      targeted: 0,
      sortedBy: expect.any(Array) as unknown,
      order: [],
      firstExplanation: null,
      out,
    });
    const workbook = await openWorkbook(out);
    expect(rowText(sheet(workbook, 'Targets'), 1, AZURE_HEADER.length)).toEqual(AZURE_HEADER);
    expect(sheet(workbook, 'Targets').rowCount).toBe(1);
    expect(rowText(sheet(workbook, 'Report'), 1, AZURE_HEADER.length)).toEqual(AZURE_HEADER);
    expect(sheet(workbook, 'Report').rowCount).toBe(1);

    const analyzed = jsonOf(await runCli('analyze', path, '--json'));
    expect(analyzed).toMatchObject({ reportType: 'azure', layout: 'azure-fy24', rows: 0 });
  });

  it('keeps every cell of ragged rows, warns with line numbers, and still targets', async () => {
    const short = azureRow({
      CustomerID: '0001',
      AccountName: 'Curta Ltda',
      AzureCluster: 'Act Now',
    });
    const cut = AZURE_HEADER.indexOf('AzureCluster') + 1;
    const long = [
      ...azureRow({ CustomerID: '0002', AccountName: 'Longa S.A.', AzureCluster: 'Evaluate' }),
      'extra cell',
    ];
    const path = file(
      'CloudAscent - Azure propensity (ragged).csv',
      csv([AZURE_HEADER, short.slice(0, cut), long]),
    );
    const out = join(dir, 'ragged.xlsx');
    const run = await runCli('target', path, '--out', out, '--json');
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toMatchObject({ targeted: 2, order: ['0001', '0002'] });
    expect(run.stderr).toMatch(/^warning: Line 2: /m);
    expect(run.stderr).toMatch(/^warning: Line 3: /m);

    const report = sheet(await openWorkbook(out), 'Report');
    expect(rowText(report, 2, AZURE_HEADER.length + 1)).toEqual([
      ...short.slice(0, cut),
      ...new Array<string>(AZURE_HEADER.length - cut + 1).fill(''),
    ]);
    expect(rowText(report, 3, AZURE_HEADER.length + 1)).toEqual(long);
    expect(report.autoFilter).toBe(`A1:${columnLetters(AZURE_HEADER.length + 1)}1`);
  });

  it('keeps duplicate headers as they are and writes the Report sheet as a range', async () => {
    const header = [...AZURE_HEADER, 'AccountName'];
    const row = [
      ...azureRow({ CustomerID: '77', AccountName: 'Dupla ME', AzureCluster: 'Act Now' }),
      'Dupla',
    ];
    const path = file('CloudAscent - Azure propensity (dup).csv', csv([header, row]));
    const out = join(dir, 'dup.xlsx');
    const run = await runCli('target', path, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/AccountName/);
    expect(run.stdout).toMatch(/plain range with AutoFilter/);

    const report = sheet(await openWorkbook(out), 'Report');
    expect(rowText(report, 1, header.length)).toEqual(header);
    expect(rowText(report, 2, header.length)).toEqual(row);
    expect(tableRange(report, 'ReportTable')).toBeUndefined();
  });

  it('writes formula-like values as Text cells holding exactly the CSV characters', async () => {
    const risky = [
      '=HYPERLINK("http://example.invalid","x")',
      '+5511999990000',
      '-42',
      '@SUM(A1:A9)',
    ];
    const rows = risky.map((name, i) =>
      azureRow({ CustomerID: `00${i}`, AccountName: name, City: '=1+1', AzureCluster: 'Act Now' }),
    );
    const path = file(
      'CloudAscent - Azure propensity (formulas).csv',
      csv([['=cmd|calc', ...AZURE_HEADER.slice(1)], ...rows]),
    );
    const out = join(dir, 'formulas.xlsx');
    const run = await runCli('target', path, '--out', out, '--json');
    expect(run.code).toBe(0);

    const workbook = await openWorkbook(out);
    const nameColumn = AZURE_HEADER.indexOf('AccountName') + 1;
    const cityColumn = AZURE_HEADER.indexOf('City') + 1;
    for (const name of ['Report', 'Targets']) {
      const worksheet = sheet(workbook, name);
      expect(textOf(worksheet.getRow(1).getCell(1))).toBe('=cmd|calc');
      expect(worksheet.getRow(1).getCell(1).numFmt).toBe('@');
      const names: string[] = [];
      for (let r = 2; r <= 5; r++) {
        const cell = worksheet.getRow(r).getCell(nameColumn);
        names.push(textOf(cell));
        expect(cell.numFmt).toBe('@');
        expect(cell.formula).toBeUndefined();
        expect(textOf(worksheet.getRow(r).getCell(cityColumn))).toBe('=1+1');
        expect(worksheet.getRow(r).getCell(cityColumn).numFmt).toBe('@');
      }
      expect(names.sort()).toEqual([...risky].sort());
    }
    const targets = sheet(workbook, 'Targets');
    expect(noteOf(targets.getRow(2).getCell(nameColumn))).toMatch(/^Act Now for Azure/);
  });
});
