// One fake customer account: firmographics, identifiers and a hidden propensity that makes the
// products' Fit, Intent and cluster agree with each other the way real scores tend to.

import { makeCompany, type Trade } from './companies';
import { BRAZIL, ELSEWHERE, UNITED_STATES, type Place } from './places';
import type { Prng } from './prng';

export type SampleCluster = 'Act Now' | 'Evaluate' | 'Nurture' | 'Educate' | '';

export interface Score {
  fit?: number;
  intent?: number;
  cluster: SampleCluster;
}

export interface Account {
  customerId: string;
  duns: string;
  name: string;
  domain: string;
  employees: number;
  trade: Trade;
  place: Place;
  postalCode: string;
  subSegment: string;
  /** 0..1; high means every product is likelier to score well. */
  propensity: number;
  scores: Map<string, Score>;
}

export interface AccountOptions {
  /** Share of accounts from Brazil; the rest split between the US and elsewhere. */
  brazilShare: number;
  /** Share of customer IDs with 16 to 18 digits (newer TPIDs). */
  longIdShare: number;
  /** Whether names like `+Vida Farmácias` may appear. */
  formulaLikeNames: boolean;
  /** Sub-segment vocabulary of the report's year. */
  subSegments: readonly string[];
}

function pickPlace(rng: Prng, brazilShare: number): Place {
  const roll = rng.next();
  if (roll < brazilShare) return rng.pick(BRAZIL);
  if (roll < brazilShare + (1 - brazilShare) * 0.75) return rng.pick(UNITED_STATES);
  return rng.pick(ELSEWHERE);
}

function customerId(rng: Prng, longIdShare: number): string {
  if (rng.chance(longIdShare)) return String(rng.int(1, 9)) + rng.digits(rng.int(15, 17));
  // Older IDs are shorter; a few keep leading zeros from a fixed-width source system.
  if (rng.chance(0.12)) return `000${rng.digits(rng.int(5, 7))}`;
  return String(rng.int(1, 9)) + rng.digits(rng.int(6, 9));
}

/** Company size leans small, as in SMB reports: most under 100 employees, a few over 1,000. */
function employees(rng: Prng): number {
  const roll = rng.next();
  if (roll < 0.35) return rng.int(1, 24);
  if (roll < 0.75) return rng.int(25, 299);
  if (roll < 0.95) return rng.int(300, 999);
  return rng.int(1000, 4800);
}

function subSegmentFor(count: number, names: readonly string[]): string {
  // names: [largest, medium, small(, very small)]
  if (count >= 300) return names[0] ?? '';
  if (count >= 25) return names[1] ?? '';
  if (count >= 10 || names.length < 4) return names[2] ?? '';
  return names[3] ?? '';
}

export function makeAccount(rng: Prng, options: AccountOptions): Account {
  const place = pickPlace(rng, options.brazilShare);
  const company = makeCompany(rng, place, options.formulaLikeNames);
  const count = employees(rng);
  const hasDuns = rng.chance(0.93);
  return {
    customerId: customerId(rng, options.longIdShare),
    // D-U-N-S numbers are nine digits; those issued early start with zeros.
    duns: hasDuns ? (rng.chance(0.2) ? `00${rng.digits(7)}` : rng.digits(9)) : '',
    name: company.name,
    domain: rng.chance(0.9) ? `${company.slug}${place.tld}` : '',
    employees: count,
    trade: company.trade,
    place,
    postalCode: place.postalCode(rng),
    subSegment: subSegmentFor(count, options.subSegments),
    propensity: rng.next(),
    scores: new Map(),
  };
}

function bandIndex(score: number): number {
  if (score >= 75) return 0;
  if (score >= 55) return 1;
  if (score >= 30) return 2;
  return 3;
}

const CLUSTER_BY_RANK: readonly SampleCluster[] = ['Act Now', 'Evaluate', 'Nurture', 'Educate'];

/** Roughly normal noise in [-1, 1]. */
function noise(rng: Prng): number {
  return (rng.next() + rng.next() + rng.next()) / 1.5 - 1;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}

/**
 * The account's score for one product, made once and reused so that a product that appears in
 * two columns (a renewal report's cluster and a Fit column elsewhere) stays consistent.
 */
export function scoreFor(account: Account, product: string, rng: Prng): Score {
  const known = account.scores.get(product);
  if (known) return known;

  let score: Score;
  if (rng.chance(0.05)) {
    score = { cluster: '' };
  } else {
    const fit = clamp(account.propensity * 100 + noise(rng) * 30);
    const intent = clamp(account.propensity * 80 + noise(rng) * 40 + 10);
    // The cluster follows the Fit band, nudged one step by a strong or weak Intent, with a
    // little noise so that the matrix is not a perfect diagonal.
    let rank = bandIndex(fit);
    if (bandIndex(intent) === 0 && rank > 0) rank -= 1;
    if (bandIndex(intent) === 3 && rank < 3) rank += 1;
    if (rng.chance(0.08)) rank = rng.int(0, 3);
    score = { fit, intent, cluster: CLUSTER_BY_RANK[rank] ?? '' };
  }
  account.scores.set(product, score);
  return score;
}
