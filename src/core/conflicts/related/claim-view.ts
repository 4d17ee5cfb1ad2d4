import type { Claim } from '../../claims/index.ts';
import type { Reason } from '../types.ts';
import { LANGUAGE_NOTE, languageNote } from './language-note.ts';

/** How much the reader trusts an outlet: ranked first, neutral, or never shown. */
export type SourceTrust = 'trusted' | 'neutral' | 'ignored';

/** One reason, in words, why two claims are judged to conflict or agree. */
export interface ReasonView {
  code: string;
  text: string;
}

/** A claim from elsewhere that conflicts with, agrees with or gives another account of a quote on the page. */
export interface RelatedClaimView {
  claimId: string;
  text: string;
  speaker: string | null;
  outlet: string;
  domain: string;
  url: string;
  published?: string;
  score: number;
  reasons: ReasonView[];
  /** The claim was said on the same page, by another speaker. */
  onThisPage: boolean;
  /** The reader marked the claim's outlet as trusted. */
  trusted: boolean;
}

/** A stored claim as the popup and the page's card show it, with the reasons it was picked. */
export function claimView(
  claim: Claim,
  score: number,
  reasons: readonly Reason[],
  flags: { onThisPage: boolean; trusted: boolean; quoteLang?: string | undefined },
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

/** True when a related claim may be drawn or counted as disputed: the reader is owed a reason in words. */
export function hasReason(view: RelatedClaimView): boolean {
  // The note on a claim in another language says what was not judged; it is never a reason to dispute.
  return view.reasons.some((r) => r.code !== LANGUAGE_NOTE && r.text.trim().length > 0);
}
