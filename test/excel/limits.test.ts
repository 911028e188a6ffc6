// A 200,000-row × 70-column report goes through the whole add-in on Excel on the web's limits:
// Open report file…, then inspect, the default target list, Explain and Reset. No request or
// response may pass 4 MB and none may carry more than 1,000,000 cells; every step reports
// progress up to all its rows.

import { sampleLines } from '../../scripts/samples/generate';
import { largeAzureSpec } from '../../scripts/samples/specs';
import { MAX_CELLS_PER_REQUEST, MAX_PAYLOAD_BYTES } from '../../src/excel/limits';
import type { AdapterResult, Progress } from '../../src/excel/types';
import type { SyncRecord } from '../excel-host';
import { EN, sheetContent, workbook } from './import-helpers';

const ROWS = 200_000;
const FILE = 'CloudAscent - Azure propensity (FY24).csv';

/** The FY24 Azure layout (67 columns) and three more: a note, a code with zeros, a region. */
function largeFile(): ArrayBuffer {
  const extras = ['PartnerNote', 'LegacyCode', 'Region'];
  const notes = ['', '=SUM(A1:A2)', '"Observação", ação'];
  let text = '';
  let row = -1;
  for (const line of sampleLines(largeAzureSpec(ROWS))) {
    const end = line.endsWith('\r\n') ? line.length - 2 : line.length - 1;
    const added =
      row < 0
        ? extras
        : [notes[row % 3], String(row).padStart(8, '0'), row % 2 === 0 ? 'São Paulo' : 'Lisboa'];
    text += `${line.slice(0, end)},${added.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')}${line.slice(end)}`;
    row += 1;
  }
  return new TextEncoder().encode(text).buffer as ArrayBuffer;
}

/** Requests of one step that pass a limit; empty when every request fits. */
function overLimits(log: readonly SyncRecord[]): SyncRecord[] {
  return log.filter(
    (record) =>
      record.errorCode !== undefined ||
      record.requestBytes > MAX_PAYLOAD_BYTES ||
      record.responseBytes > MAX_PAYLOAD_BYTES ||
      record.cellsRead + record.cellsWritten > MAX_CELLS_PER_REQUEST,
  );
}

it('opens, inspects, targets, explains and resets 200,000 × 70 cells within the request limits', async () => {
  const { host, adapter } = workbook();
  const bytes = largeFile();
  const steps: [string, (onProgress: (p: Progress) => void) => Promise<AdapterResult<unknown>>][] =
    [
      [
        'import',
        (onProgress) =>
          adapter.openReportFile?.({ fileName: FILE, bytes }, { ...EN, onProgress }) as never,
      ],
      ['inspect', (onProgress) => adapter.inspect({ ...EN, onProgress })],
      ['apply', (onProgress) => adapter.apply({}, { ...EN, onProgress })],
      ['explain', (onProgress) => adapter.explain({ ...EN, onProgress })],
      ['reset', (onProgress) => adapter.reset({ ...EN, onProgress })],
    ];

  const stages: Record<string, string[]> = {};
  let sheetName = '';
  for (const [step, call] of steps) {
    host.resetStats();
    const seen: string[] = [];
    const result = await call((p) => {
      if (p.done === p.total && p.total > 0) seen.push(`${p.stage} ${p.total}`);
    });
    if (!result.ok) throw new Error(`${step}: ${result.message}`);
    if (step === 'import') sheetName = (result.value as { sheetName: string }).sheetName;
    stages[step] = seen;
    expect({ step, over: overLimits(host.stats.log) }).toEqual({ step, over: [] });
  }

  expect(stages.import).toContain(`import ${ROWS}`);
  expect(stages.inspect).toContain(`read ${ROWS}`);
  expect(stages.apply).toContain(`write ${ROWS}`);
  expect(stages.explain).toContain(`write ${ROWS}`);
  expect(stages.reset).toContain('reset 1');

  const { texts } = sheetContent(host, sheetName);
  expect(texts.length).toBe(ROWS + 1);
  expect(texts[0].length).toBe(70);
  expect(texts[2].slice(67)).toEqual(['=SUM(A1:A2)', '00000001', 'Lisboa']);
  expect(texts[3].slice(67)).toEqual(['"Observação", ação', '00000002', 'São Paulo']);
}, 90_000);
