import type { Claim } from '../../core/claims/index.ts';
import { judgeClaims } from '../../core/conflicts/index.ts';
import type { RelatedClaimView } from '../../shared/report.ts';
import { claimView } from './claim-view.ts';

/** Pairs judged within one page at most; pages with many quotes compare only pairs that share keys. */
const maxPairs = 2_000;

function sharedKeys(a: Claim, b: Claim): number {
  const keys = new Set([...a.keys.terms, ...a.keys.entities]);
  return [...b.keys.terms, ...b.keys.entities].filter((k) => keys.has(k)).length;
}

/**
 * Conflicts between quotes of one page said by different speakers (the two sides of a story, reported in
 * one article), by quote index; each is marked "on this page".
 */
export function conflictsOnPage(claims: readonly Claim[]): Map<number, RelatedClaimView[]> {
  const found = new Map<number, RelatedClaimView[]>();
  let pairs = 0;
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length && pairs < maxPairs; j++) {
      const a = claims[i]!;
      const b = claims[j]!;
      const sa = a.speaker?.name.toLowerCase();
      const sb = b.speaker?.name.toLowerCase();
      if (!sa || !sb || sa === sb || sharedKeys(a, b) < 2) continue;
      pairs += 1;
      const judgement = judgeClaims(
        { text: a.text, speaker: a.speaker?.name ?? null },
        { text: b.text, speaker: b.speaker?.name ?? null },
      );
      if (judgement.relation !== 'conflict') continue;
      const flags = { onThisPage: true, trusted: false };
      found.set(i, [...(found.get(i) ?? []), claimView(b, judgement.score, judgement.reasons, flags)]);
      found.set(j, [...(found.get(j) ?? []), claimView(a, judgement.score, judgement.reasons, flags)]);
    }
  }
  return found;
}
