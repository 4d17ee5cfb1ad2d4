import type { QuoteKind, SpeakerKind, Stance } from '../quotes/types.ts';
import type { Claim, ClaimKeys, ClaimOrigin, ClaimSelectors, ClaimSource } from './claim.ts';
import { claimId } from './claim-id.ts';
import { claimKeys } from './keys.ts';
import { normalizeClaim } from './normalize.ts';

/** What a claim is made from: a quote found on a page or in a feed, or a reader's selection. */
export interface ClaimParts {
  text: string;
  speaker: { name: string; kind: SpeakerKind } | null;
  cue: { text: string; lemma: string; stance: Stance } | null;
  kind: QuoteKind | 'statement';
  source: ClaimSource;
  origin: ClaimOrigin;
  selectors?: ClaimSelectors;
  /** The language of the page the claim was read on. */
  lang?: string;
}

/** The retrieval keys of a claim's text, computed the same way for every claim whatever its origin. */
export function keysFor(text: string, speaker: string | null, stance?: Stance, date?: string): ClaimKeys {
  return claimKeys(
    normalizeClaim({ text, speaker, ...(stance ? { cueStance: stance } : {}), ...(date ? { date } : {}) }),
  );
}

/** A claim ready for the store: its stable id (URL, text, speaker) and its retrieval keys. */
export function makeClaim(parts: ClaimParts, collected: number): Claim {
  const speakerName = parts.speaker?.name ?? null;
  return {
    id: claimId(parts.source.url, parts.text, speakerName),
    text: parts.text,
    speaker: parts.speaker,
    cue: parts.cue,
    kind: parts.kind,
    source: parts.source,
    collected,
    origin: parts.origin,
    keys: keysFor(parts.text, speakerName, parts.cue?.stance, parts.source.published),
    ...(parts.selectors ? { selectors: parts.selectors } : {}),
    ...(parts.lang ? { lang: parts.lang } : {}),
  };
}

/** The same claim with its keys computed afresh (imported claims' keys are never trusted). */
export function withFreshKeys(claim: Claim): Claim {
  return {
    ...claim,
    keys: keysFor(claim.text, claim.speaker?.name ?? null, claim.cue?.stance, claim.source.published),
  };
}
