// All or nothing: whichever round trip of Apply or Explain fails, or whenever the user cancels,
// the sheet is left exactly as it was before the call; when even undoing fails (the sheet was
// protected half-way), the message says to use Reset, and Reset then cleans up.

import { createReportAdapter } from '../../src/excel';
import type { ExcelRun, ReportAdapter } from '../../src/excel/types';
import { t } from '../../src/i18n';
import { HostError, setSheetProtected, snapshot, visibleRows, type ExcelHost } from '../excel-host';
import { EN, SAMPLES, expectedPlan, loadSample, type LoadedSample } from './report-fixtures';

/** An Excel.run whose `failAt`-th sync (counted over every run) fails before reaching Excel. */
function runFailingAt(
  host: ExcelHost,
  failAt: number,
  before?: () => void,
): { run: ExcelRun; syncs: () => number } {
  let count = 0;
  const run: ExcelRun = (batch) =>
    host.run(async (context) => {
      const sync = context.sync.bind(context);
      context.sync = async () => {
        count += 1;
        if (count === failAt) {
          if (before === undefined) throw new HostError('GeneralException', 'Injected failure.');
          before();
        }
        return sync();
      };
      return batch(context);
    });
  return { run, syncs: () => count };
}

function adapterOn(host: ExcelHost, run: ExcelRun): ReportAdapter {
  return createReportAdapter(run, {
    isSetSupported: (name, version) => host.requirements.isSetSupported(name, version),
  });
}

const SAMPLE = SAMPLES.security;

async function countApplySyncs(): Promise<number> {
  const loaded = loadSample(SAMPLE);
  const counter = runFailingAt(loaded.host, 0);
  const result = await adapterOn(loaded.host, counter.run).apply({}, EN);
  expect(result.ok).toBe(true);
  return counter.syncs();
}

describe('a failed round trip during Apply', () => {
  it('at any point leaves the sheet as it was, with a message', async () => {
    const total = await countApplySyncs();
    expect(total).toBeGreaterThan(6);
    for (let failAt = 1; failAt <= total; failAt++) {
      const loaded = loadSample(SAMPLE);
      const before = snapshot(loaded.host);
      const result = await adapterOn(loaded.host, runFailingAt(loaded.host, failAt).run).apply(
        {},
        EN,
      );
      expect({ failAt, result }).toEqual({
        failAt,
        result: {
          ok: false,
          code: 'GeneralException',
          message: t('en', 'excel.error.failed', { code: 'GeneralException' }),
        },
      });
      expect({ failAt, sheet: snapshot(loaded.host) }).toEqual({ failAt, sheet: before });
    }
  });

  it('that cannot be undone either says to use Reset, which then restores the sheet', async () => {
    const total = await countApplySyncs();
    let undone = 0;
    for (let failAt = 4; failAt <= total; failAt++) {
      const loaded = loadSample(SAMPLE);
      const before = snapshot(loaded.host);
      const protect = (): void => setSheetProtected(loaded.host, loaded.sheetName, true);
      const adapter = adapterOn(loaded.host, runFailingAt(loaded.host, failAt, protect).run);
      const result = await adapter.apply({}, EN);
      setSheetProtected(loaded.host, loaded.sheetName, false);
      if (result.ok) continue;
      if (result.code === 'undo-failed') {
        expect(result.message).toBe(t('en', 'excel.error.undoFailed', { code: 'AccessDenied' }));
        expect((await loadedAdapter(loaded).reset(EN)).ok).toBe(true);
        undone += 1;
      } else {
        expect(result).toEqual({
          ok: false,
          code: 'protected',
          message: t('en', 'excel.error.protected'),
        });
      }
      expect({ failAt, sheet: snapshot(loaded.host) }).toEqual({ failAt, sheet: before });
    }
    expect(undone).toBeGreaterThan(0);
  });
});

function loadedAdapter(loaded: LoadedSample): ReportAdapter {
  return adapterOn(loaded.host, loaded.host.run.bind(loaded.host));
}

describe('cancelling Apply', () => {
  it('at any progress step leaves the sheet as it was', async () => {
    const counting = loadSample(SAMPLE);
    let steps = 0;
    await counting.adapter.apply({}, { ...EN, onProgress: () => (steps += 1) });
    expect(steps).toBeGreaterThan(3);

    for (let step = 1; step <= steps; step++) {
      const loaded = loadSample(SAMPLE);
      const before = snapshot(loaded.host);
      const controller = new AbortController();
      let seen = 0;
      const result = await loaded.adapter.apply(
        {},
        {
          ...EN,
          signal: controller.signal,
          onProgress: () => {
            seen += 1;
            if (seen === step) controller.abort();
          },
        },
      );
      expect({ step, result }).toEqual({
        step,
        result: { ok: false, code: 'cancelled', message: t('en', 'excel.error.cancelled') },
      });
      expect({ step, sheet: snapshot(loaded.host) }).toEqual({ step, sheet: before });
    }
  });
});

describe('a failed round trip during Explain', () => {
  it('at any point leaves the targeted sheet, its Why column and notes as they were', async () => {
    const prepare = async (): Promise<LoadedSample> => {
      const loaded = loadSample(SAMPLE);
      expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
      expect((await loaded.adapter.explain(EN)).ok).toBe(true);
      return loaded;
    };
    const counting = await prepare();
    const counter = runFailingAt(counting.host, 0);
    expect((await adapterOn(counting.host, counter.run).explain({ lang: 'pt-BR' })).ok).toBe(true);
    const total = counter.syncs();

    for (let failAt = 1; failAt <= total; failAt++) {
      const loaded = await prepare();
      const before = snapshot(loaded.host);
      const adapter = adapterOn(loaded.host, runFailingAt(loaded.host, failAt).run);
      const result = await adapter.explain({ lang: 'pt-BR' });
      expect({ failAt, ok: result.ok }).toEqual({ failAt, ok: false });
      expect({ failAt, sheet: snapshot(loaded.host) }).toEqual({ failAt, sheet: before });
    }
  });
});

it('a new target list that fails to apply puts the previous one back', async () => {
  const loaded = loadSample(SAMPLES.azure);
  const { plan, values } = expectedPlan(loaded);
  expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
  const counter = runFailingAt(loaded.host, 0);
  await adapterOn(loaded.host, counter.run).inspect(EN);
  const failAt = counter.syncs() + 12;
  const adapter = adapterOn(loaded.host, runFailingAt(loaded.host, failAt).run);
  const result = await adapter.apply({ clusters: ['Nurture'] }, EN);
  expect(result.ok).toBe(false);
  const id = loaded.table.header.indexOf('CustomerTPID');
  expect(
    visibleRows(loaded.host, 'Report')
      .slice(1)
      .map((row) => row[id]),
  ).toEqual(plan.targets.map((target) => values[1 + target.row][id]));
});

it('a write Excel refuses for its size is sent again in smaller pieces', async () => {
  const loaded = loadSample(SAMPLES.azure, { limits: { requestBytes: 8_000 } });
  const { plan } = expectedPlan(loaded);
  const result = await loaded.adapter.apply({}, EN);
  if (!result.ok) throw new Error(result.message);
  expect(loaded.host.stats.failedRequests).toBeGreaterThan(0);
  expect(visibleRows(loaded.host, 'Report').length - 1).toBe(plan.targets.length);
});
