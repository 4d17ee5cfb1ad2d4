import type { Claim } from '../../claims/claim.ts';
import { normalizeClaim, type NormalizedClaim } from '../../claims/normalize.ts';
import { judgeClaims } from '../judge.ts';
import { defaultModel } from '../model.ts';
import type { ConflictQueryOptions } from '../rank.ts';
import { tierOf } from '../tier.ts';
import { claimView, hasReason, type RelatedClaimView } from './claim-view.ts';

/** Pairs judged within one page at most; pages with many quotes compare only pairs that share keys. */
const MAX_PAIRS = 2_000;
/** Keys two quotes of one page must share to be compared at all. */
const MIN_SHARED_KEYS = 2;

function sharedKeys(a: Claim, b: Claim): number {
  const keys = new Set([...a.keys.terms, ...a.keys.entities]);
  return [...b.keys.terms, ...b.keys.entities].filter((k) => keys.has(k)).length;
}

/** What one page says against itself: per quote index, the disputes and the other accounts of other speakers. */
export interface OnPage {
  conflicts: Map<number, RelatedClaimView[]>;
  otherAccounts: Map<number, RelatedClaimView[]>;
}

function add(map: Map<number, RelatedClaimView[]>, index: number, view: RelatedClaimView): void {
  map.set(index, [...(map.get(index) ?? []), view]);
}

/**
 * Quotes of one page said by different speakers that the judge sets against each other (the two sides of a
 * story, reported in one article), by quote index; each is marked "on this page". A dispute needs a reason in
 * words like any other; the judge's other accounts are listed apart.
 */
export function conflictsOnPage(claims: readonly Claim[], options: ConflictQueryOptions = {}): OnPage {
  const judge = options.judge ?? judgeClaims;
  const model = options.model ?? defaultModel;
  const found: OnPage = { conflicts: new Map(), otherAccounts: new Map() };
  const readings = new Map<number, NormalizedClaim>();
  const read = (i: number): NormalizedClaim => {
    let reading = readings.get(i);
    if (!reading) {
      const claim = claims[i]!;
      reading = normalizeClaim({ text: claim.text, speaker: claim.speaker?.name ?? null });
      readings.set(i, reading);
    }
    return reading;
  };
  let pairs = 0;
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length && pairs < MAX_PAIRS; j++) {
      const a = claims[i]!;
      const b = claims[j]!;
      const sa = a.speaker?.name.toLowerCase();
      const sb = b.speaker?.name.toLowerCase();
      if (!sa || !sb || sa === sb || sharedKeys(a, b) < MIN_SHARED_KEYS) continue;
      pairs += 1;
      const judgement = judge(read(i), read(j), model);
      const tier = tierOf(judgement, options.minScore);
      const flags = { onThisPage: true, trusted: false };
      const toA = claimView(b, judgement.score, judgement.reasons, flags);
      const toB = claimView(a, judgement.score, judgement.reasons, flags);
      // A dispute without a reason in words is neither drawn nor listed: it is most often two unrelated lines.
      if (tier === 'none' || (tier === 'disputed' && !hasReason(toA))) continue;
      const into = tier === 'disputed' ? found.conflicts : found.otherAccounts;
      add(into, i, toA);
      add(into, j, toB);
    }
  }
  return found;
}
