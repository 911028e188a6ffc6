// The FY24 M365 and Surface reports share one layout, and both score M365 and Surface. The
// file or sheet name decides; without a decisive name the content's leaning is a guess the
// user must be told about.

import { compareTallies, hasEvidence, type TypeTally } from './infer-report-type';
import type { ReportType } from './types';

export interface SharedDecision {
  type: 'm365' | 'surface';
  /** `name-hint` when the name decided, `content` when nothing could tell them apart. */
  decidedBy: 'name-hint' | 'content';
}

/** True when a file that looks like M365 or Surface could be either report. */
export function couldBeEither(
  type: ReportType,
  tally: ReadonlyMap<ReportType, TypeTally>,
): boolean {
  if (type !== 'm365' && type !== 'surface') return false;
  return hasEvidence(tally.get('m365')) && hasEvidence(tally.get('surface'));
}

/** Surface when the name says Surface, M365 when it says M365, else the stronger content. */
export function decideM365OrSurface(
  tally: ReadonlyMap<ReportType, TypeTally>,
  hintTypes: readonly ReportType[],
): SharedDecision {
  if (hintTypes.includes('surface')) return { type: 'surface', decidedBy: 'name-hint' };
  if (hintTypes.includes('m365')) return { type: 'm365', decidedBy: 'name-hint' };
  const surfaceLeads = compareTallies(tally.get('surface'), tally.get('m365')) > 0;
  return { type: surfaceLeads ? 'surface' : 'm365', decidedBy: 'content' };
}
