import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLES } from '../../scripts/samples/specs';
import { clusterLabel, expectedDetection, isYes, readSample } from './sample-table';
import { jsonOf, runCli } from './run-cli';

const ANALYZE_FIELDS = [
  'reportType',
  'layout',
  'confidence',
  'rows',
  'identifierColumn',
  'clusterColumns',
  'defaultClusterColumns',
  'clusterCounts',
  'cohortColumns',
  'revenueColumn',
  'recentColumn',
  'warnings',
];

interface AnalyzeJson {
  reportType: string;
  layout: string;
  confidence: number;
  rows: number;
  identifierColumn: string | null;
  clusterColumns: string[];
  defaultClusterColumns: string[];
  clusterCounts: Record<string, Record<string, number>>;
  cohortColumns: { header: string; yes: number }[];
  revenueColumn: string | null;
  recentColumn: string | null;
  warnings: { code: string; message: string }[];
}

describe.each(SAMPLES.map((spec) => [spec.file, spec] as const))(
  'analyze --json on %s',
  (file, spec) => {
    const table = readSample(spec);
    let result: AnalyzeJson;

    beforeAll(async () => {
      const run = await runCli('analyze', table.path, '--json');
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      result = jsonOf(run) as unknown as AnalyzeJson;
    });

    it('prints exactly the documented fields', () => {
      expect(Object.keys(result).sort()).toEqual([...ANALYZE_FIELDS].sort());
    });

    it('recognises the report type and layout its name promises', () => {
      expect({ reportType: result.reportType, layout: result.layout }).toEqual(
        expectedDetection(file),
      );
      expect(result.confidence).toBeGreaterThan(0.5);
    });

    it('counts every data row', () => {
      expect(result.rows).toBe(table.rows.length);
    });

    it('names columns exactly as the file spells them', () => {
      const named = [
        result.identifierColumn,
        ...result.clusterColumns,
        ...result.cohortColumns.map((cohort) => cohort.header),
        result.revenueColumn,
        result.recentColumn,
      ].filter((header): header is string => header !== null);
      for (const header of named) expect(table.header).toContain(header);
      expect(result.identifierColumn).toMatch(/^Customer ?(ID|TPID)$/);
      for (const header of result.defaultClusterColumns) {
        expect(result.clusterColumns).toContain(header);
      }
    });

    it('counts each cluster column as an independent reading of the file does', () => {
      const expected: Record<string, Record<string, number>> = {};
      for (const header of result.clusterColumns) {
        const counts: Record<string, number> = {
          'Act Now': 0,
          Evaluate: 0,
          Nurture: 0,
          Educate: 0,
          '(blank)': 0,
          '(other)': 0,
        };
        const index = table.header.indexOf(header);
        for (const row of table.rows) counts[clusterLabel(row[index] ?? '')]++;
        expected[header] = counts;
      }
      expect(result.clusterCounts).toEqual(expected);
    });

    it('counts the Yes cells of every cohort column', () => {
      for (const { header, yes } of result.cohortColumns) {
        const index = table.header.indexOf(header);
        expect(yes).toBe(table.rows.filter((row) => isYes(row[index] ?? '')).length);
      }
    });

    it('finds the revenue column: revenue potential, else expiring revenue', () => {
      const potential = table.header.find((header) => /Revenue Potential$/.test(header));
      const expiring = table.header.find((header) => /^Expiring ?Revenue$/.test(header));
      expect(result.revenueColumn).toBe(potential ?? expiring ?? null);
    });
  },
);

describe('analyze without --json', () => {
  it('prints a short summary and the next command', async () => {
    const spec = SAMPLES.find((candidate) => candidate.file.includes('Azure propensity (FY24)'));
    const run = await runCli('analyze', readSample(spec ?? SAMPLES[0]).path);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Report: Azure, FY24 layout, confidence 100%');
    expect(lines).toContain(
      '  AzureCluster: Act Now 30, Evaluate 26, Nurture 16, Educate 46, blank 2',
    );
    expect(lines[lines.length - 1]).toMatch(/^Next: propensity-navigator target ".*" --out/);
    expect(lines.length).toBeLessThan(20);
  });

  it('speaks Brazilian Portuguese with --lang pt-BR', async () => {
    const spec = SAMPLES.find((candidate) => candidate.bom === true);
    const run = await runCli('analyze', readSample(spec ?? SAMPLES[0]).path, '--lang', 'pt-BR');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Relatório: Renovações de contrato, layout de julho de 2021,/);
    expect(run.stdout).toMatch(/Próximo passo:/);
  });
});

describe('a Microsoft 365 / Surface file whose name does not decide', () => {
  const spec = SAMPLES.find((candidate) => candidate.file.includes('Surface propensity (FY24)'));
  let path: string;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pn-hint-'));
    path = join(dir, 'download.csv');
    copyFileSync(readSample(spec ?? SAMPLES[0]).path, path);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read as the likelier type, with one warning that says how to choose', async () => {
    const result = jsonOf(await runCli('analyze', path, '--json')) as unknown as AnalyzeJson;
    expect(result.reportType).toBe('m365');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['m365-or-surface']);
    expect(result.warnings[0]?.message).toMatch(/run again with --name-hint "Surface"\.$/);
  });

  it('follows --name-hint', async () => {
    const run = await runCli('analyze', path, '--json', '--name-hint', 'Surface propensity');
    expect(jsonOf(run)).toMatchObject({
      reportType: 'surface',
      layout: 'surface-fy24',
      warnings: [],
    });
  });
});
