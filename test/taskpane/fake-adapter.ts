// A `ReportAdapter` over an in-memory sheet, for the pane's component tests. It does what the
// contract says with core's own functions (detect, summarise, plan, explain), so what the pane
// shows can be checked against core; delays, progress, cancellation and failures are
// controllable.

import { readFileSync } from 'fs';
import { join } from 'path';
import { defaultClusterColumns } from '../../src/core/default-cluster-columns';
import { detectReport } from '../../src/core/detect-report';
import { planTargets } from '../../src/core/plan-targets';
import { readCsv } from '../../src/core/read-csv';
import { summarize } from '../../src/core/summarize';
import type {
  ColumnKind,
  Lang,
  ReadResult,
  ReportProfile,
  ReportType,
  TargetCriteria,
  TargetPlan,
} from '../../src/core/types';
import { CLUSTERS } from '../../src/core/types';
import type {
  AdapterFailure,
  AdapterResult,
  ApplyResult,
  FilterColumn,
  Progress,
  ReportAdapter,
  SheetReport,
  TargetPreview,
  WorkOptions,
  WorkStage,
} from '../../src/excel/types';
import { renderReasons } from '../../src/i18n';

export type Operation = 'inspect' | 'choose' | 'apply' | 'explain' | 'reset';

export interface FakeSheet {
  /** The sheet's name: detection's name hint. */
  name: string;
  /** The sheet's cells as CSV text; empty text is an empty sheet. */
  csv: string;
  protected?: boolean;
}

export interface FakeOptions {
  /** Milliseconds each step of a long operation takes. */
  stepMs?: number;
  /** Rows per progress event while reading. */
  chunkRows?: number;
  failures?: Partial<Record<Operation, AdapterFailure>>;
  /** Excel without notes (before ExcelApi 1.18). */
  notesUnsupported?: boolean;
  /** A target list applied in an earlier session. */
  applied?: boolean;
}

const FIRMOGRAPHICS: readonly ColumnKind[] = [
  'subSegment',
  'industry',
  'vertical',
  'country',
  'state',
  'city',
  'orgSize',
];

const TOP = 10;

const MESSAGES: Record<Lang, Record<string, string>> = {
  en: {
    'protected-sheet':
      'The sheet is protected. Unprotect it (Review > Unprotect Sheet) and try again.',
    'empty-sheet': 'The active sheet is empty. Open the sheet that holds the report.',
    'not-a-report': 'The active sheet is not a CloudAscent propensity report.',
    cancelled: 'Cancelled; nothing was changed.',
    'nothing-applied': 'No target list is applied to this sheet.',
    'no-notes': 'This version of Excel cannot add notes; the Why column holds every reason.',
  },
  'pt-BR': {
    'protected-sheet': 'A planilha está protegida. Desproteja-a em Revisão.',
    'empty-sheet': 'A planilha ativa está vazia. Abra a planilha que contém o relatório.',
    'not-a-report': 'A planilha ativa não é um relatório de propensão CloudAscent.',
    cancelled: 'Cancelado; nada foi alterado.',
    'nothing-applied': 'Nenhuma lista de alvos está aplicada a esta planilha.',
    'no-notes': 'Esta versão do Excel não cria anotações; a coluna Motivo tem todos os motivos.',
  },
};

/** The text of a file in `samples/`. */
export function sampleCsv(name: string): string {
  return readFileSync(join(__dirname, '../../samples', name), 'utf8');
}

