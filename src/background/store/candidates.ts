import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { canonicalUrl } from '../../core/claims/index.ts';
import { readClaim, unpackFeatures } from '../../core/conflicts/claim-features.ts';
import {
  claimTime,
  lookupKeys,
  orderPostings,
  SEARCH,
  type Candidate,
  type CandidateRequest,
  type CandidateSearch,
  type PostingList,
} from '../../core/conflicts/index.ts';
import { featureInput } from '../../core/conflicts/related/readings.ts';
import { fieldKey } from '../../core/conflicts/rank.ts';
import type { PostingCache } from './posting-cache.ts';
import type { ClaimRecord, CounterclaimDB } from './schema.ts';
import { toClaim } from './claim-record.ts';

const FETCH_BATCH = 64;

function candidateOf(record: ClaimRecord): Candidate {
  const claim = toClaim(record);
  const { features } = record;
  // The reading stored beside the claim, unpacked only if the ranking reads this candidate.
  return {
    claim,
    readings: () => {
      const input = featureInput(claim);
      return unpackFeatures(features, input) ?? readClaim(input);
    },
  };
}

/**
 * The claim store's answer to a candidate search (`CandidateSource`): each of the query's keys looked up in the
 * terms and entities indexes (at most `SEARCH.perKey + 1` ids each, served from the posting cache when held),
 * ordered by the core's `orderPostings`, then read in that order until `SEARCH.candidates` pass the request's
 * filters (not the asking page, within the time window). The lookups give the key counts BM25 needs.
 */
export async function searchClaims(
  db: IDBPDatabase<CounterclaimDB>,
  request: CandidateRequest,
  total: number,
  cache?: PostingCache,
): Promise<CandidateSearch> {
  const { terms, entities } = lookupKeys(request.keys);
  const counts = new Map<string, number>();
  if (terms.length + entities.length === 0) return { candidates: [], counts, total };

  const token = cache?.begin() ?? -1;
  // Opened on the first key the cache does not hold: a query served from memory makes no database request.
  let keyTx: IDBPTransaction<CounterclaimDB, ['claims'], 'readonly'> | null = null;
  const read = async (field: 'terms' | 'entities', key: string): Promise<PostingList<string>> => {
    const cacheKey = `${field}\u0000${SEARCH.perKey}\u0000${key}`;
    let ids = cache?.get(cacheKey);
    if (!ids) {
      keyTx ??= db.transaction('claims', 'readonly');
      // One more than the cap tells a key that is too common apart from one that just reaches it.
      ids = await keyTx
        .objectStore('claims')
        .index(field)
        .getAllKeys(key, SEARCH.perKey + 1);
      cache?.put(token, cacheKey, ids);
    }
    counts.set(fieldKey(key, field), ids.length);
    return { field, ids };
  };
  const lists = await Promise.all([
    ...terms.map((term) => read('terms', term)),
    ...entities.map((entity) => read('entities', entity)),
  ]);
  const ranked = orderPostings(lists, total);

  const exclude = request.excludeUrl === undefined ? null : canonicalUrl(request.excludeUrl);
  const since = request.since ?? -Infinity;
  const until = request.until ?? Infinity;
  const keep = (record: ClaimRecord) => {
    if (record.page === exclude) return false;
    const time = claimTime(record);
    return time >= since && time <= until;
  };
  const candidates: Candidate[] = [];
  const tx = db.transaction('claims', 'readonly');
  for (let i = 0; i < ranked.length && candidates.length < SEARCH.candidates; i += FETCH_BATCH) {
    const batch = await Promise.all(ranked.slice(i, i + FETCH_BATCH).map((id) => tx.store.get(id)));
    for (const record of batch) {
      if (record && keep(record) && candidates.length < SEARCH.candidates)
        candidates.push(candidateOf(record));
    }
  }
  return { candidates, counts, total };
}
