// The Targeting panel's state and the live preview it drives. The choice belongs to one report:
// a refresh of the same report keeps it, another report starts from the defaults.

import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Lang } from '../core/types';
import type { ReportAdapter, SheetReport, TargetPreview } from '../excel/types';
import type { MessageKey } from '../i18n';
import { choiceKey, choiceProblem, defaultChoice, toCriteria } from './targeting';
import type { TargetingChoice } from './targeting';

export interface Targeting {
  choice: TargetingChoice;
  update(change: (current: TargetingChoice) => TargetingChoice): void;
  /** Why nothing can be targeted with this choice, if so. */
  problem: MessageKey | undefined;
  /** The target list for the choice; lags a keystroke behind on very large reports. */
  preview: TargetPreview | undefined;
}

interface Kept {
  key: string;
  choice: TargetingChoice;
}

export function useTargeting(
  adapter: ReportAdapter,
  report: SheetReport | undefined,
  lang: Lang,
): Targeting {
  const [kept, setKept] = useState<Kept | undefined>(undefined);
  const key = report === undefined ? '' : choiceKey(report);
  const choice = useMemo(
    () =>
      kept !== undefined && kept.key === key
        ? kept.choice
        : report === undefined
          ? undefined
          : defaultChoice(report),
    [kept, key, report],
  );

  const update = useCallback(
    (change: (current: TargetingChoice) => TargetingChoice) => {
      if (choice === undefined) return;
      setKept({ key, choice: change(choice) });
    },
    [choice, key],
  );

  const problem =
    report === undefined || choice === undefined ? undefined : choiceProblem(choice, report);
  // Computing a preview reads every row; deferring it lets a click or a keystroke paint first.
  const deferred = useDeferredValue(problem === undefined ? choice : undefined);
  const preview = useMemo(
    () =>
      report === undefined || deferred === undefined
        ? undefined
        : adapter.preview(toCriteria(deferred), lang),
    [adapter, report, deferred, lang],
  );

  return {
    choice: choice ?? EMPTY_CHOICE,
    update,
    problem,
    preview: problem === undefined ? preview : undefined,
  };
}

const EMPTY_CHOICE: TargetingChoice = {
  clusters: [],
  clusterColumns: [],
  cohorts: [],
  recentOnly: false,
  filters: {},
};
