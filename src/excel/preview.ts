// A target plan summed up for the pane and the ribbon: how many accounts, per cluster, and the
// first few with their reasons.

import type { Lang, TargetPlan } from '../core/types';
import { renderReasons } from '../i18n';
import type { ReportData } from './report-data';
import type { TargetPreview } from './types';

/** Accounts listed in a preview's top list. */
export const TOP_SHOWN = 10;

export function previewOf(plan: TargetPlan, data: ReportData, lang: Lang): TargetPreview {
  const byCluster: TargetPreview['byCluster'] = {
    'Act Now': 0,
    Evaluate: 0,
    Nurture: 0,
    Educate: 0,
  };
  for (const target of plan.targets) {
    if (target.bestCluster !== undefined) byCluster[target.bestCluster] += 1;
  }
  const { accountNameColumn, identifierColumn } = data.profile;
  const top = plan.targets.slice(0, TOP_SHOWN).map((target) => {
    const cells = data.rows[target.row];
    const name = accountNameColumn === undefined ? '' : (cells[accountNameColumn] ?? '');
    const id = identifierColumn === undefined ? '' : (cells[identifierColumn] ?? '');
    return {
      priority: target.priority,
      account: name.trim() !== '' ? name : id,
      cluster: target.bestCluster,
      segmentCode: target.segmentCode,
      why: renderReasons(target.reasons, lang),
    };
  });
  return { targeted: plan.targets.length, byCluster, top, problems: plan.problems };
}
