// What a person reads: the summaries `analyze` and `target` print without --json, in English
// and Brazilian Portuguese, and the warnings that tell them what to do on the command line.

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonOf, runCli } from './run-cli';
import { SAMPLES_DIR } from './sample-table';

const sample = (name: string): string => join(SAMPLES_DIR, `CloudAscent - ${name}.csv`);
const AZURE_FY24 = sample('Azure propensity (FY24)');
const AZURE_2020 = sample('Azure propensity (2020)');
const COPILOT = sample('M365 Copilot propensity');
const SURFACE = sample('Surface propensity');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pn-human-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (text: string): string[] => text.trimEnd().split('\n');

describe('the report line names the layout in words', () => {
  it.each([
    [AZURE_FY24, 'en', /^Report: Azure, FY24 layout, confidence 100%$/],
    [AZURE_2020, 'en', /^Report: Azure, December 2020 layout, confidence \d+%$/],
    [
      COPILOT,
      'en',
      /^Report: Microsoft 365, newer layout \(not in the documented list\), confidence \d+%$/,
    ],
    [
      sample('Agreement renewals propensity (2021, Excel pt-BR)'),
      'pt-BR',
      /^Relatório: Renovações de contrato, layout de julho de 2021, confiança \d+%$/,
    ],
    [
      COPILOT,
      'pt-BR',
      /^Relatório: Microsoft 365, layout mais recente \(fora da lista documentada\), confiança/,
    ],
  ])('for %s in %s', async (path, lang, line) => {
    const run = await runCli('analyze', path, '--lang', lang);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)[0]).toMatch(line);
  });

  it('keeps the layout id in JSON', async () => {
    expect(jsonOf(await runCli('analyze', COPILOT, '--json'))).toMatchObject({ layout: 'newer' });
  });
});

describe('analyze in Brazilian Portuguese', () => {
  let stdout: string;
  beforeAll(async () => {
    stdout = (await runCli('analyze', COPILOT, '--lang', 'pt-BR')).stdout;
  });

  it('names the clusters in Portuguese', () => {
    expect(stdout).toMatch(
      /^ {2}M365_CoPilot_Cluster: Agir agora \d+, Avaliar \d+, Nutrir \d+, Educar \d+, em branco \d+$/m,
    );
    expect(stdout).not.toMatch(/Act Now|Evaluate|Nurture|Educate/);
  });

  it('suggests a next command that keeps --lang pt-BR', () => {
    expect(lines(stdout).at(-1)).toBe(
      `Próximo passo: propensity-navigator target "${COPILOT}" --out alvos.xlsx --lang pt-BR`,
    );
  });
});

describe('the target summary', () => {
  it('names the clusters it targeted in Portuguese with --lang pt-BR', async () => {
    const run = await runCli('target', SURFACE, '--out', join(dir, 's.xlsx'), '--lang', 'pt-BR');
    expect(lines(run.stdout)[1]).toMatch(
      /^\d+ de 120 contas selecionadas \(Agir agora, Avaliar em SurfaceCluster\)$/,
    );
  });

  it('names the revenue column it ordered by', async () => {
    const run = await runCli('target', SURFACE, '--out', join(dir, 's.xlsx'));
    expect(run.stdout).toContain(
      'Ordered by: revenue ("Surface Revenue Potential"), cluster, Fit + Intent, file order',
    );
  });

  const filtered = [
    '--cohort',
    'Azure_Modernize VDI to AVD',
    '--recent-only',
    '--where',
    'country=Brazil',
  ];

  it.each([
    [
      'en',
      'Filters: "Azure_Modernize VDI to AVD" is Yes, "Transactedinthelast36months" is Yes ' +
        '(--recent-only), "Country" is "Brazil"',
    ],
    [
      'pt-BR',
      'Filtros: "Azure_Modernize VDI to AVD" é Sim, "Transactedinthelast36months" é Sim ' +
        '(--recent-only), "Country" é "Brazil"',
    ],
  ])('lists the cohort, recent-only and where filters it applied (%s)', async (lang, line) => {
    const out = join(dir, 'filtered.xlsx');
    const run = await runCli('target', AZURE_FY24, '--out', out, ...filtered, '--lang', lang);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)[2]).toBe(line);
  });

  it('has no filter line when no filter was asked for', async () => {
    const run = await runCli('target', AZURE_FY24, '--out', join(dir, 'plain.xlsx'));
    expect(run.stdout).not.toMatch(/^Filters:/m);
  });
});

describe('warnings in command-line terms', () => {
  it('tells to drop --recent-only on a report without the 36-month column', async () => {
    const run = await runCli('target', AZURE_2020, '--out', join(dir, 'r.xlsx'), '--recent-only');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  This report has no “transacted in the last 36 months” column, so --recent-only ' +
        'matches no account. Run again without --recent-only.',
    );
    expect(run.stdout).not.toMatch(/Turn that option off/);
  });

  it('counts one skipped title line in the singular', async () => {
    const run = await runCli('analyze', AZURE_2020);
    expect(run.stdout).toContain('  Line 1: A title line above the header was skipped.');
  });

  describe('on a Microsoft 365 / Surface file whose name does not decide', () => {
    let path: string;
    beforeAll(() => {
      path = join(dir, 'download.csv');
      copyFileSync(sample('Surface propensity (FY24)'), path);
    });

    it.each([
      [
        'en',
        'This file could be the Microsoft 365 or the Surface report (both share one layout); it ' +
          'was read as Microsoft 365. If it is the Surface report, run again with ' +
          '--name-hint "Surface".',
      ],
      [
        'pt-BR',
        'Este arquivo pode ser o relatório Microsoft 365 ou o Surface (os dois têm o mesmo ' +
          'layout); foi lido como Microsoft 365. Se for o relatório Surface, rode de novo com ' +
          '--name-hint "Surface".',
      ],
    ])('says how to choose in one warning (%s)', async (lang, message) => {
      const result = jsonOf(await runCli('analyze', path, '--json', '--lang', lang));
      expect(result.warnings).toEqual([{ code: 'm365-or-surface', message }]);
    });
  });
});

describe('--help', () => {
  it.each([
    ['en', /analyze <report\.csv> \[--name-hint <text>\] \[--lang en\|pt-BR\] \[--json\]/],
    ['pt-BR', /analyze <relatorio\.csv> \[--name-hint <texto>\] \[--lang en\|pt-BR\] \[--json\]/],
  ])('shows --lang on analyze (%s)', async (lang, synopsis) => {
    expect((await runCli('--help', '--lang', lang)).stdout).toMatch(synopsis);
  });

  it.each([
    ['en', /Exit codes: 0 done; 1 something failed [^;]+;\s+2 wrong usage; 3 unreadable/],
    ['pt-BR', /Códigos de saída: 0 concluído; 1 falha [^;]+;\s+2 uso incorreto; 3 arquivo/],
  ])('lists every exit code, 1 included (%s)', async (lang, text) => {
    expect((await runCli('--help', '--lang', lang)).stdout).toMatch(text);
  });
});
