// Excel.RequestContext: holds the queue of pending operations and sends it with sync().

import type { ProxyNode } from './client-object';
import type { HostEngine, Outcome } from './engine';
import { HostError, hostError } from './errors';
import { jsonBytes } from './payload-size';
import { supportsApiSet } from './requirements';
import { recordSync } from './stats';

export interface QueuedOperation {
  target: ProxyNode;
  label: string;
  args: unknown[];
  requires?: string;
  run: (model: unknown) => Outcome | undefined;
  onNull?: () => Outcome;
}

/** Replaces proxies inside arguments by their id, as object paths travel in a request. */
function wireArgs(args: unknown[]): unknown[] {
  return args.map((a) =>
    typeof a === 'object' && a !== null && '_id' in a ? { ref: (a as { _id: number })._id } : a,
  );
}

/** Builds the root proxies; passed in so this file does not depend on every proxy class. */
export interface ContextParts {
  workbook: (context: HostContext) => unknown;
  runtime: (context: HostContext) => unknown;
}

export class HostContext {
  readonly engine: HostEngine;
  /** Set when the Excel.run batch that owned the context has finished. */
  _closed = false;
  _untracked = 0;
  private queue: QueuedOperation[] = [];
  private traces: string[] = [];
  private workbookProxy: unknown;
  private runtimeProxy: unknown;
  private readonly parts: ContextParts;

  readonly trackedObjects = {
    // Every proxy stays valid for the whole batch here, so tracking changes nothing.
    add: (): void => undefined,
    remove: (): void => undefined,
  };

  constructor(engine: HostEngine, parts: ContextParts) {
    this.engine = engine;
    this.parts = parts;
  }

  get workbook(): unknown {
    if (this.workbookProxy === undefined) this.workbookProxy = this.parts.workbook(this);
    return this.workbookProxy;
  }

  get runtime(): unknown {
    if (this.runtimeProxy === undefined) this.runtimeProxy = this.parts.runtime(this);
    return this.runtimeProxy;
  }

  trace(message: string): void {
    this.traces.push(message);
  }

  _enqueue(operation: QueuedOperation): void {
    this.queue.push(operation);
  }

  /** Fails the current operation with ApiNotFound when the simulated Excel lacks a set. */
  _requireSet(requirement: string): void {
    if (!supportsApiSet(this.engine.sets, requirement)) {
      throw hostError('ApiNotFound', `It needs ${requirement}.`);
    }
  }

  async sync(): Promise<void> {
    // Real syncs are round trips: nothing completes synchronously.
    await Promise.resolve();
    const operations = this.queue;
    this.queue = [];
    const stats = this.engine.stats;
    if (operations.length === 0) {
      recordSync(stats, blankRecord(0, 0));
      return;
    }
    if (this._closed) {
      recordSync(stats, { ...blankRecord(operations.length, 0), errorCode: 'InvalidObjectPath' });
      throw hostError('InvalidObjectPath', 'The Excel.run batch that created it has finished.');
    }
    const requestBytes = this.requestBytes(operations);
    if (requestBytes > this.engine.limits.requestBytes) {
      recordSync(stats, {
        ...blankRecord(operations.length, requestBytes),
        errorCode: 'RequestPayloadSizeLimitExceeded',
      });
      throw hostError('RequestPayloadSizeLimitExceeded', `${requestBytes} bytes were queued.`);
    }
    this.execute(operations, requestBytes);
  }

  private execute(operations: QueuedOperation[], requestBytes: number): void {
    const stats = this.engine.stats;
    const outcomes: Outcome[] = [];
    let cellsRead = 0;
    let cellsWritten = 0;
    for (const operation of operations) {
      try {
        const outcome = this.runOne(operation);
        outcomes.push(outcome);
        cellsRead += outcome.cellsRead ?? 0;
        cellsWritten += outcome.cellsWritten ?? 0;
      } catch (error) {
        if (!(error instanceof HostError)) throw error;
        error.debugInfo.errorLocation = operation.label;
        error.debugInfo.statement = operation.label;
        error.traceMessages.push(...this.traces);
        this.traces = [];
        recordSync(stats, {
          operations: operations.length,
          requestBytes,
          responseBytes: 0,
          cellsRead,
          cellsWritten,
          errorCode: error.code,
        });
        throw error;
      }
    }
    const responseBytes = jsonBytes(outcomes.map((o) => o.response ?? null));
    const record = {
      operations: operations.length,
      requestBytes,
      responseBytes,
      cellsRead,
      cellsWritten,
    };
    if (responseBytes > this.engine.limits.responseBytes) {
      recordSync(stats, { ...record, errorCode: 'ResponsePayloadSizeLimitExceeded' });
      throw hostError('ResponsePayloadSizeLimitExceeded', `${responseBytes} bytes were requested.`);
    }
    outcomes.forEach((o) => o.commit?.());
    operations.forEach((o) => o.target._learnNullness());
    this.traces = [];
    recordSync(stats, record);
  }

  private runOne(operation: QueuedOperation): Outcome {
    if (operation.requires !== undefined) this._requireSet(operation.requires);
    const model = operation.target._resolve();
    if (model === null) return operation.onNull?.() ?? {};
    return operation.run(model) ?? {};
  }

  /** Size of the request: every operation plus the object paths it refers to. */
  private requestBytes(operations: QueuedOperation[]): number {
    const paths = new Map<number, unknown>();
    for (const operation of operations) {
      for (let p: ProxyNode | null = operation.target; p !== null; p = p._parent) {
        if (paths.has(p._id)) break;
        paths.set(p._id, [p._parent?._id ?? 0, p._path.method, wireArgs(p._path.args)]);
      }
    }
    const actions = operations.map((o) => [o.target._id, o.label, wireArgs(o.args)]);
    return jsonBytes({ paths: [...paths.entries()], actions });
  }
}

function blankRecord(operations: number, requestBytes: number) {
  return { operations, requestBytes, responseBytes: 0, cellsRead: 0, cellsWritten: 0 };
}
