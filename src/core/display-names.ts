// Names shown inside explanations. Headers are written for databases (`M365_CoPilot_Cluster`,
// `HasD365`, `Azure_Migrate and Modernize VMware to Azure`); a partner reads product and play
// names. Product names are brands, the same in every language, so core decides them.

import { foldKey } from './fold';
import type { ColumnInfo } from './types';

/** Brand names for the abbreviations the reports use in ownership headers. */
const BRANDS: Readonly<Record<string, string>> = {
  azure: 'Azure',
  m365: 'Microsoft 365',
  microsoft365: 'Microsoft 365',
  o365: 'Office 365',
  office365: 'Office 365',
  d365: 'Dynamics 365',
  dynamics365: 'Dynamics 365',
  aws: 'AWS',
  google: 'Google',
};

/** Subjects of a competitor column that name no competitor (`Has_Compete`). */
const UNNAMED_COMPETITORS = new Set(['compete', 'competitor', 'competition']);

const UNDERSCORES = /_+/g;
const SPACES = /\s+/g;
const CLUSTER_WORD = /[\s_-]*cluster$/i;
// `Has` followed by a capital, digit or separator; `Hashtag` is not `Has tag`.
const HAS_PREFIX = /^[Hh][Aa][Ss](?=[\s_A-Z0-9]|$)[\s_]*/;
const AREA_PREFIX = /^[A-Za-z0-9]{2,12}_(?=\S)/;
const CAMEL_BREAK = /([a-z])(?=[A-Z0-9])|([0-9])(?=[A-Za-z])|([A-Z])(?=[A-Z][a-z])/g;

function tidy(text: string): string {
  return text.replace(UNDERSCORES, ' ').replace(SPACES, ' ').trim();
}

/** `M365_CoPilot` → `M365 CoPilot`; a cluster column without a product uses its header. */
export function productDisplayName(column: ColumnInfo): string {
  const raw = column.product ?? column.header.replace(CLUSTER_WORD, '');
  return tidy(raw) || column.header;
}

/** What an ownership or competitor flag is about: `Has Azure` → `Azure`, `HasM365` → `Microsoft 365`. */
export function flagSubject(header: string): string {
  const subject = tidy(header.replace(HAS_PREFIX, ''));
  return BRANDS[foldKey(subject)] ?? subject;
}

/** A competitor's name, or `''` when the column only says "a competitor" (`Has_Compete`). */
export function competitorName(header: string): string {
  const subject = flagSubject(header);
  return UNNAMED_COMPETITORS.has(foldKey(subject)) ? '' : subject;
}

/**
 * A solution play's short name: the area prefix goes (`Azure_`, `MW_`), the underscores that
 * stand for slashes become slashes (`Office 2016_2019` → `Office 2016/2019`), and 2021's
 * CamelCase dataset names get their spaces back.
 */
export function cohortShortName(header: string): string {
  let name = header.trim().replace(AREA_PREFIX, '');
  if (!name.includes(' ') && !name.includes('_')) name = name.replace(CAMEL_BREAK, '$1$2$3 ');
  name = name.replace(/\s*_+\s*/g, '/');
  return name.replace(SPACES, ' ').trim() || header;
}
