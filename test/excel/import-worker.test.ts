// The parse worker's message protocol, through its handler called directly and through the
// pane's client over a stand-in worker that clones every message as postMessage does: the file
// is parsed once, its rows come back one batch per request, and the import through the worker
// writes the same sheet as the import in process.

import { createReportAdapter } from '../../src/excel';
import { batchOf, parseReportFile } from '../../src/excel/parse-report-file';
import { MAX_CELLS_PER_REQUEST, MAX_PAYLOAD_BYTES } from '../../src/excel/limits';
import { jsonBytes } from '../../src/excel/payload';
import { workerParser, type WorkerLike } from '../../src/taskpane/parse-worker-client';
import {
  createParseHandler,
  type ParseReply,
  type ParseRequest,
} from '../../src/taskpane/parse-worker-handler';
import { sampleText } from '../../scripts/samples/generate';
import { largeAzureSpec } from '../../scripts/samples/specs';
import { hashSheet, type ExcelHost } from '../excel-host';
import { EN, sampleBytes, textBytes, workbook } from './import-helpers';

const FILE = 'CloudAscent - Azure propensity (FY24).csv';

describe('the worker’s handler', () => {
  it('parses a file once and hands its rows over batch by batch, each within one request', () => {
    const handle = createParseHandler();
    const bytes = textBytes(sampleText(largeAzureSpec(12_000)));

    const parsed = handle({ type: 'parse', id: 7, input: { fileName: FILE, bytes } });
    if (parsed?.type !== 'parsed' || !parsed.result.ok) throw new Error('not parsed');
    const summary = parsed.result.value;
    expect(summary.rowCount).toBe(12_000);
    expect(summary.formats[summary.header.indexOf('CustomerID')]).toBe('@');
    expect(summary.formats[summary.header.indexOf('AzureFit')]).toBe('0.0');
    expect(summary.formats[summary.header.indexOf('AccountName')]).toBeUndefined();
    expect(summary.batchSizes.length).toBeGreaterThan(1);
    expect(summary.batchSizes.reduce((a, b) => a + b, 0)).toBe(12_000);

    const formatted = summary.formats.filter((format) => format !== undefined).length;
    summary.batchSizes.forEach((size, index) => {
      const reply = handle({ type: 'batch', id: 7, index });
      if (reply?.type !== 'batch') throw new Error(`no batch ${index}`);
      expect(reply.rows).toHaveLength(size);
      expect(jsonBytes(reply.rows)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
      expect(size * (summary.header.length + formatted)).toBeLessThanOrEqual(MAX_CELLS_PER_REQUEST);
    });
  });

  it.each<[string, ParseRequest, Partial<ParseReply>]>([
    ['an unknown file', { type: 'batch', id: 99, index: 0 }, { type: 'error', id: 99, index: 0 }],
    [
      'a batch past the end',
      { type: 'batch', id: 1, index: 5 },
      { type: 'error', id: 1, index: 5 },
    ],
  ])('answers a request for %s with an error', (_, request, expected) => {
    const handle = createParseHandler();
    handle({ type: 'parse', id: 1, input: { fileName: FILE, bytes: sampleBytes(FILE) } });
    expect(handle(request)).toEqual({ ...expected, message: expect.any(String) });
  });

  it('lets a closed file go: its batches are no longer served', () => {
    const handle = createParseHandler();
    handle({ type: 'parse', id: 1, input: { fileName: FILE, text: 'AccountName,Visits\nA,1\n' } });
    expect(handle({ type: 'batch', id: 1, index: 0 })).toMatchObject({ type: 'batch' });
    expect(handle({ type: 'close', id: 1 })).toBeUndefined();
    expect(handle({ type: 'batch', id: 1, index: 0 })).toMatchObject({ type: 'error' });
  });

  it('returns a file core cannot read as a problem, not an error', () => {
    const handle = createParseHandler();
    expect(handle({ type: 'parse', id: 3, input: { fileName: 'empty.csv', text: ' \n' } })).toEqual(
      {
        type: 'parsed',
        id: 3,
        result: { ok: false, error: { code: 'empty-file' } },
      },
    );
  });

  it('serves the same rows the in-process parser makes', () => {
    const handle = createParseHandler();
    const input = { fileName: FILE, bytes: sampleBytes(FILE) };
    handle({ type: 'parse', id: 2, input });
    const direct = parseReportFile(input);
    if (!direct.ok) throw new Error('not parsed');
    expect(handle({ type: 'batch', id: 2, index: 0 })).toEqual({
      type: 'batch',
      id: 2,
      index: 0,
      rows: batchOf(direct.value, 0),
    });
  });
});

/** A worker stand-in: the handler runs a moment later on a structured clone of each message. */
class StandInWorker implements WorkerLike {
  readonly transfers: Transferable[][] = [];
  readonly requests: ParseRequest['type'][] = [];
  private readonly handle = createParseHandler();
  private readonly onMessage: ((event: { data: ParseReply }) => void)[] = [];
  private readonly onError: ((event: { message?: string }) => void)[] = [];

  constructor(private readonly crashOn?: ParseRequest['type']) {}

  postMessage(message: ParseRequest, transfer: Transferable[] = []): void {
    this.transfers.push(transfer);
    this.requests.push(message.type);
    const copy = structuredClone(message);
    setTimeout(() => {
      if (copy.type === this.crashOn) {
        this.onError.forEach((listener) => listener({ message: 'worker crashed' }));
        return;
      }
      const reply = this.handle(copy);
      if (reply !== undefined)
        this.onMessage.forEach((listener) => listener({ data: structuredClone(reply) }));
    });
  }

  addEventListener(type: 'message', listener: (event: { data: ParseReply }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  addEventListener(
    type: 'message' | 'error',
    listener: ((event: { data: ParseReply }) => void) | ((event: { message?: string }) => void),
  ): void {
    if (type === 'message') this.onMessage.push(listener as (event: { data: ParseReply }) => void);
    else this.onError.push(listener as (event: { message?: string }) => void);
  }
}

function adapterWith(host: ExcelHost, worker: WorkerLike) {
  return createReportAdapter(host.run.bind(host), {
    isSetSupported: (name, version) => host.requirements.isSetSupported(name, version),
    parseCsv: workerParser(worker),
  });
}

describe('the pane’s client of the worker', () => {
  it('imports through the worker exactly what the in-process parser imports', async () => {
    const viaWorker = workbook();
    const worker = new StandInWorker();
    const bytes = sampleBytes(FILE);
    const inWorker = await adapterWith(viaWorker.host, worker).openReportFile?.(
      { fileName: FILE, bytes },
      EN,
    );
    const inProcess = workbook();
    const direct = await inProcess.adapter.openReportFile?.(
      { fileName: FILE, bytes: sampleBytes(FILE) },
      EN,
    );

    expect(inWorker).toEqual(direct);
    const name = inWorker?.ok === true ? inWorker.value.sheetName : '';
    expect(hashSheet(viaWorker.host, name)).toBe(hashSheet(inProcess.host, name));
    expect(worker.transfers[0]).toEqual([bytes]);
    expect(worker.requests).toEqual(['parse', 'batch', 'close']);
  });

  it('reports a worker that crashed while parsing, and adds no sheet', async () => {
    const { host } = workbook();
    const result = await adapterWith(host, new StandInWorker('parse')).openReportFile?.(
      { fileName: FILE, bytes: sampleBytes(FILE) },
      EN,
    );
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('The file could not be read'),
    });
    expect(host.model.sheets).toHaveLength(1);
  });

  it('removes the new sheet when the worker crashes while handing over rows', async () => {
    const { host } = workbook();
    const result = await adapterWith(host, new StandInWorker('batch')).openReportFile?.(
      { fileName: FILE, bytes: sampleBytes(FILE) },
      EN,
    );
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('No sheet was added'),
    });
    expect(host.model.sheets).toHaveLength(1);
  });
});
