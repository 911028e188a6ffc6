// All or nothing: an import the user cancels half-way, or that fails at any round trip, leaves
// no sheet behind and the workbook as it was; the second import of a file gets its own sheet.

import { createReportAdapter } from '../../src/excel';
import { parseInProcess } from '../../src/excel/parse-report-file';
import type { CsvParser, ExcelRun, Progress } from '../../src/excel/types';
import { sampleText } from '../../scripts/samples/generate';
import { largeAzureSpec } from '../../scripts/samples/specs';
import { HostError, snapshot, type ExcelHost } from '../excel-host';
import { EN, sheetNames, textBytes, workbook } from './import-helpers';

const FILE = 'CloudAscent - Azure propensity (FY24).csv';
/** Big enough for several requests: about 4.4 MB of cells. */
const TEXT = sampleText(largeAzureSpec(10_000));

/** An Excel.run whose `failAt`-th sync (counted over every run) fails before reaching Excel. */
function failingRun(host: ExcelHost, failAt: number): { run: ExcelRun; syncs: () => number } {
  let count = 0;
  const run: ExcelRun = (batch) =>
    host.run(async (context) => {
      const sync = context.sync.bind(context);
      context.sync = async () => {
        count += 1;
        if (count === failAt) throw new HostError('GeneralException', 'Injected failure.');
        return sync();
      };
      return batch(context);
    });
  return { run, syncs: () => count };
}

function adapterOn(host: ExcelHost, run: ExcelRun, parseCsv: CsvParser = parseInProcess) {
  return createReportAdapter(run, {
    isSetSupported: (name, version) => host.requirements.isSetSupported(name, version),
    parseCsv,
  });
}

it('cancelled after the first rows were written, removes the new sheet', async () => {
  const { host, adapter } = workbook([{ name: 'Sheet1', rows: [['keep me']] }]);
  const before = snapshot(host);
  const controller = new AbortController();
  const progress: Progress[] = [];

  const result = await adapter.openReportFile?.(
    { fileName: FILE, bytes: textBytes(TEXT) },
    {
      ...EN,
      signal: controller.signal,
      onProgress: (step) => {
        progress.push(step);
        if (step.stage === 'import' && step.done > 0) controller.abort();
      },
    },
  );

  expect(result).toEqual({
    ok: false,
    code: 'cancelled',
    message: 'Cancelled. No sheet was added.',
  });
  expect(progress.filter((step) => step.stage === 'import')).toEqual([
    { stage: 'import', done: expect.any(Number), total: 10_000 },
  ]);
  expect(sheetNames(host)).toEqual(['Sheet1']);
  expect(host.model.activeSheet.name).toBe('Sheet1');
  expect(snapshot(host)).toEqual(before);
});

it('failing at any round trip, removes the new sheet and says the workbook is as it was', async () => {
  const { host: counted } = workbook();
  const probe = failingRun(counted, 0);
  await adapterOn(counted, probe.run).openReportFile?.(
    { fileName: FILE, bytes: textBytes(TEXT) },
    EN,
  );
  const total = probe.syncs();
  expect(total).toBeGreaterThan(4);

  for (let failAt = 1; failAt <= total; failAt++) {
    const { host } = workbook([{ name: 'Sheet1', rows: [['keep me']] }]);
    const before = snapshot(host);
    const adapter = adapterOn(host, failingRun(host, failAt).run);
    const result = await adapter.openReportFile?.({ fileName: FILE, bytes: textBytes(TEXT) }, EN);
    expect({ failAt, result }).toEqual({
      failAt,
      result: {
        ok: false,
        code: 'GeneralException',
        message: expect.stringContaining('No sheet was added.'),
      },
    });
    expect({ failAt, sheets: sheetNames(host) }).toEqual({ failAt, sheets: ['Sheet1'] });
    expect(snapshot(host)).toEqual(before);
  }
}, 30_000);

it('when the parser stops answering half-way, removes the new sheet', async () => {
  const { host } = workbook();
  const dying: CsvParser = async (input) => {
    const parsed = await parseInProcess(input);
    if (!parsed.ok) return parsed;
    const batch = (index: number) =>
      index === 0 ? parsed.value.batch(0) : Promise.reject(new Error('The parse worker stopped.'));
    return { ok: true, value: { ...parsed.value, batch } };
  };
  const adapter = adapterOn(host, host.run.bind(host), dying);

  const result = await adapter.openReportFile?.({ fileName: FILE, bytes: textBytes(TEXT) }, EN);

  expect(result).toEqual({
    ok: false,
    code: 'Error',
    message: expect.stringContaining('No sheet was added.'),
  });
  expect(sheetNames(host)).toEqual(['Sheet1']);
});

it('opens the same file twice into two sheets, the second named with (2)', async () => {
  const { host, adapter } = workbook();
  const text = 'AccountName,CustomerID\r\nContoso,007\r\n';
  const name = 'Renewals [March] 2026: Brazil?.csv';
  const first = await adapter.openReportFile?.({ fileName: name, bytes: textBytes(text) }, EN);
  const second = await adapter.openReportFile?.({ fileName: name, bytes: textBytes(text) }, EN);
  expect([first?.ok, second?.ok]).toEqual([true, true]);
  expect(sheetNames(host)).toEqual([
    'Sheet1',
    'Renewals March 2026 Brazil',
    'Renewals March 2026 Brazil (2)',
  ]);
  expect(host.model.activeSheet.name).toBe('Renewals March 2026 Brazil (2)');
});