function failure(code: string, lang: Lang): AdapterFailure {
  return { ok: false, code, message: MESSAGES[lang][code] };
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

export class FakeReportAdapter implements ReportAdapter {
  /** Every call in order, so a test can see that a step was (or was not) asked for. */
  readonly calls: Operation[] = [];
  /** The target list on the sheet, if one is applied. */
  appliedPlan: TargetPlan | undefined;
  explained = false;
  chosenType: ReportType | undefined;

  private read: ReadResult | undefined;
  private profile: ReportProfile | undefined;
  private held: Promise<void> | undefined;

  constructor(
    public sheet: FakeSheet,
    private readonly options: FakeOptions = {},
  ) {
    this.appliedPlan = undefined;
    this.explained = false;
    if (options.applied === true) this.appliedPlan = this.plan({});
  }

  /**
   * Holds every operation before its first step until the returned function is called, so a
   * test can look at the pane while work is running.
   */
  hold(): () => void {
    let release = (): void => undefined;
    this.held = new Promise((resolve) => {
      release = () => {
        this.held = undefined;
        resolve();
      };
    });
    return release;
  }

  /** Core's target list for `criteria` on this sheet: what the pane should show. */
  plan(criteria: TargetCriteria): TargetPlan {
    const { read, profile } = this.detect();
    return planTargets(profile, read.rows, criteria);
  }

  async inspect(options: WorkOptions): Promise<AdapterResult<SheetReport>> {
    this.calls.push('inspect');
    const stop = await this.start('inspect', options);
    if (stop !== undefined) return stop;
    if (this.sheet.protected === true) return failure('protected-sheet', options.lang);
    if (this.sheet.csv.trim() === '') return failure('empty-sheet', options.lang);

    const parsed = readCsv(this.sheet.csv);
    if (!parsed.ok) return failure('not-a-report', options.lang);
    const rows = parsed.value.rows;
    const chunk = this.options.chunkRows ?? 50;
    for (let done = 0; done < rows.length; done += chunk) {
      const stopped = await this.step(
        options,
        'read',
        Math.min(done + chunk, rows.length),
        rows.length,
      );
      if (stopped !== undefined) return stopped;
    }

    this.read = parsed.value;
    this.profile = undefined;
    const { profile } = this.detect();
    if (profile.reportType === 'unknown') return failure('not-a-report', options.lang);

    const analysis = summarize(profile, rows);
    const headerOf = (index: number) =>
      profile.columns.find((column) => column.index === index)?.header ?? '';
    const report: SheetReport = {
      sheetName: this.sheet.name,
      profile,
      headerRow: parsed.value.headerLine - 1,
      rowCount: rows.length,
      analysis,
      defaultClusterColumns: defaultClusterColumns(profile).map(headerOf),
      filterColumns: filterColumns(profile, rows),
      needsReportTypeChoice: this.chosenType === undefined && profile.candidates.length > 1,
      applied: this.appliedPlan !== undefined,
      notesSupported: this.options.notesUnsupported !== true,
      warnings: [...parsed.value.warnings, ...profile.warnings, ...analysis.problems],
    };
    return { ok: true, value: report, notices: [] };
  }

  async chooseReportType(type: ReportType, options: WorkOptions): Promise<AdapterResult<void>> {
    this.calls.push('choose');
    const stop = await this.start('choose', options);
    if (stop !== undefined) return stop;
    this.chosenType = type;
    this.profile = undefined;
    return { ok: true, value: undefined, notices: [] };
  }

  preview(criteria: TargetCriteria, lang: Lang): TargetPreview {
    return this.summary(this.plan(criteria), lang);
  }

  async apply(criteria: TargetCriteria, options: WorkOptions): Promise<AdapterResult<ApplyResult>> {
    this.calls.push('apply');
    const stop = await this.start('apply', options);
    if (stop !== undefined) return stop;
    const stages: WorkStage[] = ['read', 'write', 'filter', 'sort', 'format'];
    for (let i = 0; i < stages.length; i++) {
      const stopped = await this.step(options, stages[i], i + 1, stages.length);
      if (stopped !== undefined) return stopped;
    }
    this.appliedPlan = this.plan(criteria);
    this.explained = false;
    return {
      ok: true,
      value: { ...this.summary(this.appliedPlan, options.lang), notesWritten: 0 },
      notices: [],
    };
  }

  async explain(options: WorkOptions): Promise<AdapterResult<ApplyResult>> {
    this.calls.push('explain');
    const stop = await this.start('explain', options);
    if (stop !== undefined) return stop;
    const plan = this.appliedPlan;
    if (plan === undefined) return failure('nothing-applied', options.lang);
    for (const [i, stage] of (['write', 'notes'] as const).entries()) {
      const stopped = await this.step(options, stage, i + 1, 2);
      if (stopped !== undefined) return stopped;
    }
    this.explained = true;
    const notes = this.options.notesUnsupported === true;
    return {
      ok: true,
      value: {
        ...this.summary(plan, options.lang),
        notesWritten: notes ? 0 : Math.min(50, plan.targets.length),
      },
      notices: notes ? [MESSAGES[options.lang]['no-notes']] : [],
    };
  }

  async reset(options: WorkOptions): Promise<AdapterResult<void>> {
    this.calls.push('reset');
    const stop = await this.start('reset', options);
    if (stop !== undefined) return stop;
    if (this.appliedPlan === undefined) return failure('nothing-applied', options.lang);
    const stopped = await this.step(options, 'reset', 1, 1);
    if (stopped !== undefined) return stopped;
    this.appliedPlan = undefined;
    this.explained = false;
    return { ok: true, value: undefined, notices: [] };
  }

  /** The sheet as core reads it: rows and detected profile. */
  detect(): { read: ReadResult; profile: ReportProfile } {
    if (this.read === undefined) {
      const parsed = readCsv(this.sheet.csv);
      if (!parsed.ok) throw new Error('The fake sheet is not CSV a report can be read from.');
      this.read = parsed.value;
    }
    this.profile ??= detectReport(this.read.header, {
      nameHint: this.chosenType ?? this.sheet.name,
      sampleRows: this.read.rows.slice(0, 50),
    });
    return { read: this.read, profile: this.profile };
  }

  private summary(plan: TargetPlan, lang: Lang): TargetPreview {
    const { read, profile } = this.detect();
    const byCluster = Object.fromEntries(CLUSTERS.map((cluster) => [cluster, 0])) as Record<
      (typeof CLUSTERS)[number],
      number
    >;
    for (const target of plan.targets) {
      if (target.bestCluster !== undefined) byCluster[target.bestCluster]++;
    }
    const nameColumn = profile.accountNameColumn ?? profile.identifierColumn ?? 0;
    return {
      targeted: plan.targets.length,
      byCluster,
      top: plan.targets.slice(0, TOP).map((target) => ({
        priority: target.priority,
        account: read.rows[target.row][nameColumn] ?? '',
        cluster: target.bestCluster,
        segmentCode: target.segmentCode,
        why: renderReasons(target.reasons, lang),
      })),
      problems: plan.problems,
    };
  }

  /** The configured failure, or waits out a hold; undefined to go on. */
  private async start(
    operation: Operation,
    options: WorkOptions,
  ): Promise<AdapterFailure | undefined> {
    const configured = this.options.failures?.[operation];
    if (this.held !== undefined) {
      const aborted = new Promise<void>((resolve) =>
        options.signal?.addEventListener('abort', () => resolve(), { once: true }),
      );
      await Promise.race([this.held, aborted]);
    }
    if (options.signal?.aborted === true) return failure('cancelled', options.lang);
    return configured;
  }

  /** One unit of work: reports progress, takes its time, and stops when cancelled. */
  private async step(
    options: WorkOptions,
    stage: WorkStage,
    done: number,
    total: number,
  ): Promise<AdapterFailure | undefined> {
    await wait(this.options.stepMs ?? 0, options.signal);
    if (options.signal?.aborted === true) return failure('cancelled', options.lang);
    const progress: Progress = { stage, done, total };
    options.onProgress?.(progress);
    return undefined;
  }
}

/** Distinct values of each firmographic column with their row counts, most frequent first. */
function filterColumns(profile: ReportProfile, rows: readonly string[][]): FilterColumn[] {
  return profile.columns
    .filter((column) => column.kind !== undefined && FIRMOGRAPHICS.includes(column.kind))
    .map((column) => {
      const counts = new Map<string, number>();
      for (const row of rows) {
        const value = (row[column.index] ?? '').trim();
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      const values = [...counts].map(([value, count]) => ({ value, count }));
      values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      return { header: column.header, values };
    });
}
