// The Report panel: what the add-in found on the active sheet and why it thinks so, or why the
// sheet cannot be used, with Refresh to read it again.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
  useId,
} from '@fluentui/react-components';
import { Fragment } from 'react';
import type { Lang, ReportType } from '../core/types';
import type { SheetReport } from '../excel/types';
import { formatEvidence, formatProblem, formatWhole, reportTypeLabel, t } from '../i18n';
import { PaneMessageBar } from './pane-message';
import { usePaneStyles } from './pane-styles';
import { confidenceText, layoutText } from './pane-text';
import { ReportTypeChoice } from './report-type-choice';
import { shownReport } from './use-report';
import type { PaneMessage, ReportState } from './use-report';

/** Warnings listed before "N more". */
const WARNINGS_SHOWN = 5;

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

export interface ReportPanelProps {
  state: ReportState;
  /** A target list is on the sheet, as the pane last knew it. */
  applied: boolean;
  lang: Lang;
  busy: boolean;
  message: PaneMessage | undefined;
  onRefresh(): void;
  onChoose(type: ReportType): void;
}

export function ReportPanel(props: ReportPanelProps) {
  const { state, applied, lang, busy, message, onRefresh, onChoose } = props;
  const styles = usePaneStyles();
  const headingId = useId('report-heading');
  const shown = shownReport(state);

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <div className={styles.headingRow}>
        <h2 id={headingId} className={styles.heading}>
          {t(lang, 'pane.report.heading')}
        </h2>
        <Button size="small" disabled={busy} onClick={onRefresh}>
          {t(lang, 'pane.report.refresh')}
        </Button>
      </div>
      {state.status === 'reading' && (
        <Spinner size="tiny" labelPosition="after" label={t(lang, 'pane.report.loading')} />
      )}
      {state.status === 'cancelled' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(lang, 'pane.report.cancelled')}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'pane.report.failed')}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {message?.origin === 'report' && <PaneMessageBar message={message} />}
      {shown !== undefined && (
        <ReportDetails
          report={shown.report}
          notices={shown.notices}
          applied={applied}
          lang={lang}
          busy={busy}
          onChoose={onChoose}
        />
      )}
    </section>
  );
}

interface ReportDetailsProps {
  report: SheetReport;
  notices: string[];
  applied: boolean;
  lang: Lang;
  busy: boolean;
  onChoose(type: ReportType): void;
}

function ReportDetails({ report, notices, applied, lang, busy, onChoose }: ReportDetailsProps) {
  const styles = usePaneStyles();
  const own = useStyles();
  const { profile } = report;
  // The question says what this warning says, and more usefully.
  const warnings = report.warnings.filter(
    (warning) => !(report.needsReportTypeChoice && warning.code === 'm365-or-surface'),
  );
  // Core numbers data rows from 1; the sheet's row of data row 1 is just below the header.
  const firstRow = report.headerRow + 2;
  const facts: [string, string][] = [
    [t(lang, 'pane.report.sheet'), report.sheetName],
    [t(lang, 'pane.report.type'), reportTypeLabel(profile.reportType, lang)],
    [t(lang, 'pane.report.layout'), layoutText(profile.layout, lang)],
    [t(lang, 'pane.report.rows'), formatWhole(report.rowCount, lang)],
    [t(lang, 'pane.report.confidence'), confidenceText(profile.confidence, lang)],
  ];

  return (
    <>
      <dl className={own.facts}>
        {facts.map(([term, value]) => (
          <Fragment key={term}>
            <dt className={own.term}>{term}</dt>
            <dd className={own.value}>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {report.needsReportTypeChoice && (
        <ReportTypeChoice
          candidates={profile.candidates}
          lang={lang}
          busy={busy}
          onChoose={onChoose}
        />
      )}
      {applied && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(lang, 'pane.report.applied')}</MessageBarBody>
        </MessageBar>
      )}
      {(warnings.length > 0 || notices.length > 0) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'pane.report.warnings')}</MessageBarTitle>
            <ul className={styles.list}>
              {notices.map((notice, i) => (
                <li key={`n${i}`}>{notice}</li>
              ))}
              {warnings.slice(0, WARNINGS_SHOWN).map((warning, i) => (
                <li key={`w${i}`}>{formatProblem(warning, lang, { firstRow })}</li>
              ))}
            </ul>
            {warnings.length > WARNINGS_SHOWN &&
              t(lang, 'pane.report.moreWarnings', { count: warnings.length - WARNINGS_SHOWN })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Accordion collapsible>
        <AccordionItem value="evidence">
          <AccordionHeader as="h3">{t(lang, 'pane.report.evidence')}</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {profile.evidence.map((evidence, i) => (
                <li key={i}>{formatEvidence(evidence, lang)}</li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}
