// The M365/Surface question: both reports share one layout, so when neither the sheet nor the
// workbook name tells them apart the user answers once and the workbook remembers.

import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { Lang, ReportType } from '../core/types';
import { reportTypeLabel, t } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const FALLBACK: readonly ReportType[] = ['m365', 'surface'];

export interface ReportTypeChoiceProps {
  /** The report types that fit the header, best first. */
  candidates: readonly ReportType[];
  lang: Lang;
  busy: boolean;
  onChoose(type: ReportType): void;
}

export function ReportTypeChoice({ candidates, lang, busy, onChoose }: ReportTypeChoiceProps) {
  const styles = useStyles();
  const titleId = useId('report-type-title');
  const types = candidates.length >= 2 ? candidates : FALLBACK;
  const [first, second] = types.map((type) => reportTypeLabel(type, lang));

  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={titleId}>{t(lang, 'pane.choice.title')}</MessageBarTitle>
          {t(lang, 'pane.choice.question', { first, second })}
        </MessageBarBody>
      </MessageBar>
      <div role="group" aria-labelledby={titleId} className={styles.buttons}>
        {types.map((type) => (
          <Button key={type} disabled={busy} onClick={() => onChoose(type)}>
            {reportTypeLabel(type, lang)}
          </Button>
        ))}
      </div>
    </div>
  );
}
