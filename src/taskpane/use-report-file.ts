// Open report file… and Split into columns for the pane: each runs as one step of the pane's
// work (progress, Cancel), and once a report is on a new sheet the pane reads it as usual.

import { useCallback, useState } from 'react';
import type { Lang } from '../core/types';
import type { ImportResult, ReportAdapter } from '../excel/types';
import { formatWhole, t } from '../i18n';
import type { PaneMessage } from './use-report';
import type { Work, WorkCall } from './use-work';

/** The file input's file, or anything else with a name and bytes. */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ReportFileControl {
  /** The adapter can import files (the Excel adapter can; a test double may not). */
  available: boolean;
  open(file: PickedFile): Promise<void>;
  split(): Promise<void>;
  /** The outcome of the last import or split. */
  message: PaneMessage | undefined;
}

export function useReportFile(
  adapter: ReportAdapter,
  lang: Lang,
  work: Work,
  refresh: () => Promise<void>,
): ReportFileControl {
  const [message, setMessage] = useState<PaneMessage | undefined>(undefined);
  const { run } = work;

  const perform = useCallback(
    async (kind: 'import' | 'repair', call: WorkCall<ImportResult>) => {
      setMessage(undefined);
      const outcome = await run(kind, call);
      if (outcome.kind === 'superseded') return;
      if (outcome.kind === 'cancelled') {
        setMessage({ origin: 'report', intent: 'info', text: t(lang, 'excel.import.cancelled') });
        return;
      }
      const result = outcome.kind === 'finished' ? outcome.result : undefined;
      if (result === undefined || !result.ok) {
        setMessage({
          origin: 'report',
          intent: 'error',
          title: t(lang, 'pane.open.failed'),
          text: result === undefined ? t(lang, 'pane.unexpected') : result.message,
        });
        return;
      }
      const { rowCount, sheetName } = result.value;
      setMessage({
        origin: 'report',
        intent: 'success',
        text: t(lang, 'pane.open.done', { rows: formatWhole(rowCount, lang), sheet: sheetName }),
        details: result.notices,
      });
      await refresh();
    },
    [lang, refresh, run],
  );

  const { openReportFile, splitColumnA } = adapter;

  const open = useCallback(
    (file: PickedFile) =>
      perform('import', async (options) => {
        if (openReportFile === undefined) throw new Error('The adapter cannot open files.');
        const bytes = await file.arrayBuffer();
        return openReportFile.call(adapter, { fileName: file.name, bytes }, { ...options, lang });
      }),
    [adapter, lang, openReportFile, perform],
  );

  const split = useCallback(
    () =>
      perform('repair', (options) => {
        if (splitColumnA === undefined) throw new Error('The adapter cannot split columns.');
        return splitColumnA.call(adapter, { ...options, lang });
      }),
    [adapter, lang, perform, splitColumnA],
  );

  return { available: openReportFile !== undefined, open, split, message };
}
