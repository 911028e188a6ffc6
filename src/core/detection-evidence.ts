// The reasons behind a detection, as codes with parameters that `src/i18n` renders. Every
// code and its parameters:
//   layout-match       {layout, matched, total}  the documented layout the header matched
//   layout-nearest     {layout, matched, total}  a newer file: the closest documented layout
//   report-type        {type, basis}             basis: layout | agreement-columns | products |
//                                                plays | name-hint
//   products           {names, count}            products scored (names comma-separated)
//   plays              {prefix, count}           solution plays with an area prefix (`Azure_`)
//   cohorts            {count}                   every solution-play (cohort) column
//   flag-columns       {count}                   cohorts recognised from Yes/No sample values
//   agreement-columns  {names}                   agreement columns (the renewals report)
//   o365-products      {}                        Office 365 scores: a 2020-2021 M365 report
//   name-hint          {hint, type}              the file or sheet name agreed or decided
//   name-hint-ignored  {hint, type}              the name suggested a type the content refutes
//   common-columns     {matched, total}          CloudAscent's shared leading columns present
//   identifier-column  {header}                  the column naming accounts
//   revenue-column     {header}                  the column accounts are ordered by
//   recent-column      {header}                  the 36-month activity column
//   recent-successor   {header}                  `Has_Transacted_Product` standing in for it
//   no-report-columns  {}                        no score, play or agreement columns at all

import type { TypeDecision } from './decide-report-type';
import type { DescribedColumns } from './describe-columns';
import type { KeyColumns } from './key-columns';
import type { LayoutScore } from './match-layout';
import type { ReportFacts } from './report-facts';
import type { Evidence, ReportType } from './types';

export interface EvidenceInput {
  described: DescribedColumns;
  facts: ReportFacts;
  decision: TypeDecision;
  nearest?: LayoutScore;
  keyColumns: KeyColumns;
  hint?: string;
  hintTypes: readonly ReportType[];
}

function layoutEvidence({ decision, nearest }: EvidenceInput): Evidence[] {
  const score = decision.matched ?? (decision.layout === 'newer' ? nearest : undefined);
  if (!score || score.matched === 0) return [];
  const code = decision.matched ? 'layout-match' : 'layout-nearest';
  return [
    { code, params: { layout: score.layout.id, matched: score.matched, total: score.total } },
  ];
}

function contentEvidence({ described, facts, decision }: EvidenceInput): Evidence[] {
  const evidence: Evidence[] = [];
  const { products } = described;
  if (products.length > 0) {
    const names = products.map((group) => group.name).join(', ');
    evidence.push({ code: 'products', params: { names, count: products.length } });
  }
  for (const [prefix, count] of facts.playsByPrefix) {
    evidence.push({ code: 'plays', params: { prefix, count } });
  }
  if (facts.cohorts > 0) evidence.push({ code: 'cohorts', params: { count: facts.cohorts } });
  if (facts.flagCohorts > 0) {
    evidence.push({ code: 'flag-columns', params: { count: facts.flagCohorts } });
  }
  if (facts.agreementColumns.length > 0) {
    const names = facts.agreementColumns.join(', ');
    evidence.push({ code: 'agreement-columns', params: { names } });
  }
  if (facts.scoresO365 && decision.reportType === 'm365') evidence.push({ code: 'o365-products' });
  if (facts.commonMatched > 0) {
    const params = { matched: facts.commonMatched, total: facts.commonTotal };
    evidence.push({ code: 'common-columns', params });
  }
  return evidence;
}

function hintEvidence({ decision, hint, hintTypes }: EvidenceInput): Evidence[] {
  const [named] = hintTypes;
  if (hint === undefined || named === undefined) return [];
  if (hintTypes.includes(decision.reportType)) {
    return [{ code: 'name-hint', params: { hint, type: decision.reportType } }];
  }
  return [{ code: 'name-hint-ignored', params: { hint, type: named } }];
}

function columnEvidence({ described, facts, keyColumns }: EvidenceInput): Evidence[] {
  const headerOf = (index: number) => described.columns[index]?.header ?? '';
  const evidence: Evidence[] = [];
  const { identifierColumn, revenueColumn, recentColumn } = keyColumns;
  if (identifierColumn !== undefined) {
    evidence.push({ code: 'identifier-column', params: { header: headerOf(identifierColumn) } });
  }
  if (revenueColumn !== undefined) {
    evidence.push({ code: 'revenue-column', params: { header: headerOf(revenueColumn) } });
  }
  if (recentColumn !== undefined) {
    const successor = described.classes[recentColumn]?.recency === 'successor';
    const code = successor ? 'recent-successor' : 'recent-column';
    evidence.push({ code, params: { header: headerOf(recentColumn) } });
  }
  const scored = described.products.length + facts.cohorts + facts.agreementColumns.length;
  if (scored === 0) evidence.push({ code: 'no-report-columns' });
  return evidence;
}

export function detectionEvidence(input: EvidenceInput): Evidence[] {
  const { decision } = input;
  const typeEvidence: Evidence[] = decision.basis
    ? [{ code: 'report-type', params: { type: decision.reportType, basis: decision.basis } }]
    : [];
  return [
    ...layoutEvidence(input),
    ...typeEvidence,
    ...contentEvidence(input),
    ...hintEvidence(input),
    ...columnEvidence(input),
  ];
}
