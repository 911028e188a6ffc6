// The first accounts of the target list, in priority order, each with its one-line reason.

import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import type { TargetSummary } from '../excel/types';
import { clusterLabel, t } from '../i18n';
import { usePaneStyles } from './pane-styles';

/** Accounts listed in the pane; the sheet holds the rest. */
export const TOP_SHOWN = 10;

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  account: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  facts: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  why: { display: 'block', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

export interface TopAccountsProps {
  top: readonly TargetSummary[];
  lang: Lang;
}

export function TopAccounts({ top, lang }: TopAccountsProps) {
  const styles = usePaneStyles();
  const own = useStyles();
  const shown = top.slice(0, TOP_SHOWN);

  return (
    <div>
      <h3 className={styles.subheading}>{t(lang, 'pane.top.heading')}</h3>
      {shown.length === 0 ? (
        <span className={styles.hint}>{t(lang, 'pane.top.none')}</span>
      ) : (
        <ol className={own.list}>
          {shown.map((target) => {
            const facts = [
              target.cluster === undefined ? undefined : clusterLabel(target.cluster, lang),
              target.segmentCode === undefined
                ? undefined
                : t(lang, 'pane.top.segment', { code: target.segmentCode }),
            ].filter((part) => part !== undefined);
            return (
              <li key={target.priority} value={target.priority}>
                <span className={own.account}>{target.account}</span>
                {facts.length > 0 && <span className={own.facts}>{facts.join(' · ')}</span>}
                <span className={own.why}>{target.why}</span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
