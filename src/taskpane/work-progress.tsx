// The progress of a running step, shown once it has taken longer than a moment, with Cancel.
// It sticks to the top of the pane so it stays in view wherever the user has scrolled.

import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import { formatWhole, t } from '../i18n';
import { stageText, workText } from './pane-text';
import type { RunningWork } from './use-work';

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  field: { flexGrow: 1 },
});

export interface WorkProgressProps {
  running: RunningWork | undefined;
  lang: Lang;
  onCancel(): void;
}

export function WorkProgress({ running, lang, onCancel }: WorkProgressProps) {
  const styles = useStyles();
  if (running === undefined || !running.shown) return null;

  const { progress } = running;
  const known = progress !== undefined && progress.total > 0;
  const hint = known
    ? t(lang, 'pane.progress.count', {
        stage: stageText(progress.stage, lang),
        done: formatWhole(progress.done, lang),
        total: formatWhole(progress.total, lang),
      })
    : undefined;

  return (
    <div className={styles.root}>
      <Field className={styles.field} label={workText(running.kind, lang)} hint={hint}>
        <ProgressBar value={known ? Math.min(progress.done / progress.total, 1) : undefined} />
      </Field>
      <Button onClick={onCancel}>{t(lang, 'pane.progress.cancel')}</Button>
    </div>
  );
}
