// The adapter the task pane and the ribbon buttons share. Each call is one Excel.run (plus one
// more to undo a failed change); what a call read stays cached, in original row order, for the
// next call on the same report, so Apply after Inspect reads nothing twice.

import { planTargets } from '../core/plan-targets';
import type { Lang, ReportType, TargetCriteria } from '../core/types';
import { t } from '../i18n';
import { AdapterError, toFailure } from './adapter-error';
import { applyPlan, type ApplyJournal } from './apply-plan';
import { cleanSheet } from './clean-sheet';
import { holdsCsvInColumnA } from './column-a-lines';
import { checkDamage, damageProblems } from './damage-check';
import { explainTargets, type ExplainJournal } from './explain-targets';
import { helperNames } from './helper-columns';
import { locateReport, type SheetFacts } from './locate-report';
import { parseInProcess } from './parse-report-file';
import { giveTurn } from './pane-turns';
import { previewOf } from './preview';
import { locateBlock, type ReportBlock } from './report-block';
import { headerOf, readReport, type ReportData } from './report-data';
import { reportFileActions } from './report-file-actions';
import { sheetReport } from './sheet-report';
import { CHOICE_KEY, parseState, type AppliedState } from './sheet-state';
import { chooseStateStore, type IsSetSupported, type StateStore } from './state-store';
import type {
  AdapterFailure,
  AdapterResult,
  ApplyResult,
  CsvParser,
  ExcelRun,
  ReportAdapter,
  TargetPreview,
  WorkOptions,
} from './types';
import { UNSTOPPABLE, workControl, type WorkControl } from './work-control';

export interface AdapterEnv {
  /** Requirement-set check; `Office.context.requirements.isSetSupported` by default. */
  isSetSupported?: IsSetSupported;
  /** Parses CSV files for Open report file… and Split into columns; in this thread by default. */
  parseCsv?: CsvParser;
}

interface Session {
  store: StateStore;
  facts: SheetFacts;
  state: AppliedState | undefined;
  data: ReportData;
}

type Attempt =
  | { kind: 'done'; result: ApplyResult }
  | { kind: 'applied'; state: AppliedState }
  | { kind: 'failed'; failure: AdapterFailure };

function officeIsSetSupported(name: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(name, version);
}

const EMPTY_PREVIEW: TargetPreview = {
  targeted: 0,
  byCluster: { 'Act Now': 0, Evaluate: 0, Nurture: 0, Educate: 0 },
  top: [],
  problems: [],
};

