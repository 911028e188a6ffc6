// A 200,000-row × 120-column Azure report is targeted with no request over 4 MB or 1,000,000
// cells, in a number of round trips close to what its bytes require.

import { planTargets } from '../../src/core/plan-targets';
import { detectReport } from '../../src/core/detect-report';
import { createWorkbook, visibleRows } from '../excel-host';
import { MAX_CELLS_PER_REQUEST, MAX_PAYLOAD_BYTES } from '../../src/excel/limits';
import { EN, SAMPLES, adapterFor, readSample } from './report-fixtures';

const ROWS = 200_000;
const COLUMNS = 120;

/** The Azure sample's rows repeated, with unique customer IDs and filler columns up to 120. */
function largeReport(): { rows: string[][]; header: string[] } {
  const sample = readSample(SAMPLES.azure);
  const header = [...sample.header];
  for (let c = header.length; c < COLUMNS; c++) header.push(`Partner Note ${c}`);
  const id = header.indexOf('CustomerTPID');
  const rows: string[][] = [header];
  for (let r = 0; r < ROWS; r++) {
    const row = [...sample.rows[r % sample.rows.length]];
    row[id] = String(10_000_000 + r);
    for (let c = sample.header.length; c < COLUMNS; c++) row.push(r % 3 === 0 ? 'n/a' : '');
    rows.push(row);
  }
  return { rows, header };
}

it('targets 200,000 rows × 120 columns within Excel on the web’s request limits', async () => {
  const { rows, header } = largeReport();
  const host = createWorkbook({
    name: 'CloudAscent - Azure propensity.csv',
    sheets: [{ name: 'Report', rows, mode: 'raw' }],
  });
  const adapter = adapterFor(host);
  const body = rows.slice(1);
  const profile = detectReport(header, {
    nameHint: 'CloudAscent - Azure propensity.csv',
    sampleRows: body.slice(0, 50),
  });
  const plan = planTargets(profile, body);
  const progress: string[] = [];

  const result = await adapter.apply(
    {},
    { ...EN, onProgress: (p) => progress.push(`${p.stage} ${p.done}/${p.total}`) },
  );
  if (!result.ok) throw new Error(result.message);

  const visible = visibleRows(host, 'Report').slice(1);
  const id = header.indexOf('CustomerTPID');
  expect(visible.length).toBe(plan.targets.length);
  expect(visible.slice(0, 100).map((row) => row[id])).toEqual(
    plan.targets.slice(0, 100).map((target) => body[target.row][id]),
  );
  expect(visible[visible.length - 1][COLUMNS]).toBe(plan.targets.length);

  const { stats } = host;
  expect(stats.failedRequests).toBe(0);
  expect(stats.largestRequestBytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
  expect(stats.largestResponseBytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
  expect(stats.largestRequestCells).toBeLessThanOrEqual(MAX_CELLS_PER_REQUEST);
  const needed = Math.ceil((stats.bytesSent + stats.bytesReceived) / MAX_PAYLOAD_BYTES);
  expect(stats.requests).toBeLessThanOrEqual(Math.ceil(needed / 0.8) + 12);
  expect(stats.screenUpdatingSuspensions).toBe(1);
  expect(progress).toContain(`read ${ROWS}/${ROWS}`);
  expect(progress).toContain(`write ${ROWS}/${ROWS}`);
}, 90_000);
