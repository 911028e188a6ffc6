// Command-line cases found by attacking it with files that real downloads and re-saves produce:
// each one failed before its fix.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentedColumns } from '../../scripts/samples/specs';
import { jsonOf, runCli } from './run-cli';
import { openWorkbook, sheet, textOf } from './workbook-reader';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pn-hardening-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AZURE_HEADER = documentedColumns('azure-fy24').map((column) => column.header);

function azureRow(values: Record<string, string>): string[] {
  return AZURE_HEADER.map((header) => values[header] ?? '');
}

function writeCsv(name: string, rows: readonly (readonly string[])[]): string {
  const quote = (cell: string): string =>
    /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  const path = join(dir, name);
  writeFileSync(path, rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n');
  return path;
}

/** Excel holds at most this many characters in a cell; more makes it repair the file. */
const EXCEL_CELL_CHARS = 32767;

describe('target with a cell longer than an Excel cell holds', () => {
  const long = 'Contoso '.repeat(6000); // 48,000 characters
  const emoji = `${'x'.repeat(EXCEL_CELL_CHARS - 1)}😀 and more`;

  async function run() {
    const input = writeCsv('long-cell.csv', [
      AZURE_HEADER,
      azureRow({ CustomerID: '001', AccountName: long, AzureCluster: 'Act Now' }),
      azureRow({ CustomerID: '002', AccountName: 'Fabrikam', Industry: emoji }),
    ]);
    const out = join(dir, 'long-cell.xlsx');
    const result = await runCli('target', input, '--out', out, '--json');
    return { result, workbook: await openWorkbook(out) };
  }

  it('writes at most 32,767 characters per cell, cut where the text allows', async () => {
    const { workbook } = await run();
    const report = sheet(workbook, 'Report');
    const nameColumn = AZURE_HEADER.indexOf('AccountName') + 1;
    const industryColumn = AZURE_HEADER.indexOf('Industry') + 1;

    // Compared as booleans: a failing 48,000-character diff would drown the report.
    const name = textOf(report.getRow(2).getCell(nameColumn));
    expect(name.length).toBe(EXCEL_CELL_CHARS);
    expect(name === long.slice(0, EXCEL_CELL_CHARS)).toBe(true);
    // A character made of two UTF-16 units is not cut in half.
    const industry = textOf(report.getRow(3).getCell(industryColumn));
    expect(industry.length).toBe(EXCEL_CELL_CHARS - 1);
    expect(industry === emoji.slice(0, -11)).toBe(true);
    const targeted = textOf(sheet(workbook, 'Targets').getRow(2).getCell(nameColumn));
    expect(targeted === name).toBe(true);
  });

  it('says so on stderr, naming the first such cell, and still succeeds', async () => {
    const { result } = await run();
    expect(result.code).toBe(0);
    expect(jsonOf(result)).toMatchObject({ targeted: 1 });
    expect(result.stderr).toMatch(/2 cells .*32,767.*line 2.*"AccountName"/);
  });
});

describe('analyze in Portuguese', () => {
  it('names solution plays the way the pt-BR explanations and task pane do', async () => {
    const input = writeCsv('plays.csv', [
      AZURE_HEADER,
      azureRow({ CustomerID: '001', AzureCluster: 'Act Now' }),
    ]);
    const result = await runCli('analyze', input, '--lang', 'pt-BR');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Cohorts \(cenários de solução\): /m);
    expect(result.stdout).not.toMatch(/solution plays/);
  });
});
