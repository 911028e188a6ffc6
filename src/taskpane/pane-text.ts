// Small pieces of pane text built from data: counts of accounts, the confidence of a detection,
// layout names, progress stages and firmographic column names.

import { ENGLISH_MONTHS, PORTUGUESE_MONTHS } from '../core/month-names';
import type { ColumnKind, Lang } from '../core/types';
import type { WorkStage } from '../excel/types';
import { formatWhole, t } from '../i18n';
import type { MessageKey } from '../i18n';
import type { WorkKind } from './use-work';

/** `1 account`, `1,200 accounts` / `1.200 contas`. */
export function accountsText(count: number, lang: Lang): string {
  const key = count === 1 ? 'pane.accountsOne' : 'pane.accountsMany';
  return t(lang, key, { count: formatWhole(count, lang) });
}

/** `High (92%)`: a word first, because a bare percentage says little about what to do. */
export function confidenceText(confidence: number, lang: Lang): string {
  const percent = Math.round(Math.min(1, Math.max(0, confidence)) * 100);
  const level: MessageKey =
    percent >= 80 ? 'confidence.high' : percent >= 50 ? 'confidence.medium' : 'confidence.low';
  return t(lang, 'pane.report.confidenceValue', { level: t(lang, level), percent });
}

/**
 * A documented layout in words, as the CLI names it: `azure-fy24` is `FY24`, `m365-2020-12` is
 * `December 2020` / `dezembro de 2020`; a partner knows the download's date, not our ids.
 */
export function layoutText(layout: string, lang: Lang): string {
  if (layout === 'newer') return t(lang, 'pane.report.layoutNewer');
  if (layout === 'unrecognized') return t(lang, 'pane.report.layoutUnrecognized');
  const fiscal = /-fy(\d{2})$/i.exec(layout);
  if (fiscal !== null) return t(lang, 'pane.report.layoutFiscal', { year: fiscal[1] ?? '' });
  const dated = /-(\d{4})-(\d{2})$/.exec(layout);
  const month = dated === null ? undefined : monthName(Number(dated[2]), lang);
  if (dated === null || month === undefined) return layout;
  return t(lang, 'pane.report.layoutDated', { month, year: dated[1] ?? '' });
}

function monthName(month: number, lang: Lang): string | undefined {
  if (lang === 'pt-BR') return PORTUGUESE_MONTHS[month - 1];
  const name = ENGLISH_MONTHS[month - 1];
  return name === undefined ? undefined : name.charAt(0).toUpperCase() + name.slice(1);
}

const WORK_KEYS: Readonly<Record<WorkKind, MessageKey>> = {
  inspect: 'pane.work.inspect',
  choose: 'pane.work.choose',
  apply: 'pane.work.apply',
  explain: 'pane.work.explain',
  reset: 'pane.work.reset',
  import: 'pane.work.import',
  repair: 'pane.work.repair',
};

export function workText(kind: WorkKind, lang: Lang): string {
  return t(lang, WORK_KEYS[kind]);
}

const STAGE_KEYS: Readonly<Record<WorkStage, MessageKey>> = {
  read: 'pane.stage.read',
  write: 'pane.stage.write',
  filter: 'pane.stage.filter',
  sort: 'pane.stage.sort',
  format: 'pane.stage.format',
  notes: 'pane.stage.notes',
  reset: 'pane.stage.reset',
  import: 'pane.stage.import',
};

export function stageText(stage: WorkStage, lang: Lang): string {
  return t(lang, STAGE_KEYS[stage]);
}

const FILTER_KEYS: Partial<Record<ColumnKind, MessageKey>> = {
  subSegment: 'pane.column.subSegment',
  industry: 'pane.column.industry',
  vertical: 'pane.column.vertical',
  country: 'pane.column.country',
  state: 'pane.column.state',
  city: 'pane.column.city',
  orgSize: 'pane.column.orgSize',
};

/** A firmographic column's name in the user's language; its header when its kind is unknown. */
export function filterColumnText(header: string, kind: ColumnKind | undefined, lang: Lang): string {
  const key = kind === undefined ? undefined : FILTER_KEYS[kind];
  return key === undefined ? header : t(lang, key);
}
