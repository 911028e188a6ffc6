// The factory tests use: an in-memory workbook behind Excel.RequestContext-shaped proxies.
// This is the one place where the host is cast to Office.js's types.

import {
  EXCEL_ON_THE_WEB_LIMITS,
  type HostEngine,
  type HostLimits,
  type HostPlatform,
} from './engine';
import { HostError } from './errors';
import { newWorkbook, type WorkbookModel } from './model';
import { WorkbookProxy, RuntimeProxy } from './proxy-workbook';
import { HostContext } from './request-context';
import { NEWEST_EXCEL_API, isSetSupported, parseExcelApi } from './requirements';
import { fillSheet, type FillMode } from './sheet-data';
import { emptyStats, resetStats, type HostStats } from './stats';

export interface SheetSpec {
  name: string;
  /** Row-major cells written from A1. */
  rows?: readonly (readonly unknown[])[];
  /**
   * How `rows` land in the sheet: "general" parses strings as Excel does when it opens a CSV
   * (digit strings become numbers), "text" keeps every string in "@"-formatted columns,
   * "raw" stores the given values as they are (the fast path for large benchmarks).
   */
  mode?: FillMode;
  protected?: boolean;
}

export interface WorkbookOptions {
  /** Workbook file name (Workbook.name), e.g. "azure-propensity.csv". */
  name?: string;
  sheets?: readonly SheetSpec[];
  /** Highest ExcelApi version supported, e.g. "1.17" to simulate Excel without notes. */
  excelApi?: string;
  /** Other requirement sets, e.g. { SharedRuntime: "1.1" }. */
  otherSets?: Record<string, string>;
  /** "web" (default) applies the web-only restrictions, e.g. Note.visible cannot be loaded. */
  platform?: HostPlatform;
  limits?: Partial<HostLimits>;
  /** Author recorded on notes the add-in creates. */
  authorName?: string;
}

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelHost {
  /** A request context for tests that call sync() themselves. */
  context: Excel.RequestContext;
  /**
   * Behaves like Excel.run: a fresh context, a final sync after the batch, then closed. The
   * Excel.run(options, batch) form is accepted; RunOptions change nothing here (there is no
   * cell-edit mode to wait for and no undo stack), except that mergeUndoGroup needs 1.20.
   */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  newContext(): Excel.RequestContext;
  /** Round-trip counters, live; `stats.log` has one record per sync. */
  readonly stats: HostStats;
  resetStats(): void;
  /** Same contract as Office.context.requirements. */
  requirements: { isSetSupported(name: string, version?: string): boolean };
  /** The document itself, for the read-back helpers. */
  readonly model: WorkbookModel;
  engine: HostEngine;
}

export function createWorkbook(options: WorkbookOptions = {}): ExcelHost {
  const specs = options.sheets ?? [{ name: 'Sheet1' }];
  const workbook = newWorkbook(
    options.name ?? 'Book1.xlsx',
    specs.map((s) => s.name),
  );
  specs.forEach((spec, i) => {
    const sheet = workbook.sheets[i];
    if (spec.rows !== undefined) fillSheet(sheet, spec.rows, spec.mode ?? 'general');
    sheet.protected = spec.protected === true;
  });
  const engine: HostEngine = {
    workbook,
    limits: { ...EXCEL_ON_THE_WEB_LIMITS, ...options.limits },
    sets: {
      excelApiMinor: parseExcelApi(options.excelApi ?? NEWEST_EXCEL_API),
      others: { ...options.otherSets },
    },
    platform: options.platform ?? 'web',
    authorName: options.authorName ?? 'Excel Host',
    stats: emptyStats(),
  };
  const newContext = (): Excel.RequestContext => {
    const context = new HostContext(engine, {
      workbook: (ctx) =>
        new WorkbookProxy(ctx, null, { method: 'workbook', args: [] }, () => workbook),
      runtime: (ctx) =>
        new RuntimeProxy(ctx, null, { method: 'runtime', args: [] }, () => runtimeState),
    });
    return context as unknown as Excel.RequestContext;
  };
  const runtimeState = { enableEvents: true, deleted: false };

  async function run<T>(first: Batch<T> | Excel.RunOptions, second?: Batch<T>): Promise<T> {
    const batch = typeof first === 'function' ? first : second;
    const options = typeof first === 'function' ? {} : first;
    if (batch === undefined)
      throw new HostError('InvalidArgument', 'Excel.run needs a batch function.');
    if (options.mergeUndoGroup === true && !isSetSupported(engine.sets, 'ExcelApi', '1.20')) {
      throw new HostError('ApiNotFound', 'mergeUndoGroup needs ExcelApi 1.20.');
    }
    const context = newContext();
    const pending = batch(context) as unknown;
    if (!(pending instanceof Promise)) {
      throw new HostError(
        'InvalidArgument',
        'The batch function passed to run must return a promise.',
      );
    }
    try {
      const result = await pending;
      await context.sync();
      return result;
    } finally {
      (context as unknown as HostContext)._closed = true;
    }
  }

  return {
    context: newContext(),
    run: run as ExcelHost['run'],
    newContext,
    get stats() {
      return engine.stats;
    },
    resetStats: () => resetStats(engine.stats),
    requirements: { isSetSupported: (name, version) => isSetSupported(engine.sets, name, version) },
    model: workbook,
    engine,
  };
}
