import type { Claim } from '../../claims/index.ts';
import { normalizeClaim, type NormalizedClaim } from '../../claims/index.ts';
import { judgeClaims } from '../judge.ts';
import { defaultModel } from '../model.ts';
import type { ConflictQueryOptions } from '../rank.ts';
import { shownTier } from '../tier.ts';
import { featureInput } from './readings.ts';
import { claimView, type RelatedClaimView } from './claim-view.ts';

/** Pairs judged within one page at most; pages with many quotes compare only pairs that share keys. */
const MAX_PAIRS = 2_000;
/** Keys two quotes of one page must share to be compared at all. */
const MIN_SHARED_KEYS = 2;

function sharedKeys(a: Claim, b: Claim): number {
  const keys = new Set([...a.keys.terms, ...a.keys.entities]);
  return [...b.keys.terms, ...b.keys.entities].filter((k) => keys.has(k)).length;
}

function add(map: Map<number, RelatedClaimView[]>, index: number, view: RelatedClaimView): void {
  map.set(index, [...(map.get(index) ?? []), view]);
}

/**
 * Quotes of one page said by different speakers that the judge sets against each other (the two sides of a
 * story, reported in one article), by quote index, each marked "on this page". They are other accounts, never
 * disputes: the article itself already puts both sides before the reader, and a quote is marked disputed only
 * when another source says otherwise. A pairing the judge would dispute without a reason in words is dropped.
 */
export function accountsOnPage(
  claims: readonly Claim[],
  options: ConflictQueryOptions = {},
): Map<number, RelatedClaimView[]> {
  const judge = options.judge ?? judgeClaims;
  const model = options.model ?? defaultModel;
  const found = new Map<number, RelatedClaimView[]>();
  const readings = new Map<number, NormalizedClaim>();
  const read = (i: number): NormalizedClaim => {
    let reading = readings.get(i);
    if (!reading) {
      const claim = claims[i]!;
      reading = normalizeClaim(featureInput(claim));
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
      const tier = shownTier(judgement, options.minScore);
      const flags = { onThisPage: true, trusted: false };
      const toA = claimView(b, judgement.score, judgement.reasons, flags);
      const toB = claimView(a, judgement.score, judgement.reasons, flags);
      if (tier === 'none') continue;
      add(found, i, toA);
      add(found, j, toB);
    }
  }
  return found;
}
