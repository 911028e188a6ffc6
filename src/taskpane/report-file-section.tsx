// The pane's report-file section: Open report file…, and the two problems it solves when they
// show up on the active sheet (a CSV in column A, identifiers Excel changed).

import { useId } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang } from '../core/types';
import type { ReportAdapter, SheetReport } from '../excel/types';
import { t } from '../i18n';
import { DamageWarning } from './damage-warning';
import { OpenReportFile } from './open-report-file';
import { usePaneStyles } from './pane-styles';
import { RepairBanner } from './repair-banner';
import type { ReportControl } from './use-report';
import { useReportFile } from './use-report-file';
import type { Work } from './use-work';

export interface ReportFileSectionProps {
  adapter: ReportAdapter;
  lang: Lang;
  work: Work;
  report: ReportControl;
  /** The report the pane shows, if any. */
  sheetReport: SheetReport | undefined;
}

export function ReportFileSection(props: ReportFileSectionProps) {
  const { adapter, lang, work, report, sheetReport } = props;
  const styles = usePaneStyles();
  const headingId = useId('report-file-heading');
  const input = useRef<HTMLInputElement>(null);
  const control = useReportFile(adapter, lang, work, report.refresh);
  if (!control.available) return null;

  const busy = work.running !== undefined;
  const { state } = report;
  const inColumnA = state.status === 'failed' && state.code === 'csv-in-column-a';
  const damage = sheetReport?.damage ?? [];

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {t(lang, 'pane.file.heading')}
      </h2>
      {inColumnA && <RepairBanner lang={lang} busy={busy} onSplit={() => void control.split()} />}
      {damage.length > 0 && (
        <DamageWarning
          damage={damage}
          lang={lang}
          busy={busy}
          onOpenFile={() => input.current?.click()}
        />
      )}
      <OpenReportFile
        lang={lang}
        busy={busy}
        inputRef={input}
        message={control.message}
        onOpen={(file) => void control.open(file)}
      />
    </section>
  );
}
