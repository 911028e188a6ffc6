// The task pane: Report, Targeting and Result over the adapter it is given, in the user's
// language and Office's theme. Everything that touches the workbook goes through `adapter`.

import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../core/types';
import type { ReportAdapter } from '../excel/types';
import { t } from '../i18n';
import { logger as paneLogger } from './logger';
import type { Logger } from './logger';
import type { ThemeKind } from './office-start';
import { usePaneStyles } from './pane-styles';
import { ReportFileSection } from './report-file-section';
import { ReportPanel } from './report-panel';
import { ResultPanel } from './result-panel';
import { SupportPanel } from './support-panel';
import { TargetingPanel } from './targeting-panel';
import { usePane } from './use-pane';
import { WorkProgress } from './work-progress';

// The full height goes on <main>, not on the provider: Fluent copies the provider's class names to
// the layer its dropdowns open in, and a full-height layer would cover the whole pane and swallow
// the click that opens a list.
const useStyles = makeStyles({
  main: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    maxWidth: '560px',
    paddingInline: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  title: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalM,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface AppProps {
  adapter: ReportAdapter;
  lang: Lang;
  theme: ThemeKind;
  /** The pane's logger unless a test gives its own. */
  logger?: Logger;
  /** Milliseconds a step runs before its progress bar appears. */
  progressDelayMs?: number;
}

export function App({ adapter, lang, theme, logger = paneLogger, progressDelayMs }: AppProps) {
  const styles = usePaneStyles();
  const own = useStyles();
  const pane = usePane(adapter, lang, logger, progressDelayMs);
  const { work, report, sheetReport, targeting, actions, message } = pane;
  const busy = work.running !== undefined;

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <main className={own.main} lang={lang}>
        <h1 className={own.title}>{t(lang, 'pane.title')}</h1>
        <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
          {pane.status}
        </div>
        <WorkProgress running={work.running} lang={lang} onCancel={work.cancel} />
        <ReportPanel
          state={report.state}
          applied={actions.applied}
          lang={lang}
          busy={busy}
          message={message}
          onRefresh={() => void report.refresh()}
          onChoose={(type) => void report.chooseType(type)}
        />
        <ReportFileSection
          adapter={adapter}
          lang={lang}
          work={work}
          report={report}
          sheetReport={sheetReport}
        />
        {sheetReport !== undefined && (
          <>
            <TargetingPanel
              report={sheetReport}
              choice={targeting.choice}
              problem={targeting.problem}
              lang={lang}
              onChange={targeting.update}
            />
            <ResultPanel
              report={sheetReport}
              targeting={targeting}
              actions={actions}
              busy={busy}
              message={message}
              lang={lang}
            />
          </>
        )}
        <SupportPanel logger={logger} lang={lang} />
      </main>
    </FluentProvider>
  );
}
