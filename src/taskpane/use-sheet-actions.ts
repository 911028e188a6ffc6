// Apply, Explain and Reset: the three steps that change the sheet, each all or nothing.

import { useCallback, useState } from 'react';
import type { Lang, TargetCriteria } from '../core/types';
import type { AdapterResult, ApplyResult, ReportAdapter, SheetReport } from '../excel/types';
import { t } from '../i18n';
import { accountsText } from './pane-text';
import type { PaneMessage } from './use-report';
import type { Work, WorkCall, WorkKind } from './use-work';

export interface SheetActions {
  /** A target list is on the sheet, so Explain and Reset have something to work on. */
  applied: boolean;
  apply(criteria: TargetCriteria): Promise<void>;
  explain(): Promise<void>;
  reset(): Promise<void>;
}

interface AppliedState {
  report: SheetReport | undefined;
  applied: boolean;
}

export function useSheetActions(
  adapter: ReportAdapter,
  report: SheetReport | undefined,
  lang: Lang,
  work: Work,
  say: (message: PaneMessage | undefined) => void,
): SheetActions {
  // A newly read report says itself whether a plan is on the sheet; the pane's own steps
  // update that until the next read.
  const [state, setState] = useState<AppliedState>({ report, applied: report?.applied ?? false });
  const applied = state.report === report ? state.applied : (report?.applied ?? false);
  const { run } = work;

  const perform = useCallback(
    async <T>(kind: WorkKind, call: WorkCall<T>, done: (value: T, notices: string[]) => void) => {
      say(undefined);
      const outcome = await run(kind, call);
      if (outcome.kind === 'superseded') return;
      if (outcome.kind === 'cancelled') {
        say({ origin: 'sheet', intent: 'info', text: t(lang, 'pane.actions.cancelled') });
        return;
      }
      const result: AdapterResult<T> | undefined =
        outcome.kind === 'finished' ? outcome.result : undefined;
      if (result === undefined || !result.ok) {
        const text = result === undefined ? t(lang, 'pane.unexpected') : result.message;
        say({ origin: 'sheet', intent: 'error', title: t(lang, 'pane.actions.failed'), text });
        return;
      }
      done(result.value, result.notices);
    },
    [lang, run, say],
  );

  const apply = useCallback(
    (criteria: TargetCriteria) =>
      perform<ApplyResult>(
        'apply',
        (options) => adapter.apply(criteria, { ...options, lang }),
        (value, notices) => {
          setState({ report, applied: true });
          say(applyMessage('pane.actions.applied', value, notices, lang));
        },
      ),
    [adapter, lang, perform, report, say],
  );

  const explain = useCallback(
    () =>
      perform<ApplyResult>(
        'explain',
        (options) => adapter.explain({ ...options, lang }),
        (value, notices) => say(applyMessage('pane.actions.explained', value, notices, lang)),
      ),
    [adapter, lang, perform, say],
  );

  const reset = useCallback(
    () =>
      perform(
        'reset',
        (options) => adapter.reset({ ...options, lang }),
        (_value, notices) => {
          setState({ report, applied: false });
          say({
            origin: 'sheet',
            intent: 'success',
            text: t(lang, 'pane.actions.resetDone'),
            details: notices,
          });
        },
      ),
    [adapter, lang, perform, report, say],
  );

  return { applied, apply, explain, reset };
}

function applyMessage(
  key: 'pane.actions.applied' | 'pane.actions.explained',
  value: ApplyResult,
  notices: string[],
  lang: Lang,
): PaneMessage {
  let text = t(lang, key, { accounts: accountsText(value.targeted, lang) });
  // "the first 1 accounts" reads badly: when every targeted account got a note, say so instead.
  if (value.notesWritten > 0 && value.notesWritten >= value.targeted) {
    text += ` ${t(lang, 'pane.actions.notesAll')}`;
  } else if (value.notesWritten > 0) {
    text += ` ${t(lang, 'pane.actions.notes', { count: value.notesWritten })}`;
  }
  return {
    origin: 'sheet',
    intent: notices.length > 0 ? 'warning' : 'success',
    text,
    details: notices,
  };
}