export function createReportAdapter(run: ExcelRun, env: AdapterEnv = {}): ReportAdapter {
  const isSetSupported = env.isSetSupported ?? officeIsSetSupported;
  const supports = (version: string): boolean => isSetSupported('ExcelApi', version);
  let cache: { data: ReportData; signature: string } | undefined;
  let notesNoticeGiven = false;

  /** What makes a cached read reusable: the same sheet, block, header and M365/Surface answer. */
  function signatureOf(facts: SheetFacts, block: ReportBlock, header: string[]): string {
    return JSON.stringify([facts.sheetId, block, header, facts.choiceText ?? '']);
  }

  function savedState(facts: SheetFacts, lang: Lang): AppliedState | undefined {
    const state = parseState(facts.stateText);
    if (state !== 'corrupt') return state;
    const columns = helperNames(lang, []).join(', ');
    throw new AdapterError('state-unreadable', 'excel.error.stateUnreadable', { columns });
  }

  /** Finds the report on the active sheet and reads it, unless the cache already holds it. */
  async function session(
    context: Excel.RequestContext,
    work: WorkControl,
    lang: Lang,
  ): Promise<Session> {
    const store = chooseStateStore(isSetSupported);
    const facts = await locateReport(context, store, supports('1.13'));
    const state = savedState(facts, lang);
    if (state === undefined && holdsCsvInColumnA(facts)) {
      throw new AdapterError('csv-in-column-a', 'excel.error.csvInColumnA');
    }
    const located = locateBlock(facts, state);
    const signature = signatureOf(facts, located.block, headerOf(facts, located, state));
    if (cache?.signature !== signature) {
      cache = { data: await readReport(context, facts, located, state, work), signature };
    }
    return { store, facts, state, data: cache.data };
  }

  async function attemptApply(
    criteria: TargetCriteria,
    lang: Lang,
    work: WorkControl,
  ): Promise<Attempt> {
    const journal: { current?: ApplyJournal } = {};
    let store: StateStore | undefined;
    try {
      return await run(async (context) => {
        const found = await session(context, work, lang);
        store = found.store;
        if (found.state !== undefined) return { kind: 'applied', state: found.state };
        const { plan } = await applyPlan(
          context,
          { ...found, criteria, lang, mergesSupported: supports('1.13'), work },
          journal,
        );
        return {
          kind: 'done',
          result: { ...previewOf(plan, found.data, lang), notesWritten: 0 },
        };
      });
    } catch (error) {
      const step = journal.current;
      if (step === undefined || !step.structure || store === undefined) {
        return { kind: 'failed', failure: toFailure(error, lang, 'undone') };
      }
      const undoStore = store;
      try {
        await run((context) =>
          cleanSheet(
            context,
            undoStore,
            {
              state: step.state,
              sortBack: step.written,
              findFormatsByRule: step.formats,
              removeState: true,
            },
            { notes: false },
          ),
        );
        return { kind: 'failed', failure: toFailure(error, lang, 'undone') };
      } catch {
        return { kind: 'failed', failure: toFailure(error, lang, 'undoFailed') };
      }
    }
  }

  async function resetSheet(lang: Lang, work: WorkControl): Promise<AdapterResult<void>> {
    try {
      const outcome = await run(async (context) => {
        const store = chooseStateStore(isSetSupported);
        const facts = await locateReport(context, store, false, false);
        const state = savedState(facts, lang);
        if (state === undefined) throw new AdapterError('not-applied', 'excel.error.notApplied');
        if (facts.protected) throw new AdapterError('protected', 'excel.error.protected');
        work.check();
        work.progress('reset', 0, 1);
        const cleaned = await cleanSheet(
          context,
          store,
          { state, sortBack: true, findFormatsByRule: false, removeState: true },
          { notes: supports('1.18') },
          facts,
        );
        work.progress('reset', 1, 1);
        return { ...cleaned, rowColumn: state.helpers[3] };
      });
      const notices = outcome.orderRestored
        ? []
        : [t(lang, 'excel.notice.orderNotRestored', { column: outcome.rowColumn })];
      return { ok: true, value: undefined, notices };
    } catch (error) {
      const failure = toFailure(error, lang, 'read');
      return error instanceof AdapterError
        ? failure
        : { ...failure, message: t(lang, 'excel.error.resetFailed', { code: failure.code }) };
    }
  }

  async function explainSheet(lang: Lang, work: WorkControl): Promise<AdapterResult<ApplyResult>> {
    const journal: ExplainJournal = { touched: false };
    let before: AppliedState | undefined;
    try {
      const outcome = await run(async (context) => {
        const found = await session(context, work, lang);
        const state = found.state;
        if (state === undefined) throw new AdapterError('not-applied', 'excel.error.notApplied');
        before = state;
        const done = await explainTargets(
          context,
          { ...found, state, notesSupported: supports('1.18'), work },
          { lang, deleteNotes: state.notes, save: true },
          journal,
        );
        return { ...done, data: found.data };
      });
      const notices: string[] = [];
      if (!supports('1.18')) {
        if (!notesNoticeGiven) notices.push(t(lang, 'excel.notice.notesUnsupported'));
        notesNoticeGiven = true;
      } else if (outcome.noteColumn === undefined) {
        notices.push(t(lang, 'excel.notice.noAccountColumn'));
      }
      if (outcome.kept > 0)
        notices.push(t(lang, 'excel.notice.notesKept', { count: outcome.kept }));
      return {
        ok: true,
        value: {
          ...previewOf(outcome.plan, outcome.data, lang),
          notesWritten: outcome.added.length,
        },
        notices,
      };
    } catch (error) {
      const state = before;
      if (!journal.touched || state === undefined) return toFailure(error, lang, 'undone');
      try {
        await run(async (context) => {
          const found = await session(context, UNSTOPPABLE, lang);
          await explainTargets(
            context,
            { ...found, state, notesSupported: supports('1.18'), work: UNSTOPPABLE },
            {
              lang: state.lang,
              deleteNotes: [...new Set([...(journal.added ?? []), ...state.notes])],
              addNotes: state.notes,
              save: true,
            },
            { touched: false },
          );
        });
        return toFailure(error, lang, 'undone');
      } catch {
        return toFailure(error, lang, 'undoFailed');
      }
    }
  }

  return {
    async inspect(options: WorkOptions): Promise<AdapterResult<SheetReportResult>> {
      const work = workControl(options);
      try {
        return await run(async (context) => {
          const found = await session(context, work, options.lang);
          await giveTurn();
          const report = sheetReport(found.data, found.state !== undefined, supports('1.18'));
          const damage = await checkDamage(context, found.facts, found.data, work);
          if (damage.length > 0) {
            report.damage = damage;
            report.warnings.push(...damageProblems(damage));
          }
          return { ok: true as const, value: report, notices: [] };
        });
      } catch (error) {
        return toFailure(error, options.lang, 'read');
      }
    },

    async chooseReportType(type: ReportType, options: WorkOptions): Promise<AdapterResult<void>> {
      if (type === 'unknown') {
        return toFailure(
          new AdapterError('unsupported-type', 'excel.error.unsupportedType'),
          options.lang,
          'read',
        );
      }
      try {
        await run(async (context) => {
          const store = chooseStateStore(isSetSupported);
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          sheet.load('id');
          await context.sync();
          store.save(context, sheet, sheet.id, CHOICE_KEY, type);
          await context.sync();
        });
        cache = undefined;
        return { ok: true, value: undefined, notices: [] };
      } catch (error) {
        return toFailure(error, options.lang, 'read');
      }
    },

    preview(criteria: TargetCriteria, lang: Lang): TargetPreview {
      if (cache === undefined) return EMPTY_PREVIEW;
      const { data } = cache;
      return previewOf(planTargets(data.profile, data.rows, criteria), data, lang);
    },

    async apply(
      criteria: TargetCriteria,
      options: WorkOptions,
    ): Promise<AdapterResult<ApplyResult>> {
      const { lang } = options;
      const work = workControl(options);
      const first = await attemptApply(criteria, lang, work);
      if (first.kind === 'done') return { ok: true, value: first.result, notices: [] };
      if (first.kind === 'failed') return first.failure;

      // A target list is already on the sheet: take it off, apply the new one, and put the
      // old one back if the new one cannot be applied.
      const previous = first.state;
      const reset = await resetSheet(lang, work);
      if (!reset.ok) return reset;
      const second = await attemptApply(criteria, lang, work);
      if (second.kind === 'done') return { ok: true, value: second.result, notices: [] };
      const restored = await attemptApply(previous.criteria, previous.lang, UNSTOPPABLE);
      if (restored.kind === 'done' && previous.notes.length > 0) {
        await explainSheet(previous.lang, UNSTOPPABLE);
      }
      return second.kind === 'failed'
        ? second.failure
        : toFailure(new AdapterError('changed', 'excel.error.changed'), lang, 'read');
    },

    explain: (options: WorkOptions) => explainSheet(options.lang, workControl(options)),

    reset: (options: WorkOptions) => resetSheet(options.lang, workControl(options)),

    ...reportFileActions(run, { parseCsv: env.parseCsv ?? parseInProcess, isSetSupported }),
  };
}

type SheetReportResult = ReturnType<typeof sheetReport>;
