import type { Claim } from '../../claims/index.ts';
import type { RankedConflict, ConflictQueryOptions } from '../rank.ts';
import { agreeingClaims } from './agreement.ts';
import type { Candidate, CandidateSource } from './candidate-source.ts';
import {
  byTrustThenScore,
  claimView,
  hasReason,
  type RelatedClaimView,
  type SourceTrust,
} from './claim-view.ts';
import { checkReadings, type CheckReadings } from './readings.ts';
import { rankSearch } from './rank-search.ts';
import { withSynonyms } from '../synonyms.ts';

/** Days either side of a claim's date within which other claims count as news of the same story. */
export const WINDOW_DAYS = 45;
/** Related claims shown per quote, in each tier. */
const SHOWN = 10;

/** What the reader decided about sources, and the ranking's own options (a test seam for the judge among them). */
export interface RelatedOptions extends ConflictQueryOptions {
  /** How the reader trusts the outlet of a URL; every outlet is neutral when absent. */
  trustOf?: (url: string) => SourceTrust;
}

/** What other sources say about one claim: disputes, other accounts of the same point, and agreeing reports. */
export interface Related {
  /** Claims that dispute it, each with at least one reason in words: drawn, counted, badged. */
  conflicts: RelatedClaimView[];
  /** Claims about the same point the judge does not call disputed: listed only, never marked or counted. */
  otherAccounts: RelatedClaimView[];
  agreeing: RelatedClaimView[];
}

/** The window of news a claim belongs to: `WINDOW_DAYS` either side of its article's date, when it has one. */
export function timeWindow(claim: Claim): { since?: number; until?: number } {
  const at = claim.source.published ? Date.parse(claim.source.published) : Number.NaN;
  if (!Number.isFinite(at)) return {};
  const span = WINDOW_DAYS * 86_400_000;
  return { since: at - span, until: at + span };
}

interface Ranked {
  ranked: RankedConflict[];
  candidates: Candidate[];
  readings: CheckReadings;
}

async function rank(source: CandidateSource, claim: Claim, options: RelatedOptions): Promise<Ranked> {
  // "Negotiations … hosted by the Vatican" and "Istanbul remains the venue for direct talks" share no word, only
  // a meaning: the query looks up, and ranks by, the words of its words' meanings too.
  const query: Claim = { ...claim, keys: { ...claim.keys, terms: withSynonyms(claim.keys.terms) } };
  const search = await source.search({
    keys: query.keys,
    ...(claim.source.url ? { excludeUrl: claim.source.url } : {}),
    ...timeWindow(claim),
  });
  const trust = options.trustOf;
  // An ignored outlet is never shown, nor counted.
  const candidates = trust
    ? search.candidates.filter((c) => trust(c.claim.source.url) !== 'ignored')
    : search.candidates;
  const readings = checkReadings();
  const reading = readings.fresh(claim).dated;
  return { ranked: rankSearch(query, reading, search, candidates, readings, options), candidates, readings };
}

/**
 * The related claims of a claim in ranking order, as the reader's check ranks them: for the CLI's `conflicts
 * --all` and the retrieval evaluation, which measure the ranking itself.
 */
export async function rankRelatedClaims(
  source: CandidateSource,
  claim: Claim,
  options: RelatedOptions = {},
): Promise<RankedConflict[]> {
  return (await rank(source, claim, options)).ranked;
}

/**
 * Finds what other sources say about a claim: candidates from the source (never the claim's own page, never an
 * ignored outlet, within the time window), ranked and judged by the core's one ranking; disputes with reasons,
 * other accounts of the same point, and reports that agree. Trusted outlets come first in each list.
 */
export async function findRelated(
  source: CandidateSource,
  claim: Claim,
  options: RelatedOptions = {},
): Promise<Related> {
  const { ranked, candidates, readings } = await rank(source, claim, {
    limit: SHOWN,
    ...options,
    rankAll: false,
  });
  const byId = new Map(candidates.map((c) => [c.claim.id, c.claim]));
  const trusted = (c: Claim) => options.trustOf?.(c.source.url) === 'trusted';
  const conflicts: RelatedClaimView[] = [];
  const otherAccounts: RelatedClaimView[] = [];
  for (const r of ranked) {
    const other = byId.get(r.id);
    if (!other) continue;
    const view = claimView(other, r.score, r.reasons, {
      onThisPage: false,
      trusted: trusted(other),
      quoteLang: claim.lang,
    });
    // A dispute the judge cannot explain in words is not shown as one: the reader is owed the reason.
    if (r.tier === 'disputed' && hasReason(view)) conflicts.push(view);
    else if (r.tier === 'other-account') otherAccounts.push(view);
  }
  const agreeing = agreeingClaims(claim, candidates, new Set(ranked.map((r) => r.id)), readings, options).map(
    ({ other, judgement }) =>
      claimView(other, judgement.score, judgement.reasons, {
        onThisPage: false,
        trusted: trusted(other),
        quoteLang: claim.lang,
      }),
  );
  return {
    conflicts: conflicts.sort(byTrustThenScore),
    otherAccounts: otherAccounts.sort(byTrustThenScore),
    agreeing,
  };
}
