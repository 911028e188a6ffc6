// The parse worker's side of the conversation, as a plain function so tests can call it without
// a worker: "parse" reads a CSV with core's reader and keeps the rows; "batch" hands over one
// batch of cell values at a time, so the pane never takes in more than one request's worth of
// rows at once; "close" lets the rows go.

import type { Result } from '../core/types';
import {
  batchOf,
  parseReportFile,
  summaryOf,
  type ParsedReportFile,
  type ParsedSummary,
} from '../excel/parse-report-file';
import type { CsvInput } from '../excel/types';

export type ParseRequest =
  | { type: 'parse'; id: number; input: CsvInput }
  | { type: 'batch'; id: number; index: number }
  | { type: 'close'; id: number };

export type ParseReply =
  | { type: 'parsed'; id: number; result: Result<ParsedSummary> }
  | { type: 'batch'; id: number; index: number; rows: (string | number)[][] }
  /** A request the worker could not serve: an unknown id, a bad index, or a bug. */
  | { type: 'error'; id: number; index?: number; message: string };

/** A handler with its own parsed files; returns the reply to post, if any. */
export function createParseHandler(): (request: ParseRequest) => ParseReply | undefined {
  const files = new Map<number, ParsedReportFile>();

  return (request) => {
    try {
      switch (request.type) {
        case 'parse': {
          const parsed = parseReportFile(request.input);
          if (!parsed.ok) return { type: 'parsed', id: request.id, result: parsed };
          files.set(request.id, parsed.value);
          return {
            type: 'parsed',
            id: request.id,
            result: { ok: true, value: summaryOf(parsed.value) },
          };
        }
        case 'batch': {
          const file = files.get(request.id);
          if (file === undefined) {
            const message = `No parsed file ${request.id}.`;
            return { type: 'error', id: request.id, index: request.index, message };
          }
          const rows = batchOf(file, request.index);
          return { type: 'batch', id: request.id, index: request.index, rows };
        }
        case 'close':
          files.delete(request.id);
          return undefined;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const index = request.type === 'batch' ? request.index : undefined;
      return { type: 'error', id: request.id, index, message };
    }
  };
}
