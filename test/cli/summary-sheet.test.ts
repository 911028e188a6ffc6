// The Summary sheet as a reader sees it: titles and labels in the chosen language, the layout in
// words, and how revenue bands were added up.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import { runCli } from './run-cli';
import { SAMPLES_DIR } from './sample-table';
import { openWorkbook, sheet } from './workbook-reader';

const SURFACE = join(SAMPLES_DIR, 'CloudAscent - Surface propensity.csv');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pn-summary-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function summaryOf(lang: string): Promise<Worksheet> {
  const out = join(dir, `summary-${lang}.xlsx`);
  const run = await runCli('target', SURFACE, '--out', out, '--lang', lang);
  expect(run.code).toBe(0);
  return sheet(await openWorkbook(out), 'Summary');
}

/** Column A of every row, '' for blank rows. */
function firstColumn(summary: Worksheet): string[] {
  const texts: string[] = [];
  for (let row = 1; row <= summary.rowCount; row++) {
    const value = summary.getRow(row).getCell(1).value;
    texts.push(typeof value === 'string' ? value : '');
  }
  return texts;
}

function rowValues(summary: Worksheet, row: number, width: number): unknown[] {
  const values: unknown[] = [];
  for (let c = 1; c <= width; c++) values.push(summary.getRow(row).getCell(c).value);
  return values;
}

describe.each([
  {
    lang: 'en',
    title: 'Surface propensity report, newer layout (not in the documented list)',
    countsTitle: 'Accounts per cluster',
    labels: ['Cluster column', 'Act Now', 'Evaluate', 'Nurture', 'Educate', '(blank)', '(other)'],
    cohorts: 'Cohorts (solution plays)',
    revenue: 'Revenue per cluster ("Surface Revenue Potential")',
    note: 'A band or range counts as its lower bound: $10K-$50K adds 10,000 and > $100K adds 100,000.',
  },
  {
    lang: 'pt-BR',
    title: 'Relatório de propensão Surface, layout mais recente (fora da lista documentada)',
    countsTitle: 'Contas por cluster',
    labels: [
      'Coluna de cluster',
      'Agir agora',
      'Avaliar',
      'Nutrir',
      'Educar',
      '(vazio)',
      '(outro)',
    ],
    cohorts: 'Cohorts (cenários de solução)',
    revenue: 'Receita por cluster ("Surface Revenue Potential")',
    note: 'Uma faixa ou intervalo conta pelo limite inferior: $10K-$50K soma 10.000 e > $100K soma 100.000.',
  },
])('the Summary sheet in $lang', ({ lang, title, countsTitle, labels, cohorts, revenue, note }) => {
  let summary: Worksheet;
  let column: string[];
  beforeAll(async () => {
    summary = await summaryOf(lang);
    column = firstColumn(summary);
  });

  it('names the report and its layout in words', () => {
    expect(column[0]).toBe(title);
  });

  it('labels the clusters, (blank) and (other) in the language', () => {
    const counts = column.indexOf(countsTitle);
    expect(counts).toBeGreaterThan(0);
    expect(rowValues(summary, counts + 2, 7)).toEqual(labels);
    const revenueTitle = column.indexOf(revenue);
    expect(rowValues(summary, revenueTitle + 2, 7)).toEqual(labels);
  });

  it('titles the solution plays in the language', () => {
    expect(column).toContain(cohorts);
  });

  it('says under the revenue table that a band counts as its lower bound', () => {
    const revenueTitle = column.indexOf(revenue);
    const lastSum = column.findIndex((text, i) => i > revenueTitle + 1 && text === '') - 1;
    expect(column[lastSum]).toBe('SurfaceCluster');
    expect(column.slice(lastSum + 1)).toContain(note);
  });
});
