// Excel on the web's request limits, and the round-trip statistics benchmarks read.

import { createWorkbook, sheetValues } from './index';

const MB = 1024 * 1024;

describe('request limits', () => {
  it('fails a sync whose queued writes exceed 5 MB, applying none of them', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S' }] });
    const sheet = host.context.workbook.worksheets.getItem('S');
    const block = Array.from({ length: 6_000 }, () => ['x'.repeat(1_000)]);
    sheet.getRange('A1').values = [['first']];
    sheet.getRange('B1:B6000').values = block;
    await expect(host.context.sync()).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
    expect(sheetValues(host, 'S')).toEqual([]);
    expect(host.stats.log[0]).toMatchObject({ errorCode: 'RequestPayloadSizeLimitExceeded' });
    expect(host.stats.log[0].requestBytes).toBeGreaterThan(5 * MB);
  });

  it('accepts the same data split into requests under 5 MB', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S' }] });
    const sheet = host.context.workbook.worksheets.getItem('S');
    for (let start = 1; start <= 6_000; start += 3_000) {
      sheet.getRange(`B${start}:B${start + 2_999}`).values = Array.from({ length: 3_000 }, () => [
        'x'.repeat(1_000),
      ]);
      await host.context.sync();
    }
    expect(host.stats).toMatchObject({ requests: 2, failedRequests: 0, cellsWritten: 6_000 });
    expect(host.stats.largestRequestBytes).toBeLessThan(5 * MB);
  });

  it('fails a single read of 5,000,001 cells with RangeExceedsLimit', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S' }] });
    // 106,383 rows x 47 columns = 5,000,001 cells.
    const range = host.context.workbook.worksheets
      .getItem('S')
      .getRangeByIndexes(0, 0, 106_383, 47);
    range.load('values');
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('reads exactly at the cell limit and fails one cell over it (limit lowered for speed)', async () => {
    const host = createWorkbook({ sheets: [{ name: 'S' }], limits: { cellsPerRead: 100 } });
    const sheet = host.context.workbook.worksheets.getItem('S');
    sheet.getRange('A1:J10').load('values');
    await expect(host.context.sync()).resolves.toBeUndefined();
    sheet.getRange('A1:J10').getResizedRange(1, 0).load('text');
    await expect(host.context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('fails a response over 5 MB with ResponsePayloadSizeLimitExceeded', async () => {
    const rows = Array.from({ length: 3_000 }, () => ['y'.repeat(2_000)]);
    const host = createWorkbook({ sheets: [{ name: 'S', rows, mode: 'raw' }] });
    host.context.workbook.worksheets.getItem('S').getRange('A1:A3000').load('values');
    await expect(host.context.sync()).rejects.toMatchObject({
      code: 'ResponsePayloadSizeLimitExceeded',
    });
  });
});

describe('statistics', () => {
  it('counts syncs, requests, bytes and cells per sync and in total', async () => {
    const host = createWorkbook({
      sheets: [
        {
          name: 'S',
          rows: [
            ['a', 'b'],
            ['c', 'd'],
          ],
        },
      ],
    });
    const sheet = host.context.workbook.worksheets.getItem('S');
    const read = sheet.getRange('A1:B2');
    read.load('values');
    await host.context.sync();
    await host.context.sync();
    sheet.getRange('C1:C3').values = [['x'], ['y'], ['z']];
    await host.context.sync();
    const { log, ...totals } = host.stats;
    expect(log.map((r) => [r.operations, r.cellsRead, r.cellsWritten])).toEqual([
      [1, 4, 0],
      [0, 0, 0],
      [1, 0, 3],
    ]);
    expect(totals).toMatchObject({
      syncs: 3,
      requests: 2,
      cellsRead: 4,
      cellsWritten: 3,
      largestRequestCells: 4,
    });
    expect(totals.bytesReceived).toBe(log[0].responseBytes + log[2].responseBytes);
    expect(log[0].responseBytes).toBeGreaterThanOrEqual(
      JSON.stringify([
        ['a', 'b'],
        ['c', 'd'],
      ]).length,
    );
    expect(totals.bytesSent).toBe(log[0].requestBytes + log[2].requestBytes);
    expect(log[2].requestBytes).toBeGreaterThan(JSON.stringify([['x'], ['y'], ['z']]).length);
  });

  it('counts screen-updating suspensions and starts over after resetStats', async () => {
    const host = createWorkbook();
    host.context.workbook.application.suspendScreenUpdatingUntilNextSync();
    await host.context.sync();
    expect(host.stats.screenUpdatingSuspensions).toBe(1);
    host.resetStats();
    expect(host.stats).toMatchObject({
      syncs: 0,
      requests: 0,
      screenUpdatingSuspensions: 0,
      log: [],
    });
  });

  it('counts the bytes of the object paths as well as the values', async () => {
    const host = createWorkbook();
    host.context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.font.bold = true;
    await host.context.sync();
    expect(host.stats.bytesSent).toBeGreaterThan(
      JSON.stringify(['Sheet1', 'A1', 'bold', true]).length,
    );
  });
});
