// One short line per account from its structured reasons, e.g.
// `Act Now for Azure · Fit 82 (High), Intent 64 (Medium) → A2 · plays: Modernize VDI to AVD ·
// no Azure yet · uses AWS · bought in the last 36 months · potential $120,000`.
//
// The line fits a 300-character cell comment. When it would not, whole parts are dropped,
// least important first (play names, then ownership, competitors, recent purchases, renewal,
// revenue), rather than cutting a word in half.

import type { Lang, Reason } from '../core/types';
import { formatDate, formatMoney, formatScore } from './format-values';
import { bandLabel, clusterLabel } from './labels';
import { t } from './translate';

export const MAX_REASON_LENGTH = 300;

/** Play names shown before "+N more". */
const PLAYS_SHOWN = 3;
/** A play name longer than this is shortened at a word boundary. */
const PLAY_NAME_LENGTH = 40;

/** Parts with a lower weight are dropped first when the line is too long. */
const WEIGHT: Readonly<Record<Reason['kind'], number>> = {
  cohorts: 0,
  ownership: 1,
  competitor: 2,
  recent: 3,
  renewal: 4,
  revenue: 5,
  segment: 6,
  scores: 6,
  cluster: 7,
};

// A cell whose text starts like a formula is a host's concern, but this line never does.
const FORMULA_START = /^[=+\-@\s]+/;
// Headers and cells may hold line breaks; the explanation stays on one line.
const LINE_BREAKS = /[\r\n\t\u2028\u2029]+/g;

interface Part {
  text: string;
  weight: number;
  /** Present on the plays part: the names, so the part can shrink before it goes. */
  names?: readonly string[];
}

