// The Targeting panel: which clusters, which products' cluster columns, which solution plays,
// recent buyers only, and firmographic filters. Every change updates the Result at once.

import { Checkbox, makeStyles, Switch, tokens, useId } from '@fluentui/react-components';
import type { Cluster, Lang } from '../core/types';
import { CLUSTERS } from '../core/types';
import type { SheetReport } from '../excel/types';
import { clusterLabel, t } from '../i18n';
import type { MessageKey } from '../i18n';
import { CohortList } from './cohort-list';
import { FilterField } from './filter-field';
import { usePaneStyles } from './pane-styles';
import { filterColumnText } from './pane-text';
import { clusterColumnHeaders, offeredFilters, toggled, withFilter } from './targeting';
import type { TargetingChoice } from './targeting';

const useStyles = makeStyles({
  options: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  products: { display: 'flex', flexDirection: 'column' },
  filters: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface TargetingPanelProps {
  report: SheetReport;
  choice: TargetingChoice;
  problem: MessageKey | undefined;
  lang: Lang;
  onChange(change: (current: TargetingChoice) => TargetingChoice): void;
}

export function TargetingPanel({ report, choice, problem, lang, onChange }: TargetingPanelProps) {
  const styles = usePaneStyles();
  const own = useStyles();
  const headingId = useId('targeting-heading');
  const clusterErrorId = useId('clusters-error');
  const productErrorId = useId('products-error');
  const recentNoteId = useId('recent-note');
  const filtersHintId = useId('filters-hint');
  const products = clusterColumnHeaders(report);
  const hasRecent = report.profile.recentColumn !== undefined;

  const setCluster = (cluster: Cluster, on: boolean) =>
    onChange((current) => ({
      ...current,
      clusters: toggled(current.clusters, cluster, on, CLUSTERS),
    }));
  const setProduct = (header: string, on: boolean) =>
    onChange((current) => ({
      ...current,
      clusterColumns: toggled(current.clusterColumns, header, on, products),
    }));
  const cohortHeaders = report.analysis.cohortCounts.map((cohort) => cohort.header);
  const setCohort = (header: string, on: boolean) =>
    onChange((current) => ({
      ...current,
      cohorts: toggled(current.cohorts, header, on, cohortHeaders),
    }));
  const setFilter = (header: string, value: string | undefined) =>
    onChange((current) => withFilter(current, header, value));

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {t(lang, 'pane.targeting.heading')}
      </h2>

      <fieldset
        className={styles.fieldset}
        aria-describedby={problem === 'pane.targeting.noCluster' ? clusterErrorId : undefined}
      >
        <legend className={styles.legend}>{t(lang, 'pane.targeting.clusters')}</legend>
        <div className={own.options}>
          {CLUSTERS.map((cluster) => (
            <Checkbox
              key={cluster}
              label={clusterLabel(cluster, lang)}
              checked={choice.clusters.includes(cluster)}
              onChange={(_, data) => setCluster(cluster, data.checked === true)}
            />
          ))}
        </div>
        {problem === 'pane.targeting.noCluster' && (
          <span id={clusterErrorId} role="alert" className={styles.error}>
            {t(lang, problem)}
          </span>
        )}
      </fieldset>

      {products.length > 1 && (
        <fieldset
          className={styles.fieldset}
          aria-describedby={problem === 'pane.targeting.noProduct' ? productErrorId : undefined}
        >
          <legend className={styles.legend}>{t(lang, 'pane.targeting.products')}</legend>
          <div className={own.products}>
            {products.map((header) => (
              <Checkbox
                key={header}
                label={header}
                checked={choice.clusterColumns.includes(header)}
                onChange={(_, data) => setProduct(header, data.checked === true)}
              />
            ))}
          </div>
          {problem === 'pane.targeting.noProduct' && (
            <span id={productErrorId} role="alert" className={styles.error}>
              {t(lang, problem)}
            </span>
          )}
        </fieldset>
      )}

      <CohortList
        cohorts={report.analysis.cohortCounts}
        chosen={choice.cohorts}
        lang={lang}
        onToggle={setCohort}
        onClear={() => onChange((current) => ({ ...current, cohorts: [] }))}
      />

      <div className={styles.fieldset}>
        <Switch
          label={t(lang, 'pane.targeting.recent')}
          checked={hasRecent && choice.recentOnly}
          disabled={!hasRecent}
          aria-describedby={hasRecent ? undefined : recentNoteId}
          onChange={(_, data) => onChange((current) => ({ ...current, recentOnly: data.checked }))}
        />
        {!hasRecent && (
          <span id={recentNoteId} className={styles.hint}>
            {t(lang, 'pane.targeting.recentMissing')}
          </span>
        )}
      </div>

      {report.filterColumns.length > 0 && (
        <fieldset className={styles.fieldset} aria-describedby={filtersHintId}>
          <legend className={styles.legend}>{t(lang, 'pane.targeting.filters')}</legend>
          <span id={filtersHintId} className={styles.hint}>
            {t(lang, 'pane.targeting.filtersHint')}
          </span>
          <div className={own.filters}>
            {offeredFilters(report).map(({ column, kind }) => (
              <FilterField
                key={column.header}
                column={column}
                label={filterColumnText(column.header, kind, lang)}
                value={choice.filters[column.header]}
                lang={lang}
                onChange={(value) => setFilter(column.header, value)}
              />
            ))}
          </div>
        </fieldset>
      )}
    </section>
  );
}
