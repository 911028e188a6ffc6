// How the report's accounts spread over the four clusters, one bar group per chosen cluster
// column. Drawn with plain elements: each group is one image to screen readers, named with
// its numbers, and the bars of the chosen clusters are highlighted.

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Cluster, Lang } from '../core/types';
import { CLUSTERS } from '../core/types';
import type { SheetReport } from '../excel/types';
import { clusterLabel, formatWhole, t } from '../i18n';
import { usePaneStyles } from './pane-styles';

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  column: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  row: {
    display: 'grid',
    gridTemplateColumns: '6.5em 1fr 4em',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  track: { height: '12px', backgroundColor: tokens.colorNeutralBackground3 },
  bar: { height: '100%', backgroundColor: tokens.colorNeutralForeground3 },
  chosen: { backgroundColor: tokens.colorBrandBackground },
  count: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

export interface ClusterChartProps {
  report: SheetReport;
  /** Cluster column headers to draw; all of the report's when empty. */
  columns: readonly string[];
  chosen: readonly Cluster[];
  lang: Lang;
}

export function ClusterChart({ report, columns, chosen, lang }: ClusterChartProps) {
  const styles = usePaneStyles();
  const own = useStyles();
  const counts = report.analysis.clusterCounts;
  const drawn = (columns.length > 0 ? columns : Object.keys(counts)).filter(
    (header) => counts[header] !== undefined,
  );
  if (drawn.length === 0) return null;
  const largest = Math.max(1, ...drawn.flatMap((header) => CLUSTERS.map((c) => counts[header][c])));

  return (
    <div className={own.group}>
      <h3 className={styles.subheading}>{t(lang, 'pane.chart.heading')}</h3>
      <span className={styles.hint}>{t(lang, 'pane.chart.caption')}</span>
      <div className={own.groups}>
        {drawn.map((header) => {
          const summary = t(lang, 'pane.chart.summary', {
            column: header,
            counts: CLUSTERS.map((cluster) =>
              t(lang, 'pane.chart.count', {
                cluster: clusterLabel(cluster, lang),
                count: formatWhole(counts[header][cluster], lang),
              }),
            ).join(', '),
          });
          return (
            <div key={header} role="img" aria-label={summary} className={own.group}>
              <span className={own.column}>{header}</span>
              {CLUSTERS.map((cluster) => (
                <div key={cluster} className={own.row}>
                  <span>{clusterLabel(cluster, lang)}</span>
                  <div className={own.track}>
                    <div
                      className={mergeClasses(own.bar, chosen.includes(cluster) && own.chosen)}
                      style={{ width: `${(100 * counts[header][cluster]) / largest}%` }}
                    />
                  </div>
                  <span className={own.count}>{formatWhole(counts[header][cluster], lang)}</span>
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
