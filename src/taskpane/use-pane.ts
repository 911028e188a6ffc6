// Everything the pane shows, gathered from its hooks, so `App` only lays it out.

import { useCallback, useState } from 'react';
import type { Lang } from '../core/types';
import type { ReportAdapter, SheetReport } from '../excel/types';
import type { Logger } from './logger';
import { workText } from './pane-text';
import { toCriteria } from './targeting';
import { shownReport, useReport } from './use-report';
import type { PaneMessage, ReportControl } from './use-report';
import { useSheetActions } from './use-sheet-actions';
import type { SheetActions } from './use-sheet-actions';
import { useTargeting } from './use-targeting';
import type { Targeting } from './use-targeting';
import { useWork } from './use-work';
import type { Work } from './use-work';

export interface Pane {
  work: Work;
  report: ReportControl;
  /** The report the panels show: the one read, or the last one while the sheet is read again. */
  sheetReport: SheetReport | undefined;
  targeting: Targeting;
  actions: SheetActions & { applyChoice(): void };
  /** The outcome of the last step the user took, shown where the step was started. */
  message: PaneMessage | undefined;
  /** The one line screen readers hear: the running step, else the last outcome. */
  status: string;
}

export function usePane(
  adapter: ReportAdapter,
  lang: Lang,
  logger: Logger,
  progressDelayMs?: number,
): Pane {
  const [message, setMessage] = useState<PaneMessage | undefined>(undefined);
  const work = useWork(logger, progressDelayMs);
  const report = useReport(adapter, lang, work, setMessage);
  const sheetReport = shownReport(report.state)?.report;
  const targeting = useTargeting(adapter, sheetReport, lang);
  const actions = useSheetActions(adapter, sheetReport, lang, work, setMessage);

  const { apply } = actions;
  const { choice, problem } = targeting;
  const applyChoice = useCallback(() => {
    if (problem === undefined) void apply(toCriteria(choice));
  }, [apply, choice, problem]);

  const status =
    work.running !== undefined ? workText(work.running.kind, lang) : (message?.text ?? '');

  return {
    work,
    report,
    sheetReport,
    targeting,
    actions: { ...actions, applyChoice },
    message,
    status,
  };
}
