// The pane's side of the parse worker: a CsvParser for the adapter whose parsing happens in the
// worker. The file's bytes are transferred, not copied; rows come back one batch per request,
// so taking them in never holds the pane's thread for long.

import type { Result } from '../core/types';
import type { ParsedSummary } from '../excel/parse-report-file';
import type { CsvInput, CsvParser, ParsedCsv } from '../excel/types';
import type { ParseReply, ParseRequest } from './parse-worker-handler';

/** The part of a Worker this uses; tests pass a stand-in that runs the handler directly. */
export interface WorkerLike {
  postMessage(message: ParseRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: ParseReply }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}

interface Waiting {
  resolve(reply: ParseReply): void;
  reject(error: Error): void;
}

export function workerParser(worker: WorkerLike): CsvParser {
  const waiting = new Map<string, Waiting>();
  let nextId = 1;

  worker.addEventListener('message', (event) => {
    const reply = event.data;
    const index = reply.type === 'parsed' ? undefined : reply.index;
    const key = index === undefined ? `${reply.id}` : `${reply.id}:${index}`;
    const entry = waiting.get(key);
    if (entry === undefined) return;
    waiting.delete(key);
    if (reply.type === 'error') entry.reject(new Error(reply.message));
    else entry.resolve(reply);
  });
  // A worker that crashed answers nothing more: everyone waiting is told.
  worker.addEventListener('error', (event) => {
    const error = new Error(event.message ?? 'The parse worker stopped.');
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  });

  function ask(key: string, request: ParseRequest, transfer: Transferable[] = []) {
    return new Promise<ParseReply>((resolve, reject) => {
      waiting.set(key, { resolve, reject });
      worker.postMessage(request, transfer);
    });
  }

  return async (input: CsvInput): Promise<Result<ParsedCsv>> => {
    const id = nextId++;
    const transfer = 'bytes' in input ? [input.bytes] : [];
    const reply = await ask(`${id}`, { type: 'parse', id, input }, transfer);
    if (reply.type !== 'parsed') throw new Error('The parse worker answered out of turn.');
    if (!reply.result.ok) return reply.result;
    return { ok: true, value: parsedCsv(id, reply.result.value) };
  };

  function parsedCsv(id: number, summary: ParsedSummary): ParsedCsv {
    return {
      ...summary,
      batch: async (index) => {
        const reply = await ask(`${id}:${index}`, { type: 'batch', id, index });
        if (reply.type !== 'batch') throw new Error('The parse worker answered out of turn.');
        return reply.rows;
      },
      close: () => worker.postMessage({ type: 'close', id }),
    };
  }
}
