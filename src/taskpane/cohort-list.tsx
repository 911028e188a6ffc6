// The solution plays (cohorts) with how many accounts are Yes in each: a searchable list of
// checkboxes, because a report can carry dozens of plays with long names.

import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  SearchBox,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../core/types';
import { formatWhole, t } from '../i18n';
import { usePaneStyles } from './pane-styles';
import { matchesQuery } from './search';

const useStyles = makeStyles({
  scroller: {
    maxHeight: '240px',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  count: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  footer: { display: 'flex', justifyContent: 'flex-start' },
  // Fluent caps a search box's width; as wide as the list it searches, at any pane width.
  search: { maxWidth: 'none' },
});

export interface CohortListProps {
  cohorts: readonly { header: string; yes: number }[];
  chosen: readonly string[];
  lang: Lang;
  onToggle(header: string, on: boolean): void;
  onClear(): void;
}

export function CohortList({ cohorts, chosen, lang, onToggle, onClear }: CohortListProps) {
  const styles = usePaneStyles();
  const own = useStyles();
  const hintId = useId('cohorts-hint');
  const [query, setQuery] = useState('');
  const shown = cohorts.filter((cohort) => matchesQuery(cohort.header, query));

  if (cohorts.length === 0) {
    return (
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t(lang, 'pane.targeting.cohorts')}</legend>
        <span className={styles.hint}>{t(lang, 'pane.targeting.noCohorts')}</span>
      </fieldset>
    );
  }

  return (
    <fieldset className={styles.fieldset} aria-describedby={hintId}>
      <legend className={styles.legend}>
        {t(lang, 'pane.targeting.cohorts')}
        {chosen.length > 0 &&
          ` (${t(lang, 'pane.targeting.cohortsChosen', { count: chosen.length })})`}
      </legend>
      <span id={hintId} className={styles.hint}>
        {t(lang, 'pane.targeting.cohortsHint')}
      </span>
      <Field label={t(lang, 'pane.targeting.cohortsSearch')}>
        <SearchBox
          className={own.search}
          value={query}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <div className={own.scroller}>
        {shown.map((cohort) => (
          <Checkbox
            key={cohort.header}
            checked={chosen.includes(cohort.header)}
            onChange={(_, data) => onToggle(cohort.header, data.checked === true)}
            label={
              <>
                {cohort.header}{' '}
                <span className={own.count}>
                  {t(lang, 'pane.targeting.cohortYes', { count: formatWhole(cohort.yes, lang) })}
                </span>
              </>
            }
          />
        ))}
        {shown.length === 0 && (
          <span role="status" className={styles.hint}>
            {t(lang, 'pane.targeting.cohortsNoMatch', { query })}
          </span>
        )}
      </div>
      {chosen.length > 0 && (
        <div className={own.footer}>
          <Button size="small" appearance="subtle" onClick={onClear}>
            {t(lang, 'pane.targeting.clearCohorts')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
