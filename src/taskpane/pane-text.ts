// Small pieces of pane text built from data: counts of accounts, the confidence of a detection,
// layout names, progress stages and firmographic column names.

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

/** A documented layout by its id (`azure-fy24`); the two special ids in words. */
export function layoutText(layout: string, lang: Lang): string {
  if (layout === 'newer') return t(lang, 'pane.report.layoutNewer');
  if (layout === 'unrecognized') return t(lang, 'pane.report.layoutUnrecognized');
  return layout;
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
