// Recognises a CloudAscent report from its header (and, when given, the file or sheet name
// and a few data rows): which report, which documented layout, every column's role, and why.
// One pass over the columns plus a fixed amount of work per documented layout.

import type { TypeDecision } from './decide-report-type';
import { decideReportType } from './decide-report-type';
import { describeColumns } from './describe-columns';
import { detectionEvidence } from './detection-evidence';
import { pickKeyColumns } from './key-columns';
import { scoreLayouts } from './match-layout';
import { typesInNameHint } from './name-hint';
import { gatherFacts, type ReportFacts } from './report-facts';
import type { DetectOptions, Problem, ReportProfile } from './types';

// M365 and Surface told apart by nothing but a guess: no better than a coin toss.
const UNDECIDED_CONFIDENCE = 0.5;

function confidenceOf(decision: TypeDecision, facts: ReportFacts): number {
  const commonShare = facts.commonTotal === 0 ? 0 : facts.commonMatched / facts.commonTotal;

  let confidence: number;
  if (decision.reportType === 'unknown') {
    confidence = 0.05 + 0.1 * commonShare;
  } else if (decision.matched) {
    confidence = 0.6 + 0.4 * decision.matched.similarity;
  } else if (decision.basis === 'name-hint') {
    confidence = 0.35;
  } else {
    const tally = facts.tally.get(decision.reportType);
    confidence =
      0.45 +
      ((tally?.productColumns ?? 0) > 0 ? 0.15 : 0) +
      ((tally?.plays ?? 0) > 0 ? 0.1 : 0) +
      (decision.basis === 'agreement-columns' ? 0.15 : 0) +
      0.15 * commonShare;
  }

  if (decision.alternative) confidence = Math.min(confidence, UNDECIDED_CONFIDENCE);
  return Math.round(Math.min(confidence, 1) * 100) / 100;
}

export function detectReport(header: readonly string[], options?: DetectOptions): ReportProfile {
  const described = describeColumns(header, options?.sampleRows);
  const facts = gatherFacts(described);
  const layoutScores = scoreLayouts(
    header,
    described.columns.map((column) => column.key),
  );
  const hintTypes = typesInNameHint(options?.nameHint);
  const decision = decideReportType(facts, layoutScores, hintTypes);
  const keyColumns = pickKeyColumns(described.columns, described.classes);

  const evidence = detectionEvidence({
    described,
    facts,
    decision,
    nearest: layoutScores.find((score) => score.layout.reportType === decision.reportType),
    keyColumns,
    hint: options?.nameHint,
    hintTypes,
  });

  const warnings: Problem[] = [];
  const { reportType, alternative } = decision;
  if (alternative) {
    warnings.push({ code: 'm365-or-surface', params: { likely: reportType, other: alternative } });
  }

  return {
    reportType,
    layout: decision.layout,
    confidence: confidenceOf(decision, facts),
    evidence,
    columns: described.columns,
    products: described.products.map((group) => group.columns),
    ...keyColumns,
    candidates: candidatesOf(decision),
    warnings,
  };
}

function candidatesOf({ reportType, alternative }: TypeDecision): ReportProfile['candidates'] {
  if (reportType === 'unknown') return [];
  return alternative ? [reportType, alternative] : [reportType];
}
