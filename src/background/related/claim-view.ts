import type { Claim } from '../../core/claims/claim.ts';
import type { Reason } from '../../core/conflicts/index.ts';
import type { RelatedClaimView } from '../../shared/report.ts';
import { languageNote } from './language-note.ts';

/** A stored claim as the popup and the page's card show it, with the reasons it was picked. */
export function claimView(
  claim: Claim,
  score: number,
  reasons: readonly Reason[],
  flags: { onThisPage: boolean; trusted: boolean; quoteLang?: string },
): RelatedClaimView {
  const note = languageNote(flags.quoteLang, claim.lang);
  return {
    claimId: claim.id,
    text: claim.text,
    speaker: claim.speaker?.name ?? null,
    outlet: claim.source.outlet,
    domain: claim.source.domain,
    url: claim.source.url,
    ...(claim.source.published ? { published: claim.source.published } : {}),
    score,
    reasons: [...reasons.map((r) => ({ code: r.code, text: r.text })), ...(note ? [note] : [])],
    onThisPage: flags.onThisPage,
    trusted: flags.trusted,
  };
}

/** Orders related claims for the reader: trusted outlets first, then by strength. */
export function byTrustThenScore(a: RelatedClaimView, b: RelatedClaimView): number {
  return Number(b.trusted) - Number(a.trusted) || b.score - a.score;
}
