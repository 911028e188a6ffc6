// Core's problems (from reading, detection, counting and targeting) as lines for the user.

import type { Lang, Problem } from '../core/types';
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
    message: formatProblem(problem, lang, { firstRow: headerLine + 1 }),
  }));
}

/**
 * Core tells the user to choose between Microsoft 365 and Surface; on the command line the way
 * to choose is --name-hint, so that is said right after.
 */
export function withCommandLineTips(warnings: Warning[], lang: Lang): Warning[] {
  const index = warnings.findIndex((warning) => warning.code === 'm365-or-surface');
  if (index < 0) return warnings;
  const tip = { code: 'name-hint-tip', message: MESSAGES[lang].nameHintTip };
  return [...warnings.slice(0, index + 1), tip, ...warnings.slice(index + 1)];
}
