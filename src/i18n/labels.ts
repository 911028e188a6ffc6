// Cluster, band and report-type names in the user's language. The report's own cells keep
// Microsoft's English labels; these are for explanations, summaries and the task pane.

import type { Band, ClusterCountKey, Lang, ReportType } from '../core/types';
import type { MessageKey } from './messages-en';
import { t } from './translate';

const CLUSTER_KEYS: Readonly<Record<ClusterCountKey, MessageKey>> = {
  'Act Now': 'cluster.actNow',
  Evaluate: 'cluster.evaluate',
  Nurture: 'cluster.nurture',
  Educate: 'cluster.educate',
  '(blank)': 'cluster.blank',
  '(other)': 'cluster.other',
};

const BAND_KEYS: Readonly<Record<Band, MessageKey>> = {
  High: 'band.high',
  Medium: 'band.medium',
  Low: 'band.low',
  'Very Low': 'band.veryLow',
};

const REPORT_KEYS: Readonly<Record<ReportType, MessageKey>> = {
  azure: 'report.azure',
  m365: 'report.m365',
  surface: 'report.surface',
  d365: 'report.d365',
  security: 'report.security',
  renewals: 'report.renewals',
  unknown: 'report.unknown',
};

/** `Act Now` → `Agir agora`; also the summary's `(blank)` and `(other)`. */
export function clusterLabel(cluster: ClusterCountKey, lang: Lang): string {
  return t(lang, CLUSTER_KEYS[cluster]);
}

export function bandLabel(band: Band, lang: Lang): string {
  return t(lang, BAND_KEYS[band]);
}

export function isReportType(value: string): value is ReportType {
  return Object.prototype.hasOwnProperty.call(REPORT_KEYS, value);
}

export function reportTypeLabel(type: ReportType, lang: Lang): string {
  return t(lang, REPORT_KEYS[type]);
}
