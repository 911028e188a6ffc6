// The report on the active sheet as the pane knows it: being read, read, not usable, or
// reading cancelled. Reads once when the pane opens and again on Refresh or after the user
// answers the M365/Surface question.

import { useCallback, useEffect, useState } from 'react';
import type { Lang, ReportType } from '../core/types';
import type { ReportAdapter, SheetReport } from '../excel/types';
import { reportTypeLabel, t } from '../i18n';
import type { Work } from './use-work';

export interface ReadReport {
  report: SheetReport;
  notices: string[];
}

export type ReportState =
  /** `last` is the report read before, still shown while the sheet is read again. */
  | { status: 'reading'; last?: ReadReport }
  | ({ status: 'ready' } & ReadReport)
  | { status: 'failed'; code: string; message: string }
  | { status: 'cancelled' };

export interface ReportControl {
  state: ReportState;
  refresh(): Promise<void>;
  chooseType(type: ReportType): Promise<void>;
}

/** What the pane says after a step that is not about the report itself. */
export interface PaneMessage {
  /** The panel whose step this is about: the report panel or the sheet actions. */
  origin: 'report' | 'sheet';
  intent: 'success' | 'info' | 'warning' | 'error';
  title?: string;
  text: string;
  details?: string[];
}

export function useReport(
  adapter: ReportAdapter,
  lang: Lang,
  work: Work,
  say: (message: PaneMessage | undefined) => void,
): ReportControl {
  const [state, setState] = useState<ReportState>({ status: 'reading' });
  const { run } = work;

  const refresh = useCallback(async () => {
    setState((current) => ({ status: 'reading', last: shownReport(current) }));
    const outcome = await run('inspect', (options) => adapter.inspect({ ...options, lang }));
    switch (outcome.kind) {
      case 'superseded':
        return;
      case 'cancelled':
        setState({ status: 'cancelled' });
        return;
      case 'crashed':
        setState({ status: 'failed', code: 'unexpected', message: t(lang, 'pane.unexpected') });
        return;
      case 'finished': {
        const { result } = outcome;
        setState(
          result.ok
            ? { status: 'ready', report: result.value, notices: result.notices }
            : { status: 'failed', code: result.code, message: result.message },
        );
      }
    }
  }, [adapter, lang, run]);

  const chooseType = useCallback(
    async (type: ReportType) => {
      say(undefined);
      const outcome = await run('choose', (options) =>
        adapter.chooseReportType(type, { ...options, lang }),
      );
      if (outcome.kind === 'superseded' || outcome.kind === 'cancelled') return;
      if (outcome.kind === 'crashed') {
        say({
          origin: 'report',
          intent: 'error',
          title: t(lang, 'pane.actions.failed'),
          text: t(lang, 'pane.unexpected'),
        });
        return;
      }
      if (!outcome.result.ok) {
        say({
          origin: 'report',
          intent: 'error',
          title: t(lang, 'pane.actions.failed'),
          text: outcome.result.message,
        });
        return;
      }
      say({
        origin: 'report',
        intent: 'success',
        text: t(lang, 'pane.choice.saved', { type: reportTypeLabel(type, lang) }),
      });
      await refresh();
    },
    [adapter, lang, run, refresh, say],
  );

  // Reads when the pane opens (and again if it is given another adapter or language).
  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { state, refresh, chooseType };
}

/** The report the pane shows in this state: the one read, or the last one while reading. */
export function shownReport(state: ReportState): ReadReport | undefined {
  if (state.status === 'ready') return { report: state.report, notices: state.notices };
  if (state.status === 'reading') return state.last;
  return undefined;
}
