import { mkdtempSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLargeFile } from '../../scripts/generate-samples';
import { jsonOf, runCli } from './run-cli';

// About 445 bytes per FY24 Azure row: 120,000 rows make a file of a little over 50 MB.
const ROWS = 120_000;

let dir: string;
let path: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pn-large-'));
  path = join(dir, 'CloudAscent - Azure propensity (FY24).csv');
  await writeLargeFile(ROWS, path);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 50 MB report', () => {
  it('is at least 50 MB', () => {
    expect(statSync(path).size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  });

  it('is analysed', async () => {
    const run = await runCli('analyze', path, '--json');
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toMatchObject({ reportType: 'azure', layout: 'azure-fy24', rows: ROWS });
  }, 60_000);

  it('is targeted into a streamed workbook, with a warning that Report is a plain range', async () => {
    const out = join(dir, 'large.xlsx');
    const run = await runCli('target', path, '--out', out, '--json');
    expect(run.code).toBe(0);
    const result = jsonOf(run);
    expect(result.targeted).toBeGreaterThan(ROWS / 4);
    expect(result.order).toHaveLength(50);
    expect(run.stderr).toMatch(
      /^warning: the report is large, so the Report sheet is a plain range/m,
    );

    const head = Buffer.alloc(4);
    const handle = openSync(out, 'r');
    readSync(handle, head, 0, 4, 0);
    closeSync(handle);
    expect(head.toString('latin1')).toBe('PK\u0003\u0004');
  }, 120_000);
});
