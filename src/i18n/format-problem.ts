// Problems and detection evidence are data in core (`code` + `params`); this turns them into a
// sentence in the user's language. A code without a message still gives a readable line, so a
// new code from core can never crash a host or show nothing.

import type { Evidence, Lang, Problem } from '../core/types';
import type { MessageKey } from './messages-en';
import { isMessageKey, t } from './translate';
import type { MessageParams } from './translate';

export interface FormatProblemOptions {
  /**
   * The host's number for data row 1 (a sheet row or file line), so that "row 7" in a
   * message points where the user looks. Core counts data rows from 1; the default keeps that.
   */
  firstRow?: number;
}

/** Parameter values that are themselves codes, shown in the user's language. */
function localizeParams(code: string, params: MessageParams, lang: Lang): MessageParams {
  if (code === 'ambiguous-date-order' && (params.order === 'MDY' || params.order === 'DMY')) {
    return { ...params, order: t(lang, `dateOrder.${params.order}`) };
  }
  return params;
}

function details(params: MessageParams | undefined): string {
  if (params === undefined) return '';
  return Object.entries(params)
    .map(([name, value]) => `${name} ${String(value)}`)
    .join(', ');
}

function withRow(params: MessageParams | undefined, options: FormatProblemOptions): MessageParams {
  const all = params ?? {};
  const firstRow = options.firstRow ?? 1;
  if (typeof all.row !== 'number' || firstRow === 1) return all;
  return { ...all, row: all.row - 1 + firstRow };
}

/** One sentence for a problem, starting with its line number when it has one. */
export function formatProblem(
  problem: Problem,
  lang: Lang,
  options: FormatProblemOptions = {},
): string {
  const key = `problem.${problem.code}`;
  const params = withRow(problem.params, options);
  let message: string;
  if (isMessageKey(key)) {
    message = t(lang, key, localizeParams(problem.code, params, lang));
  } else {
    const text = details(problem.params);
    message =
      text === ''
        ? t(lang, 'problem.unknown', { code: problem.code })
        : t(lang, 'problem.unknownWithDetails', { code: problem.code, details: text });
  }
  return problem.line === undefined
    ? message
    : t(lang, 'problem.atLine', { line: problem.line, message });
}

/** One phrase for a piece of detection evidence. */
export function formatEvidence(evidence: Evidence, lang: Lang): string {
  const key = `evidence.${evidence.code}`;
  if (isMessageKey(key)) return t(lang, key as MessageKey, evidence.params);
  const text = details(evidence.params);
  return text === ''
    ? t(lang, 'evidence.unknown', { code: evidence.code })
    : t(lang, 'evidence.unknownWithDetails', { code: evidence.code, details: text });
}
