// Decides the report type and layout: a documented layout when one matches well, else the
// content (agreement columns, products, plays), and the name hint only where content cannot
// decide — between M365 and Surface, or for a CloudAscent-shaped file without score columns.

import { likeliestType } from './infer-report-type';
import { couldBeEither, decideM365OrSurface } from './m365-or-surface';
import { isLayoutMatch, type LayoutScore } from './match-layout';
import type { ReportFacts } from './report-facts';
import type { ReportType } from './types';

export type TypeBasis = 'layout' | 'agreement-columns' | 'products' | 'plays' | 'name-hint';

export interface TypeDecision {
  reportType: ReportType;
  layout: string;
  basis?: TypeBasis;
  /** The documented layout that matched, for its evidence and the confidence. */
  matched?: LayoutScore;
  /** M365 vs Surface could not be told apart: the other one. */
  alternative?: ReportType;
}

// A renewals file carries at least two of agreement ID, end date, expiring revenue and
// license program; one alone could be a stray column in another report.
const MIN_AGREEMENT_COLUMNS = 2;

// Half of the shared leading columns make a file CloudAscent-shaped; a CRM export has a
// city, a country and an industry but not `MPNID`, `SubSegment` or `SMCTypeSummary`.
const MIN_COMMON_SHARE = 0.5;

function fromContent(
  facts: ReportFacts,
  hintTypes: readonly ReportType[],
): { type: ReportType; basis?: TypeBasis } {
  if (facts.agreementColumns.length >= MIN_AGREEMENT_COLUMNS) {
    return { type: 'renewals', basis: 'agreement-columns' };
  }

  const likeliest = likeliestType(facts.tally);
  if (likeliest) {
    const scored = (facts.tally.get(likeliest)?.productColumns ?? 0) > 0;
    return { type: likeliest, basis: scored ? 'products' : 'plays' };
  }

  const [hinted] = hintTypes;
  const shaped = facts.commonMatched >= facts.commonTotal * MIN_COMMON_SHARE;
  if (hinted && shaped) return { type: hinted, basis: 'name-hint' };
  return { type: 'unknown' };
}

export function decideReportType(
  facts: ReportFacts,
  layoutScores: readonly LayoutScore[],
  hintTypes: readonly ReportType[],
): TypeDecision {
  const best = layoutScores.find(isLayoutMatch);
  const content = best
    ? { type: best.layout.reportType, basis: 'layout' as const }
    : fromContent(facts, hintTypes);

  let reportType = content.type;
  let alternative: ReportType | undefined;
  if (!facts.scoresO365 && couldBeEither(reportType, facts.tally)) {
    const shared = decideM365OrSurface(facts.tally, hintTypes);
    reportType = shared.type;
    if (shared.decidedBy === 'content') alternative = shared.type === 'm365' ? 'surface' : 'm365';
  }

  const matched = best
    ? layoutScores.find((score) => isLayoutMatch(score) && score.layout.reportType === reportType)
    : undefined;
  const layout = reportType === 'unknown' ? 'unrecognized' : (matched?.layout.id ?? 'newer');

  const decision: TypeDecision = { reportType, layout };
  if (content.basis) decision.basis = content.basis;
  if (matched) decision.matched = matched;
  if (alternative) decision.alternative = alternative;
  return decision;
}
