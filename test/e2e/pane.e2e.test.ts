// The built task pane in a real Chromium, on the workbench page beside the in-memory Excel
// host: through the pane's own controls a partner detects the report, picks a solution play and
// recent buyers only, applies, explains and resets. After each step the grid must show what core
// says (computed here from the same sample file), axe-core must find no serious or critical
// problem in the pane, and a screenshot is saved under test-results/e2e/. In English and
// Brazilian Portuguese, light and dark.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { parseCluster } from '../../src/core/parse-cluster';
import type { Lang, TargetPlan } from '../../src/core/types';
import { CLUSTER_COLORS } from '../../src/excel/cluster-formats';
import { NOTED_TARGETS } from '../../src/excel/explain-targets';
import { helperNames } from '../../src/excel/helper-columns';
import { formatWhole, renderReasons, reportTypeLabel, t } from '../../src/i18n';
import { accountsText } from '../../src/taskpane/pane-text';
import { GRID_ROW_LIMIT } from '../../src/workbench/workbench';
import { seriousViolations, serveAxeFrom } from './axe-check';
import { launchChromium, localOnlyContext } from './browser';
import { buildWorkbench } from './build-workbench';
import { cohortToChoose, fileRows, planFor, readSampleReport } from './core-answer';
import { readGrid, type SeenGrid } from './grid-reader';
import { serveFolder, type StaticServer } from './static-server';

const SAMPLE = 'CloudAscent - Azure propensity.csv';
const SHOTS = join(__dirname, '..', '..', 'test-results', 'e2e');
/** Helper columns a user sees: Priority, Segment and Why (the row number column is hidden). */
const SHOWN_HELPERS = 3;

interface Combo {
  lang: Lang;
  office: string;
  theme: 'light' | 'dark';
}

const COMBOS: Combo[] = [
  { lang: 'en', office: 'en-US', theme: 'light' },
  { lang: 'en', office: 'en-US', theme: 'dark' },
  { lang: 'pt-BR', office: 'pt-BR', theme: 'light' },
  { lang: 'pt-BR', office: 'pt-BR', theme: 'dark' },
];

const sample = readSampleReport(SAMPLE);
const width = sample.header.length;
const original = fileRows(sample);
const cohort = cohortToChoose(sample, 3);
const byDefault = planFor(sample);
const chosen = planFor(sample, { cohorts: [cohort], recentOnly: true });
const idColumn = sample.profile.identifierColumn ?? 0;
const noteColumn = sample.profile.accountNameColumn ?? idColumn;

let outputDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  outputDir = mkdtempSync(join(tmpdir(), 'workbench-'));
  await buildWorkbench(outputDir);
  serveAxeFrom(outputDir);
  server = await serveFolder(outputDir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outputDir) rmSync(outputDir, { recursive: true, force: true });
});

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Polls the grid until `expectation` holds, and fails with its last complaint otherwise. */
async function gridWhere(page: Page, expectation: (grid: SeenGrid) => void): Promise<SeenGrid> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const grid = await readGrid(page);
    try {
      expectation(grid);
      return grid;
    } catch (complaint) {
      if (Date.now() > deadline) throw complaint;
    }
    await page.waitForTimeout(100);
  }
}

/** Scrolls the grid sideways so that the column headed `header` is the first in view. */
async function scrollGridTo(page: Page, header: string | undefined): Promise<void> {
  await page.evaluate((name) => {
    const scroller = document.querySelector('.grid-scroll');
    const rowNumbers = document.querySelector('.grid .corner')?.clientWidth ?? 0;
    const cells = [...document.querySelectorAll('.grid thead tr.header-row td')];
    const cell = cells.find((td) => td.textContent === name);
    if (scroller === null) return;
    scroller.scrollLeft = cell instanceof HTMLElement ? cell.offsetLeft - rowNumbers : 0;
  }, header);
}

