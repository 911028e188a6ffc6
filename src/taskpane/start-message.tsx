// What the pane shows before it can show the report: starting, opened outside Excel, or Office
// not loading. Light theme, because Office's theme is not known yet.

import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';
import type { OfficeStart } from './office-start';

export type StartState = 'starting' | Exclude<OfficeStart, 'ready'>;

const KEYS: Readonly<Record<StartState, MessageKey>> = {
  starting: 'pane.starting',
  'outside-excel': 'pane.outsideExcel',
  'office-unavailable': 'pane.officeUnavailable',
};

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  main: { maxWidth: '480px', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  title: {
    margin: `0 0 ${tokens.spacingVerticalM}`,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { margin: 0 },
});

export function StartMessage({ state, lang }: { state: StartState; lang: Lang }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <main className={styles.main} lang={lang}>
        <h1 className={styles.title}>{t(lang, 'pane.title')}</h1>
        <p role="status" className={styles.text}>
          {t(lang, KEYS[state])}
        </p>
      </main>
    </FluentProvider>
  );
}
