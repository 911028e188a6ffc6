// `analyze`: what report this is and what it holds, as one JSON object or a short summary.

import { defaultClusterColumns, summarize } from '../core';
import type { Analysis, ColumnInfo, ReportProfile } from '../core';
import { EXIT_OK, type ExitCode, type Step } from './exit-codes';
import type { CliIO } from './io';
import { loadReport, type LoadedReport } from './load-report';
import { MESSAGES } from './messages';
import type { AnalyzeArgs } from './parse-args';
import { toWarnings, WARNINGS_SHOWN, type Warning } from './warnings';

/** Cohorts named in the human summary, most Yes first. */
const TOP_COHORTS = 3;

export interface AnalyzeJson {
  reportType: string;
  layout: string;
  confidence: number;
  rows: number;
  identifierColumn: string | null;
  clusterColumns: string[];
  defaultClusterColumns: string[];
  clusterCounts: Analysis['clusterCounts'];
  cohortColumns: { header: string; yes: number }[];
  revenueColumn: string | null;
  recentColumn: string | null;
  warnings: Warning[];
}

function headerAt(profile: ReportProfile, index: number | undefined): string | null {
  if (index === undefined) return null;
  return profile.columns.find((column) => column.index === index)?.header ?? null;
}

function inFileOrder(columns: readonly ColumnInfo[]): ColumnInfo[] {
  return [...columns].sort((a, b) => a.index - b.index);
}

export function analyzeJson(loaded: LoadedReport, analysis: Analysis, warnings: Warning[]) {
  const { profile } = loaded;
  const result: AnalyzeJson = {
    reportType: profile.reportType,
    layout: profile.layout,
    confidence: profile.confidence,
    rows: loaded.read.rows.length,
    identifierColumn: headerAt(profile, profile.identifierColumn),
    clusterColumns: inFileOrder(profile.columns)
      .filter((column) => column.role === 'cluster')
      .map((column) => column.header),
    defaultClusterColumns: defaultClusterColumns(profile).map(
      (index) => headerAt(profile, index) ?? '',
    ),
    clusterCounts: analysis.clusterCounts,
    cohortColumns: analysis.cohortCounts.map(({ header, yes }) => ({ header, yes })),
    revenueColumn: headerAt(profile, profile.revenueColumn),
    recentColumn: headerAt(profile, profile.recentColumn),
    warnings,
  };
  return result;
}

/** The human summary: a dozen lines at most, plus warnings. */
export function analyzeSummary(result: AnalyzeJson, file: string, args: AnalyzeArgs): string {
  const text = MESSAGES[args.lang];
  const type = text.reportTypes[result.reportType as keyof typeof text.reportTypes];
  const lines = [
    text.reportLine(type, text.layoutName(result.layout), result.confidence),
    text.fileLine(file, result.rows, result.identifierColumn ?? undefined),
  ];

  const clusters = Object.entries(result.clusterCounts);
  if (clusters.length === 0) lines.push(text.noClusters);
  else {
    lines.push(text.clustersTitle);
    for (const [header, counts] of clusters)
      lines.push(`  ${header}: ${text.clusterCounts(counts)}`);
  }

  const top = [...result.cohortColumns]
    .sort((a, b) => b.yes - a.yes)
    .slice(0, TOP_COHORTS)
    .map(({ header, yes }) => `"${header}" ${yes}`)
    .join(', ');
  lines.push(
    result.cohortColumns.length === 0
      ? text.noCohorts
      : text.cohortsLine(result.cohortColumns.length, top),
  );
  lines.push(text.revenueLine(result.revenueColumn ?? undefined));
  lines.push(text.recentLine(result.recentColumn ?? undefined));
  lines.push(text.defaultClustersLine(result.defaultClusterColumns.join(', ')));
  lines.push(...warningLines(result.warnings, args.lang));
  lines.push(text.nextStep(args.file));
  return lines.join('\n') + '\n';
}

export function warningLines(warnings: readonly Warning[], lang: AnalyzeArgs['lang']): string[] {
  if (warnings.length === 0) return [];
  const text = MESSAGES[lang];
  const lines = [text.warningsTitle(warnings.length)];
  for (const warning of warnings.slice(0, WARNINGS_SHOWN)) lines.push(`  ${warning.message}`);
  if (warnings.length > WARNINGS_SHOWN)
    lines.push(text.moreWarnings(warnings.length - WARNINGS_SHOWN));
  return lines;
}

export async function runAnalyze(args: AnalyzeArgs, io: CliIO): Promise<Step<ExitCode>> {
  const loaded = await loadReport(args.file, args.nameHint, args.lang);
  if (!loaded.ok) return loaded;

  const { read, profile } = loaded.value;
  const analysis = summarize(profile, read.rows);
  const problems = [...read.warnings, ...profile.warnings, ...analysis.problems];
  const warnings = toWarnings(problems, args.lang, read.headerLine);
  const result = analyzeJson(loaded.value, analysis, warnings);

  if (args.json) io.out(JSON.stringify(result) + '\n');
  else io.out(analyzeSummary(result, loaded.value.name, args));
  return { ok: true, value: EXIT_OK };
}