/** The grid holds the sample as downloaded: header, rows in file order, no fill, no note. */
function expectOriginal(grid: SeenGrid): void {
  const drawn = original.slice(0, GRID_ROW_LIMIT);
  expect(grid.header).toEqual(sample.header);
  expect(grid.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual(drawn);
  expect(grid.rows.map((row) => row.number)).toEqual(drawn.map((_, i) => i + 2));
  expect(grid.more).toBe(original.length - drawn.length);
  const marked = grid.rows.flatMap((row) => row.cells.filter((c) => c.fill || c.note));
  expect(marked).toEqual([]);
}

/**
 * The grid shows core's target list: the targets only, in priority order from row 2, each row's
 * report cells untouched, Priority, Segment and Why as core computes and renders them, and the
 * cluster cells filled with their cluster's colour.
 */
function expectTargets(grid: SeenGrid, plan: TargetPlan, lang: Lang): void {
  const drawn = plan.targets.slice(0, GRID_ROW_LIMIT);
  expect(grid.header).toEqual([
    ...sample.header,
    ...helperNames(lang, sample.header).slice(0, SHOWN_HELPERS),
  ]);
  expect(grid.rows.map((row) => row.cells[idColumn].text)).toEqual(
    drawn.map((target) => original[target.row][idColumn]),
  );
  expect(grid.rows.map((row) => row.cells.slice(0, width).map((cell) => cell.text))).toEqual(
    drawn.map((target) => original[target.row]),
  );
  expect(grid.rows.map((row) => row.cells.slice(width).map((cell) => cell.text))).toEqual(
    drawn.map((target) => [
      String(target.priority),
      target.segmentCode ?? '',
      renderReasons(target.reasons, lang),
    ]),
  );
  expect(grid.rows.map((row) => row.number)).toEqual(drawn.map((_, i) => i + 2));
  expect(grid.more).toBe(plan.targets.length - drawn.length);

  const fills = grid.rows.map((row) =>
    plan.clusterColumns.map((c) => row.cells[c].fill?.toUpperCase() ?? null),
  );
  const colours = grid.rows.map((row) =>
    plan.clusterColumns.map((c) => {
      const cluster = parseCluster(row.cells[c].text);
      return cluster ? CLUSTER_COLORS[cluster].toUpperCase() : null;
    }),
  );
  expect(fills).toEqual(colours);
}

/** Notes on the account cells of the first targets, as the adapter words them, and nowhere else. */
function expectNotes(grid: SeenGrid, plan: TargetPlan, lang: Lang): void {
  const notes = grid.rows.map((row) =>
    row.cells.flatMap((cell, c) => (cell.note === null ? [] : [{ column: c, note: cell.note }])),
  );
  expect(notes).toEqual(
    plan.targets.slice(0, GRID_ROW_LIMIT).map((target, i) =>
      i < NOTED_TARGETS
        ? [
            {
              column: noteColumn,
              note: t(lang, 'excel.note', {
                priority: target.priority,
                why: renderReasons(target.reasons, lang),
              }),
            },
          ]
        : [],
    ),
  );
}

describe.each(COMBOS)('the pane in $office with the $theme theme', ({ lang, office, theme }) => {
  let context: BrowserContext;
  let page: Page;
  let pane: Locator;
  const blocked: string[] = [];
  const errors: string[] = [];

  const shoot = (step: string) =>
    page.screenshot({ path: join(SHOTS, `${office}-${theme}-${step}.png`) });
  const targeted = (plan: TargetPlan) =>
    pane.locator('p', {
      hasText: new RegExp(
        `^${escaped(
          t(lang, 'pane.result.targetedMany', {
            count: formatWhole(plan.targets.length, lang),
          }),
        )}$`,
      ),
    });
  const messageBar = (text: string) => pane.locator('.fui-MessageBarBody', { hasText: text });
  const button = (key: 'pane.report.refresh' | `pane.actions.${'apply' | 'explain' | 'reset'}`) =>
    pane.getByRole('button', { name: t(lang, key), exact: true });

  beforeAll(async () => {
    context = await localOnlyContext(browser, blocked);
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    const query = new URLSearchParams({ sample: SAMPLE, lang: office, theme });
    await page.goto(`${server.origin}workbench.html?${query.toString()}`);
    pane = page.locator('#root');
  });

  afterAll(async () => {
    await context?.close();
  });

  it('detects the report as core does, beside the sample as downloaded', async () => {
    await targeted(byDefault).waitFor();
    await button('pane.report.refresh').click();
    await pane.getByText(t(lang, 'pane.report.loading')).waitFor({ state: 'hidden' });
    await targeted(byDefault).waitFor();
    await pane.getByRole('button', { name: t(lang, 'pane.report.evidence') }).click();

    const facts = await pane.locator('dd').allTextContents();
    expect(facts).toEqual(
      expect.arrayContaining([
        reportTypeLabel(sample.profile.reportType, lang),
        formatWhole(sample.rows.length, lang),
      ]),
    );
    await gridWhere(page, expectOriginal);
    await shoot('1-detected');
    expect(await seriousViolations(page, '#root')).toEqual([]);
  });

  it('targets one solution play and recent buyers only without touching the sheet', async () => {
    await pane.getByRole('checkbox', { name: new RegExp(`^${escaped(cohort)} `) }).check();
    await pane.getByRole('switch', { name: t(lang, 'pane.targeting.recent') }).check();
    await targeted(chosen).waitFor();

    expect(chosen.targets.length).toBeLessThan(byDefault.targets.length);
    await gridWhere(page, expectOriginal);
    await pane.getByRole('switch').scrollIntoViewIfNeeded();
    await shoot('2-targeting');
    expect(await seriousViolations(page, '#root')).toEqual([]);
  });

  it('applies: the grid shows core’s target list in order, with cluster colours', async () => {
    await button('pane.actions.apply').click();
    const accounts = accountsText(chosen.targets.length, lang);
    const done = messageBar(t(lang, 'pane.actions.applied', { accounts }));
    await done.waitFor();

    await gridWhere(page, (grid) => expectTargets(grid, chosen, lang));
    await done.scrollIntoViewIfNeeded();
    await scrollGridTo(page, sample.header[chosen.clusterColumns[0]]);
    await shoot('3-applied');
    expect(await seriousViolations(page, '#root')).toEqual([]);
  });

  it('explains: Why lines as core renders them and notes on the first targets', async () => {
    await button('pane.actions.explain').click();
    const accounts = accountsText(chosen.targets.length, lang);
    const done = messageBar(t(lang, 'pane.actions.explained', { accounts }));
    await done.waitFor();

    await gridWhere(page, (grid) => {
      expectTargets(grid, chosen, lang);
      expectNotes(grid, chosen, lang);
    });
    await done.scrollIntoViewIfNeeded();
    await scrollGridTo(page, helperNames(lang, sample.header)[0]);
    await shoot('4-explained');
    expect(await seriousViolations(page, '#root')).toEqual([]);
  });

  it('resets: the grid is the sample in file order again, with no helper column', async () => {
    await button('pane.actions.reset').click();
    const done = messageBar(t(lang, 'pane.actions.resetDone'));
    await done.waitFor();

    await gridWhere(page, expectOriginal);
    await done.scrollIntoViewIfNeeded();
    await scrollGridTo(page, undefined);
    await shoot('5-reset');
    expect(await seriousViolations(page, '#root')).toEqual([]);
  });

  it('asked for nothing outside the local server and raised no script error', () => {
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
