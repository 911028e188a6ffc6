import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_HEADER, demoRow } from '../../src/cli/demo-table';
import { formatTable } from '../../src/cli/text-table';
import { SAMPLES_DIR } from './sample-table';

describe('formatTable', () => {
  const table = formatTable([
    ['report', 'rows', 'first account'],
    ['Azure', '120', 'Pinecrest Supply L.L.C. (000605273)'],
    ['Security newer', '9', ''],
  ]);

  it('aligns the columns under a rule, two spaces apart', () => {
    expect(table.split('\n')).toEqual([
      'report          rows  first account',
      '--------------  ----  -----------------------------------',
      'Azure           120   Pinecrest Supply L.L.C. (000605273)',
      'Security newer  9',
      '',
    ]);
  });

  it('ends no line with a space', () => {
    expect(table).not.toMatch(/ $/m);
  });
});

describe('demoRow', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pn-demo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has a column for each fact the demo shows', () => {
    expect(DEMO_HEADER).toEqual([
      'report',
      'layout',
      'rows',
      'targeted',
      'warnings',
      'first account',
    ]);
  });

  it.each([
    [
      'M365 Copilot propensity',
      [
        'M365 Copilot',
        'newer layout',
        '200',
        expect.stringMatching(/^\d+$/),
        '0',
        expect.stringMatching(/.+ \(\d+\)$/),
      ],
    ],
    [
      'Azure propensity (FY24)',
      ['Azure (FY24)', 'FY24 layout', '120', '56', '0', 'Pinecrest Supply L.L.C. (000605273)'],
    ],
    [
      'Azure propensity (2020)',
      [
        'Azure (2020)',
        'December 2020 layout',
        '60',
        expect.stringMatching(/^\d+$/),
        '1',
        expect.stringMatching(/.+ \(\d+\)$/),
      ],
    ],
  ])('shows the readable layout, the warnings and the first account of %s', async (name, row) => {
    const path = join(SAMPLES_DIR, `CloudAscent - ${name}.csv`);
    const result = await demoRow(path, join(dir, `${name}.xlsx`));
    expect(result).toEqual({ ok: true, value: row });
  });

  it('gives the error lines of a file the command line refuses', async () => {
    const result = await demoRow(join(dir, 'missing.csv'), join(dir, 'missing.xlsx'));
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^propensity-navigator: cannot read .*no such file/),
    });
  });
});
