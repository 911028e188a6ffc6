// The Result panel: how many accounts the current choice targets, the sheet actions, and the
// report at a glance (clusters, Fit × Intent) with the first accounts of the target list.

import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { Lang } from '../core/types';
import { CLUSTERS } from '../core/types';
import type { SheetReport } from '../excel/types';
import { clusterLabel, formatProblem, formatWhole, t } from '../i18n';
import type { MessageKey } from '../i18n';
import { ClusterChart } from './cluster-chart';
import { FitIntentHeatmap } from './fit-intent-heatmap';
import { PaneMessageBar } from './pane-message';
import { usePaneStyles } from './pane-styles';
import type { TargetingChoice } from './targeting';
import { TopAccounts } from './top-accounts';
import type { PaneMessage } from './use-report';
import type { SheetActions } from './use-sheet-actions';
import type { Targeting } from './use-targeting';

const useStyles = makeStyles({
  targeted: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ResultPanelProps {
  report: SheetReport;
  targeting: Targeting;
  actions: SheetActions & { applyChoice(): void };
  busy: boolean;
  message: PaneMessage | undefined;
  lang: Lang;
}

export function ResultPanel({ report, targeting, actions, busy, message, lang }: ResultPanelProps) {
  const styles = usePaneStyles();
  const own = useStyles();
  const headingId = useId('result-heading');
  const actionsId = useId('actions-label');
  const { choice, problem, preview } = targeting;
  // Core's problems number data rows from 1; the sheet shows them below the header.
  const firstRow = report.headerRow + 2;

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {t(lang, 'pane.result.heading')}
      </h2>
      <div aria-live="polite">
        <p className={own.targeted}>{targetedText(problem, preview?.targeted, lang)}</p>
        {preview !== undefined && preview.targeted > 0 && (
          <span className={styles.hint}>
            {CLUSTERS.filter((cluster) => preview.byCluster[cluster] > 0)
              .map((cluster) =>
                t(lang, 'pane.result.byCluster', {
                  cluster: clusterLabel(cluster, lang),
                  count: formatWhole(preview.byCluster[cluster], lang),
                }),
              )
              .join(' · ')}
          </span>
        )}
      </div>
      {preview !== undefined && preview.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <ul className={styles.list}>
              {preview.problems.map((found, i) => (
                <li key={i}>{formatProblem(found, lang, { firstRow })}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <span id={actionsId} className={styles.visuallyHidden}>
        {t(lang, 'pane.actions.label')}
      </span>
      <div role="group" aria-labelledby={actionsId} className={own.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy || problem !== undefined || preview?.targeted === 0}
          onClick={actions.applyChoice}
        >
          {t(lang, 'pane.actions.apply')}
        </Button>
        <Button disabledFocusable={busy || !actions.applied} onClick={() => void actions.explain()}>
          {t(lang, 'pane.actions.explain')}
        </Button>
        <Button disabledFocusable={busy || !actions.applied} onClick={() => void actions.reset()}>
          {t(lang, 'pane.actions.reset')}
        </Button>
      </div>
      {message?.origin === 'sheet' && <PaneMessageBar message={message} />}

      <ClusterChart
        report={report}
        columns={choice.clusterColumns}
        chosen={choice.clusters}
        lang={lang}
      />
      <FitIntentHeatmap report={report} preferredProduct={productOf(report, choice)} lang={lang} />
      <TopAccounts top={preview?.top ?? []} lang={lang} />
    </section>
  );
}

function targetedText(
  problem: MessageKey | undefined,
  targeted: number | undefined,
  lang: Lang,
): string {
  if (problem !== undefined) return t(lang, problem);
  if (targeted === undefined) return '';
  const key = targeted === 1 ? 'pane.result.targetedOne' : 'pane.result.targetedMany';
  return t(lang, key, { count: formatWhole(targeted, lang) });
}

/** The product of the first chosen cluster column, whose matrix the user most likely wants. */
function productOf(report: SheetReport, choice: TargetingChoice): string | undefined {
  const first = choice.clusterColumns[0];
  return report.profile.columns.find((column) => column.header === first)?.product;
}
