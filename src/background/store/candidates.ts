import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Claim } from '../../core/claims/index.ts';
import { canonicalUrl } from '../../core/claims/index.ts';
import type { PostingCache } from './posting-cache.ts';
import type { CounterclaimDB, StoredClaim } from './schema.ts';
import { toClaim } from './stored-claim.ts';

/** The keys of the claim whose candidates are wanted. */
export interface CandidateKeys {
  terms?: readonly string[];
  entities?: readonly string[];
}

/** Limits and filters on a candidate query. */
export interface CandidateOptions {
  /** Leave out claims from this article (compared by canonical URL): a page does not contradict itself. */
  excludeUrl?: string;
  /** Most claims returned; default 200. */
  limit?: number;
  /**
   * Most claim ids read per key, so a very common key cannot make a query read the whole store; a key held by
   * more claims than this is too common to rank by. Default 2,000.
   */
  perKeyLimit?: number;
  /** Epoch ms: only claims said (published date, else collected time) at or after this. */
  since?: number;
  /** Epoch ms: only claims said at or before this. */
  until?: number;
}

// Most distinct keys looked up per query; a quote has far fewer, a hostile one is cut here.
const MAX_QUERY_KEYS = 64;
const ENTITY_WEIGHT = 2;
const FETCH_BATCH = 64;

/** When a claim was said, as well as the store knows: its publication date when it parses, else when collected. */
export function claimTime(claim: Claim): number {
  const published = claim.source.published ? Date.parse(claim.source.published) : Number.NaN;
  return Number.isFinite(published) ? published : claim.collected;
}

/** Candidates with, for each key looked up, how many claims hold it (a key over the cap is reported as `common`). */
export interface CandidateSearch {
  claims: Claim[];
  /** Claims holding each key, by field; exact below the per-key cap. */
  counts: { terms: Map<string, number>; entities: Map<string, number> };
  /** Keys held by more claims than the per-key cap. */
  common: Set<string>;
  /** The normalised reading stored beside each candidate, by claim id, where one was stored. */
  features: Map<string, string>;
}

/**
 * Claims sharing any term or entity with the keys: the union of index lookups, ranked by how many keys they
 * share (an entity counts twice), capped per key and in total. The same lookups count how many claims hold
 * each key, so BM25 needs no second pass over the indexes.
 */
export async function searchCandidates(
  db: IDBPDatabase<CounterclaimDB>,
  keys: CandidateKeys,
  options: CandidateOptions = {},
  cache?: PostingCache,
): Promise<CandidateSearch> {
  const limit = options.limit ?? 200;
  const perKey = options.perKeyLimit ?? 2_000;
  const terms = [...new Set(keys.terms ?? [])].slice(0, MAX_QUERY_KEYS);
  const entities = [...new Set(keys.entities ?? [])].slice(0, MAX_QUERY_KEYS);
  const counts = { terms: new Map<string, number>(), entities: new Map<string, number>() };
  const common = new Set<string>();
  const features = new Map<string, string>();
  if (limit <= 0 || terms.length + entities.length === 0) return { claims: [], counts, common, features };

  const token = cache?.begin() ?? -1;
  // Opened on the first key the cache does not hold: a query served from memory makes no database request.
  let keyTx: IDBPTransaction<CounterclaimDB, ['claims'], 'readonly'> | null = null;
  const read = async (field: 'terms' | 'entities', key: string): Promise<readonly string[]> => {
    const cacheKey = `${field}\u0000${perKey}\u0000${key}`;
    const cached = cache?.get(cacheKey);
    if (cached) return cached;
    keyTx ??= db.transaction('claims', 'readonly');
    // One more than the cap tells a key that is too common apart from one that just reaches it.
    const ids = await keyTx
      .objectStore('claims')
      .index(field)
      .getAllKeys(key, perKey + 1);
    cache?.put(token, cacheKey, ids);
    return ids;
  };
  const lookup = async (field: 'terms' | 'entities', key: string, weight: number) => {
    const ids = await read(field, key);
    const isCommon = ids.length > perKey;
    counts[field].set(key, ids.length);
    if (isCommon) common.add(key);
    return { weight, ids: ids.slice(0, perKey), common: isCommon };
  };
  const lookups = await Promise.all([
    ...terms.map((term) => lookup('terms', term, 1)),
    ...entities.map((entity) => lookup('entities', entity, ENTITY_WEIGHT)),
  ]);
  // A key held by more claims than the cap says little (its IDF is near zero) and its capped sample is arbitrary:
  // it counts only when no rarer key found anything.
  const rare = lookups.filter((l) => !l.common && l.ids.length > 0);
  const scores = new Map<string, number>();
  for (const { weight, ids } of rare.length > 0 ? rare : lookups) {
    for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + weight);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);

  const exclude = options.excludeUrl === undefined ? null : canonicalUrl(options.excludeUrl);
  const since = options.since ?? -Infinity;
  const until = options.until ?? Infinity;
  const keep = (claim: StoredClaim) => {
    if (claim.page === exclude) return false;
    const time = claimTime(claim);
    return time >= since && time <= until;
  };
  const found: Claim[] = [];
  const tx = db.transaction('claims', 'readonly');
  for (let i = 0; i < ranked.length && found.length < limit; i += FETCH_BATCH) {
    const batch = await Promise.all(ranked.slice(i, i + FETCH_BATCH).map((id) => tx.store.get(id)));
    for (const claim of batch) {
      if (claim && keep(claim) && found.length < limit) {
        found.push(toClaim(claim));
        if (claim.features) features.set(claim.id, claim.features);
      }
    }
  }
  return { claims: found, counts, common, features };
}

/** Claims sharing any term or entity with the keys, best first; see `searchCandidates`. */
export async function findCandidates(
  db: IDBPDatabase<CounterclaimDB>,
  keys: CandidateKeys,
  options: CandidateOptions = {},
): Promise<Claim[]> {
  return (await searchCandidates(db, keys, options)).claims;
}
