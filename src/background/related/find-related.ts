import type { Claim } from '../../core/claims/claim.ts';
import { judgeClaims, type StoredClaim } from '../../core/conflicts/index.ts';
import { rankPrepared } from '../../core/conflicts/rank-candidates.ts';
import type { RelatedClaimView } from '../../shared/report.ts';
import type { Settings } from '../../shared/settings.ts';
import type { ClaimStore } from '../store/claim-store.ts';
import { trustOf } from '../sources.ts';
import { byTrustThenScore, claimView } from './claim-view.ts';
import { readingsOf } from './readings.ts';

/** Days either side of a claim's date within which other claims count as the same news. */
const windowDays = 45;
const candidateLimit = 80;
/**
 * Ids read per key. A key held by more claims than this says little about the story (its IDF is near zero),
 * so it is not followed further; this bounds the work of one query whatever the store's size.
 */
const perKeyLimit = 300;
/** Candidates judged for agreement: the ones sharing the most keys. */
const agreementChecks = 10;
const shownConflicts = 10;

/** Conflicting and agreeing claims from other pages for one claim. */
export interface Related {
  conflicts: RelatedClaimView[];
  agreeing: RelatedClaimView[];
}

function asStored(claim: Claim): StoredClaim {
  return {
    id: claim.id,
    text: claim.text,
    speaker: claim.speaker?.name ?? null,
    source: claim.source.outlet,
    url: claim.source.url,
    ...(claim.source.published ? { date: claim.source.published } : {}),
    keys: claim.keys,
  };
}

function timeWindow(claim: Claim): { since?: number; until?: number } {
  const at = claim.source.published ? Date.parse(claim.source.published) : Number.NaN;
  if (!Number.isFinite(at)) return {};
  const span = windowDays * 86_400_000;
  return { since: at - span, until: at + span };
}

/**
 * Finds what other sources say about a claim: candidates from the store by shared keys (never the same
 * page, never an ignored outlet), conflicts ranked by the core's judge, and reports that agree.
 */
export async function findRelated(store: ClaimStore, settings: Settings, claim: Claim): Promise<Related> {
  const [search, total] = await Promise.all([
    store.searchCandidates(claim.keys, {
      excludeUrl: claim.source.url,
      limit: candidateLimit,
      perKeyLimit,
      ...timeWindow(claim),
    }),
    store.count(),
  ]);
  const candidates = search.claims.filter((c) => trustOf(settings, c.source.url) !== 'ignored');
  if (candidates.length === 0) return { conflicts: [], agreeing: [] };
  // Keys over the cap count as held by every claim: BM25 gives them (almost) no weight.
  const df = (key: string, field: 'terms' | 'entities') =>
    search.common.has(key) ? total : (search.counts[field].get(key) ?? 0);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const trusted = (c: Claim) => trustOf(settings, c.source.url) === 'trusted';
  const lang = claim.lang ? { quoteLang: claim.lang } : {};

  // Each claim is read (normalised) once per check, from the reading stored beside it when there is one.
  const readings = readingsOf(search.features);
  const query = asStored(claim);
  const queryReadings = readings.fresh(query);
  const ranked = rankPrepared(
    query,
    queryReadings.dated,
    candidates.map((c) => {
      const stored = asStored(c);
      return { claim: stored, normalize: () => readings.of(stored).dated };
    }),
    { df, total },
    { limit: shownConflicts, excludeUrl: claim.source.url },
  );
  // A conflict the judge cannot explain in words is not shown: the reader is owed the reason.
  const conflicts = ranked.flatMap((r) => {
    const other = byId.get(r.id);
    return other && r.reasons.length > 0
      ? [claimView(other, r.score, r.reasons, { onThisPage: false, trusted: trusted(other), ...lang })]
      : [];
  });

  const conflicting = new Set(ranked.map((r) => r.id));
  // Agreement is judged on readings without the articles' dates, as it always was.
  const undatedQuery = queryReadings.undated();
  const agreeing = candidates
    .slice(0, agreementChecks)
    .filter((c) => !conflicting.has(c.id) && c.source.domain !== claim.source.domain)
    .flatMap((other) => {
      const judgement = judgeClaims(undatedQuery, readings.of(asStored(other)).undated());
      return judgement.relation === 'agree'
        ? [
            claimView(other, judgement.score, judgement.reasons, {
              onThisPage: false,
              trusted: trusted(other),
              ...lang,
            }),
          ]
        : [];
    });
  return { conflicts: conflicts.sort(byTrustThenScore), agreeing };
}
