// Columns and paths the report or the disk cannot honour: exit code 2 and one line that says
// what is wrong and what to use instead. The usage text does not follow: the command line itself
// was well formed.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from './run-cli';
import { SAMPLES_DIR } from './sample-table';

const AZURE_FY24 = join(SAMPLES_DIR, 'CloudAscent - Azure propensity (FY24).csv');
const COPILOT = join(SAMPLES_DIR, 'CloudAscent - M365 Copilot propensity.csv');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pn-columns-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectRefusal(run: CliRun, message: string | RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  if (typeof message === 'string') expect(run.stderr).toBe(`propensity-navigator: ${message}\n`);
  else expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toContain('Usage:');
}

const target = (path: string, ...options: string[]): Promise<CliRun> =>
  runCli('target', path, '--out', join(dir, 'out.xlsx'), ...options);

describe('a column of the wrong kind', () => {
  it('refuses --cluster-column naming a column that is not a cluster column', async () => {
    expectRefusal(
      await target(AZURE_FY24, '--cluster-column', 'Country'),
      '--cluster-column: "Country" is not a cluster column; use one of "AzureCluster"',
    );
  });

  it('refuses --cohort naming a score column, in Portuguese too', async () => {
    expectRefusal(
      await target(AZURE_FY24, '--cohort', 'AzureFit'),
      '--cohort: "AzureFit" is not a Yes/No column; use a solution-play column ' +
        '(analyze lists them)',
    );
    expectRefusal(
      await target(AZURE_FY24, '--cohort', 'AzureFit', '--lang', 'pt-BR'),
      '--cohort: "AzureFit" não é uma coluna Sim/Não; use uma coluna de cenário de solução ' +
        '(analyze lista essas colunas)',
    );
  });

  it('accepts an ownership flag as a cohort', async () => {
    expect((await target(AZURE_FY24, '--cohort', 'Has Azure')).code).toBe(0);
  });
});

describe('a column the report lacks', () => {
  it.each([
    [
      COPILOT,
      ['--cohort', 'mw teams'],
      '--cohort: the report has no column "mw teams" (close: "MW_Teams Phone"); ' +
        'run analyze to see its columns',
    ],
    [
      AZURE_FY24,
      ['--where', 'Contry=Brazil'],
      '--where: the report has no column "Contry" (close: "Country"); ' +
        'run analyze to see its columns',
    ],
    [
      AZURE_FY24,
      ['--cohort', 'Nope'],
      '--cohort: the report has no column "Nope"; run analyze to see its columns',
    ],
  ])('names the column and a few close headers (%s %j)', async (path, options, message) => {
    expectRefusal(await target(path, ...options), message);
  });
});

describe('an --out path that cannot be written', () => {
  it('says that a folder on the path is a file', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    for (const out of [join(file, 'out.xlsx'), join(file, 'deeper', 'out.xlsx')]) {
      expectRefusal(
        await runCli('target', AZURE_FY24, '--out', out),
        `cannot write "${out}": a folder on that path is a file; choose another --out path`,
      );
    }
  });

  it('says that the path is a folder', async () => {
    const out = join(dir, 'folder.xlsx');
    await runCli('target', AZURE_FY24, '--out', join(out, 'inside.xlsx'));
    expectRefusal(
      await runCli('target', AZURE_FY24, '--out', out),
      `cannot write "${out}": it is a folder; choose another --out path`,
    );
  });
});
