import type { Claim, ClaimKeys } from '../../claims/index.ts';
import type { ClaimReadings } from '../claim-features.ts';

/** What a search for one claim's candidates asks of a claim store. */
export interface CandidateRequest {
  /** The query claim's retrieval keys (terms and entities are looked up). */
  keys: ClaimKeys;
  /** Leave out claims of this article (compared by canonical URL): a page does not contradict itself. */
  excludeUrl?: string;
  /** Epoch ms: only claims said (published, else collected) at or after this. */
  since?: number;
  /** Epoch ms: only claims said at or before this. */
  until?: number;
}

/** One candidate a store found: the claim, and its normalised readings when the store keeps them. */
export interface Candidate {
  claim: Claim;
  /** The claim read for the judge; absent, it is read from its text. */
  readings?: () => ClaimReadings;
}

/** The answer of a candidate source: the candidates, best first, and what the ranking needs to weigh keys. */
export interface CandidateSearch {
  candidates: Candidate[];
  /**
   * How many claims hold each of the query's keys, by field key (`fieldKey`): exact up to `SEARCH.perKey`,
   * `SEARCH.perKey + 1` for a key held by more (too common to rank by).
   */
  counts: ReadonlyMap<string, number>;
  /** How many claims the store holds. */
  total: number;
}

/**
 * Where the conflict finder looks for claims: the extension's IndexedDB store and the CLI's in-memory index both
 * implement it, with the same gathering policy (`SEARCH`, `orderPostings`), so both feed one ranking.
 */
export interface CandidateSource {
  search(request: CandidateRequest): Promise<CandidateSearch>;
}

/** Sizes of the candidate search, shared by every source so that they find the same claims. */
export const SEARCH = {
  /** Candidates returned per query. */
  candidates: 80,
  /**
   * Ids read per key. A key held by more claims says little about the story (its idf is near zero) and only
   * counts when no rarer key found anything; this bounds one query's work however large the store grows.
   */
  perKey: 300,
  /** Most distinct keys of each field looked up; a quote has far fewer, a hostile one is cut here. */
  maxKeys: 64,
} as const;

/** The query's keys a source looks up, per field, de-duplicated and capped. */
export function lookupKeys(keys: ClaimKeys): { terms: string[]; entities: string[] } {
  return {
    terms: [...new Set(keys.terms)].slice(0, SEARCH.maxKeys),
    entities: [...new Set(keys.entities)].slice(0, SEARCH.maxKeys),
  };
}
