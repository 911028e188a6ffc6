// A report of 200,000 rows x 120 columns fits in memory and is filtered and sorted in seconds.

import { createWorkbook, visibleRows } from './index';

const ROWS = 200_000;
const COLUMNS = 120;
const CLUSTERS = ['Act Now', 'Evaluate', 'Nurture', 'Educate'];

function report(): unknown[][] {
  const rows: unknown[][] = [Array.from({ length: COLUMNS }, (_, c) => `Column ${c}`)];
  for (let r = 1; r <= ROWS; r += 1) {
    const row = new Array<unknown>(COLUMNS);
    row[0] = `ID${String(r).padStart(8, '0')}`;
    row[1] = CLUSTERS[r % 4];
    row[2] = (r * 7919) % 100_003;
    for (let c = 3; c < COLUMNS; c += 1) row[c] = c % 2 === 0 ? 'Yes' : r % 97;
    rows.push(row);
  }
  return rows;
}

describe('a 200,000 x 120 report', () => {
  it('is filtered, sorted and read in chunks within seconds and a bounded heap', async () => {
    const started = Date.now();
    const host = createWorkbook({ sheets: [{ name: 'R', rows: report(), mode: 'raw' }] });
    await host.run(async (context) => {
      const table = context.workbook.tables.add(`R!A1:DP${ROWS + 1}`, true);
      table.columns.getItemAt(1).filter.applyValuesFilter(['Act Now']);
      table.sort.apply([{ key: 2, ascending: false }]);
      await context.sync();
      const sheet = context.workbook.worksheets.getItem('R');
      for (let top = 1; top <= ROWS; top += 50_000) {
        const block = sheet.getRangeByIndexes(top, 2, 50_000, 1);
        block.load('values');
        await context.sync();
      }
    });
    const visible = visibleRows(host, 'R').slice(1);
    const priorities = visible.map((row) => row[2] as number);
    expect(visible.length).toBe(ROWS / 4);
    expect(visible.every((row) => row[1] === 'Act Now')).toBe(true);
    expect(priorities.every((p, i) => i === 0 || priorities[i - 1] >= p)).toBe(true);
    expect(host.stats.largestRequestCells).toBe(50_000);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(process.memoryUsage().heapUsed).toBeLessThan(2.5 * 1024 ** 3);
  }, 30_000);
});
