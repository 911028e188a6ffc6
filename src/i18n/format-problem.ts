// Problems and detection evidence are data in core (`code` + `params`); this turns them into a
// sentence in the user's language. A code without a message still gives a readable line, so a
// new code from core can never crash a host or show nothing.

import type { Evidence, Lang, Problem } from '../core/types';
import { isReportType, reportTypeLabel } from './labels';
import { isMessageKey, t } from './translate';
import type { MessageParams } from './translate';

export interface FormatProblemOptions {
  /**
   * The host's number for data row 1 (a sheet row or file line), so that "row 7" in a
   * message points where the user looks. Core counts data rows from 1; the default keeps that.
   */
  firstRow?: number;
}

/** How parameters whose values are codes are shown; `undefined` keeps the value as given. */
const CODED_PARAMS: Readonly<Record<string, (value: string, lang: Lang) => string | undefined>> = {
  type: reportType,
  likely: reportType,
  other: reportType,
  order: (value, lang) => message(`dateOrder.${value}`, lang),
  basis: (value, lang) => message(`basis.${value}`, lang),
};

function reportType(value: string, lang: Lang): string | undefined {
  return isReportType(value) ? reportTypeLabel(value, lang) : undefined;
}

function message(key: string, lang: Lang): string | undefined {
  return isMessageKey(key) ? t(lang, key) : undefined;
}

/**
 * Parameter values that are themselves codes (a report type, a date order, why a type was
 * decided), shown in the user's language; every other value is shown as core gave it.
 */
function localizeParams(params: MessageParams | undefined, lang: Lang): MessageParams {
  if (params === undefined) return {};
  const shown: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    const localize = Object.prototype.hasOwnProperty.call(CODED_PARAMS, name)
      ? CODED_PARAMS[name]
      : undefined;
    if (localize === undefined || typeof value !== 'string') continue;
    shown[name] = localize(value, lang) ?? value;
  }
  return shown;
}

function details(params: MessageParams | undefined): string {
  if (params === undefined) return '';
  return Object.entries(params)
    .map(([name, value]) => `${name} ${String(value)}`)
    .join(', ');
}

/**
 * The key to use for `base`: its `.one` variant when the count is 1 and the catalogue has one,
 * so that a message reads "A title line was skipped" instead of "1 title line(s)".
 */
function counted(base: string, params: MessageParams | undefined): string {
  const one = `${base}.one`;
  return params?.count === 1 && isMessageKey(one) ? one : base;
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
  const params = withRow(problem.params, options);
  const key = counted(`problem.${problem.code}`, params);
  let message: string;
  if (isMessageKey(key)) {
    message = t(lang, key, localizeParams(params, lang));
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
  const key = counted(`evidence.${evidence.code}`, evidence.params);
  if (isMessageKey(key)) return t(lang, key, localizeParams(evidence.params, lang));
  const text = details(evidence.params);
  return text === ''
    ? t(lang, 'evidence.unknown', { code: evidence.code })
    : t(lang, 'evidence.unknownWithDetails', { code: evidence.code, details: text });
}
