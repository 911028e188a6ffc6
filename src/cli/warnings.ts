// Core's problems (from reading, detection, counting and targeting) as lines for the user.

import type { Lang, Problem, ReportType } from '../core/types';
import { MESSAGES } from './messages';
import { formatProblem } from '../i18n';

export interface Warning {
  code: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  message: string;
}

/** Warnings listed one by one in a human summary; the rest are counted. */
export const WARNINGS_SHOWN = 10;

/** Which `--name-hint` makes the command line read a file as each report type. */
const NAME_HINTS: Partial<Record<ReportType, string>> = { m365: 'M365', surface: 'Surface' };

/**
 * Core's words for two problems suit the task pane, which has a report-type chooser and a
 * "recent only" switch; on the command line the way out is an option, so it is named instead.
 */
function commandLineMessage(problem: Problem, lang: Lang): string | undefined {
  const text = MESSAGES[lang];
  if (problem.code === 'no-recent-column') return text.recentOnlyNoColumn;
  if (problem.code !== 'm365-or-surface') return undefined;
  const likely = problem.params?.likely;
  const other = problem.params?.other;
  if (!isReportType(likely) || !isReportType(other)) return undefined;
  const hint = NAME_HINTS[other];
  if (hint === undefined) return undefined;
  return text.m365OrSurface(text.reportTypes[likely], text.reportTypes[other], hint);
}

function isReportType(value: unknown): value is ReportType {
  return (
    typeof value === 'string' &&
    Object.prototype.hasOwnProperty.call(MESSAGES.en.reportTypes, value)
  );
}

/**
 * `headerLine` lets problems that count data rows point at file lines instead; it is exact
 * unless a quoted cell above holds a line break.
 */
export function toWarnings(
  problems: readonly Problem[],
  lang: Lang,
  headerLine: number,
): Warning[] {
  return problems.map((problem) => ({
    code: problem.code,
    ...(problem.line === undefined ? {} : { line: problem.line }),
    message:
      commandLineMessage(problem, lang) ??
      formatProblem(problem, lang, { firstRow: headerLine + 1 }),
  }));
}