// A shortened name that ends on one of these reads as cut mid-phrase ("Extend Edge Inferencing
// with…"), so they go with the rest; play names are English in every language.
const DANGLING_END =
  /(?:\s+(?:a|an|and|by|for|from|in|of|on|or|the|to|using|via|with)|\s*[-–:/,&(+_])+$/i;
// What follows a play's name when another play refines it: `Modernize VDI to AVD: RDS IB`.
const REFINEMENT = /^\s*[:\-–(/]/;

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with `…`. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const words = (space > max / 2 ? cut.slice(0, space) : cut).trimEnd();
  const tidy = words.replace(DANGLING_END, '');
  return `${tidy === '' ? words : tidy}…`;
}

/**
 * Leaves out a play that another one refines (`Modernize VDI to AVD` beside `Modernize VDI to
 * AVD: RDS IB`): the specific name already says it, and the pair would read as a repeat.
 */
function withoutRefined(names: readonly string[]): readonly string[] {
  if (names.length < 2) return names;
  const lower = names.map((name) => name.toLowerCase());
  const refined = (i: number): boolean =>
    lower[i] !== '' &&
    lower.some(
      (other) =>
        other.length > lower[i].length &&
        other.startsWith(lower[i]) &&
        REFINEMENT.test(other.slice(lower[i].length)),
    );
  const kept = names.filter((_, i) => !refined(i));
  return kept.length === names.length ? names : kept;
}

function playsText(names: readonly string[], shown: number, lang: Lang): string {
  const listed = names.slice(0, shown).map((name) => shorten(name, PLAY_NAME_LENGTH));
  let list = listed.join(', ');
  if (names.length > shown)
    list += ` ${t(lang, 'reason.cohortsMore', { count: names.length - shown })}`;
  return t(lang, 'reason.cohorts', { names: list });
}

function scoresText(reason: Extract<Reason, { kind: 'scores' }>, lang: Lang): string {
  const scores: string[] = [];
  if (reason.fitBand !== undefined) {
    const band = bandLabel(reason.fitBand, lang);
    scores.push(
      reason.fit === undefined
        ? t(lang, 'reason.fitBand', { band })
        : t(lang, 'reason.fit', { score: formatScore(reason.fit, lang), band }),
    );
  }
  if (reason.intentBand !== undefined) {
    const band = bandLabel(reason.intentBand, lang);
    scores.push(
      reason.intent === undefined
        ? t(lang, 'reason.intentBand', { band })
        : t(lang, 'reason.intent', { score: formatScore(reason.intent, lang), band }),
    );
  }
  return scores.join(t(lang, 'reason.scoresJoin'));
}

function renewalText(reason: Extract<Reason, { kind: 'renewal' }>, lang: Lang): string {
  const date = reason.date === undefined ? undefined : formatDate(reason.date, lang);
  const amount =
    reason.expiringRevenue === undefined
      ? undefined
      : (reason.expiringRevenueText ?? formatMoney(reason.expiringRevenue, lang));
  if (date !== undefined && amount !== undefined) {
    return t(lang, 'reason.renewalBoth', { date, amount });
  }
  if (date !== undefined) return t(lang, 'reason.renewalDate', { date });
  return amount === undefined ? '' : t(lang, 'reason.renewalRevenue', { amount });
}

/** The text of one reason; the segment code is joined to the scores by the caller. */
function reasonText(reason: Reason, lang: Lang): string {
  switch (reason.kind) {
    case 'cluster':
      return t(lang, 'reason.cluster', {
        cluster: clusterLabel(reason.cluster, lang),
        product: reason.product,
      });
    case 'scores':
      return scoresText(reason, lang);
    case 'segment':
      return t(lang, 'reason.segment', { code: reason.code });
    case 'cohorts':
      return playsText(reason.names, PLAYS_SHOWN, lang);
    case 'ownership':
      return t(lang, reason.has ? 'reason.owns' : 'reason.ownsNot', { product: reason.product });
    case 'competitor':
      return reason.name === ''
        ? t(lang, 'reason.competitorUnnamed')
        : t(lang, 'reason.competitor', { name: reason.name });
    case 'recent':
      return t(lang, reason.transacted ? 'reason.recent' : 'reason.notRecent');
    case 'renewal':
      return renewalText(reason, lang);
    case 'revenue':
      return t(lang, 'reason.revenue', {
        amount: reason.text ?? formatMoney(reason.amount, lang),
      });
  }
}

function toParts(reasons: readonly Reason[], lang: Lang): Part[] {
  const parts: Part[] = [];
  for (const reason of reasons) {
    const previous = parts[parts.length - 1];
    if (reason.kind === 'segment' && previous?.weight === WEIGHT.scores && previous.text !== '') {
      // "Fit 82 (High), Intent 64 (Medium) → A2": the code reads as the scores' result.
      previous.text += ` ${t(lang, 'reason.segmentAfterScores', { code: reason.code })}`;
      continue;
    }
    const names = reason.kind === 'cohorts' ? withoutRefined(reason.names) : undefined;
    const text =
      names === undefined ? reasonText(reason, lang) : playsText(names, PLAYS_SHOWN, lang);
    if (text === '') continue;
    const part: Part = { text, weight: WEIGHT[reason.kind] };
    if (names !== undefined && names.length > 0) part.names = names;
    parts.push(part);
  }
  return parts;
}

function lineLength(parts: readonly Part[], separator: string): number {
  let length = separator.length * Math.max(0, parts.length - 1);
  for (const part of parts) length += part.text.length;
  return length;
}

/** Shrinks the plays part one name at a time, then drops the lightest parts, last first. */
function fit(parts: Part[], separator: string, lang: Lang): Part[] {
  const plays = parts.find((part) => part.names !== undefined);
  if (plays?.names !== undefined) {
    let shown = Math.min(PLAYS_SHOWN, plays.names.length);
    while (lineLength(parts, separator) > MAX_REASON_LENGTH && shown > 1) {
      shown--;
      plays.text = playsText(plays.names, shown, lang);
    }
  }

  const kept = [...parts];
  while (lineLength(kept, separator) > MAX_REASON_LENGTH && kept.length > 1) {
    let lightest = kept.length - 1;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].weight < kept[lightest].weight) lightest = i;
    }
    kept.splice(lightest, 1);
  }
  return kept;
}

/**
 * The reasons as one line of at most 300 characters in `lang`; `''` when there are none.
 * Reasons are rendered in the order given (build-reasons puts them in reading order).
 */
export function renderReasons(reasons: readonly Reason[], lang: Lang): string {
  const separator = t(lang, 'reason.separator');
  let parts = toParts(reasons, lang);
  if (lineLength(parts, separator) > MAX_REASON_LENGTH) parts = fit(parts, separator, lang);

  const line = parts
    .map((part) => part.text)
    .join(separator)
    .replace(LINE_BREAKS, ' ')
    .replace(FORMULA_START, '');
  return shorten(line, MAX_REASON_LENGTH);
}
