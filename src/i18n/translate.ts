// Looks a message up in the user's language and fills its `{placeholders}`. Explanations call
// this hundreds of thousands of times for a large report, so each template is split into its
// literal and placeholder pieces once.

import type { Lang } from '../core/types';
import { messagesEn } from './messages-en';
import type { MessageKey } from './messages-en';
import { messagesPtBr } from './messages-pt-br';

export type MessageParams = Readonly<Record<string, string | number>>;

const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en: messagesEn,
  'pt-BR': messagesPtBr,
};

const PLACEHOLDER = /\{(\w+)\}/;

/** Even indexes hold literal text, odd indexes placeholder names. */
type Pieces = readonly string[];

const compiled: Record<Lang, Map<MessageKey, Pieces>> = { en: new Map(), 'pt-BR': new Map() };

/** The placeholder names of a template, in order (`{count} of {total}` → count, total). */
export function placeholders(template: string): string[] {
  return template.split(PLACEHOLDER).filter((_, i) => i % 2 === 1);
}

/** True when `key` names a message, so callers can fall back for codes they do not know. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messagesEn, key);
}

/**
 * The message for `key` in `lang` with each `{name}` replaced by `params.name`. A placeholder
 * without a value stays visible as `{name}`, which the catalogue tests would have caught.
 */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  let pieces = compiled[lang].get(key);
  if (pieces === undefined) {
    pieces = CATALOGUES[lang][key].split(PLACEHOLDER);
    compiled[lang].set(key, pieces);
  }
  if (pieces.length === 1) return pieces[0];

  let text = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const value = params?.[pieces[i]];
    text += (value === undefined ? `{${pieces[i]}}` : String(value)) + pieces[i + 1];
  }
  return text;
}

/**
 * The catalogue language for a BCP 47 tag (`pt-BR`, `pt_br`, `en-US`). Every Portuguese tag,
 * Portugal's included, gets Brazilian Portuguese, the only Portuguese catalogue; anything else
 * gets English.
 */
export function resolveLang(tag: string | undefined): Lang {
  if (tag === undefined) return 'en';
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'pt' ? 'pt-BR' : 'en';
}
