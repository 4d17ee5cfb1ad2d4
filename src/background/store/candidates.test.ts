import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { ClaimKeys } from '../../core/claims/index.ts';
import { claimTime, SEARCH, type CandidateRequest } from '../../core/conflicts/index.ts';
import { openClaimStore, type ClaimStore } from './claim-store.ts';
import { testClaim } from './test-claims.ts';

const LEDGER = 'https://ledger.test/2025/call';
const WIRE = 'https://wire.test/news/call';

async function store() {
  const s = openClaimStore('counterclaim', new IDBFactory());
  await s.importClaims([
    testClaim('negotiations toward ceasefire start immediately', { url: LEDGER, entities: ['trump'] }),
    testClaim('ceasefire timeline was never discussed', {
      url: WIRE,
      entities: ['kremlin'],
      published: '2025-05-20',
    }),
    testClaim('negotiations about ceasefire timeline', {
      url: WIRE,
      entities: ['kremlin', 'trump'],
      published: '2024-01-01',
    }),
    testClaim('weather stays fine', { url: WIRE, entities: ['forecaster'] }),
  ]);
  return s;
}

function keys(terms: string[], entities: string[] = []): ClaimKeys {
  return { terms, entities, numbers: [] };
}

async function texts(s: ClaimStore, request: CandidateRequest): Promise<string[]> {
  return (await s.search(request)).candidates.map((c) => c.claim.text);
}

describe('the claim store as a candidate source', () => {
  it('unions term and entity lookups, ranks by the rarest shared keys and leaves out the asking page', async () => {
    const s = await store();
    const found = await texts(s, {
      keys: keys(['ceasefire', 'timeline', 'negotiations'], ['kremlin']),
      excludeUrl: `${LEDGER}?utm_medium=x`,
    });
    expect(found).toEqual([
      'negotiations about ceasefire timeline',
      'ceasefire timeline was never discussed',
    ]);
  });

  it('filters by when the claim was said', async () => {
    const s = await store();
    const recent = await texts(s, {
      keys: keys(['ceasefire']),
      since: Date.parse('2025-01-01'),
      until: Date.parse('2025-05-31'),
    });
    expect(recent).toEqual(['ceasefire timeline was never discussed']);
    expect(await texts(s, { keys: keys([]) })).toEqual([]);
  });

  it('counts the claims holding each of the query’s keys, by field key, and the store’s size', async () => {
    const s = await store();
    const search = await s.search({ keys: keys(['ceasefire', 'weather', 'absent'], ['kremlin', 'trump']) });
    expect(Object.fromEntries(search.counts)).toEqual({
      't:ceasefire': 3,
      't:weather': 1,
      't:absent': 0,
      'e:kremlin': 2,
      'e:trump': 2,
    });
    expect(search.total).toBe(4);
  });

  it('dates a claim by its publication, else by collection', () => {
    const claim = testClaim('x', { collected: 5 });
    expect(claimTime(claim)).toBe(5);
    expect(claimTime({ ...claim, source: { ...claim.source, published: '2025-05-20' } })).toBe(
      Date.parse('2025-05-20'),
    );
    expect(claimTime({ ...claim, source: { ...claim.source, published: 'soon' } })).toBe(5);
  });
});

describe('candidates with common keys', () => {
  it('leaves out keys too common to rank by when rarer keys found something, and caps the answer', async () => {
    const s = openClaimStore('counterclaim', new IDBFactory());
    const common = Array.from({ length: SEARCH.perKey + 1 }, (_, i) =>
      testClaim(`people said thing ${i}`, { entities: [`e${i}`], url: `https://ledger.test/${i}` }),
    );
    await s.importClaims([
      ...common,
      testClaim('people said ceasefire', { url: WIRE, entities: ['kremlin'] }),
    ]);
    // 'people' is in every claim, over the cap: only the 'ceasefire' claim is a candidate.
    expect(await texts(s, { keys: keys(['people', 'ceasefire']) })).toEqual(['people said ceasefire']);
    // With only common keys, their capped samples are still returned, at most `SEARCH.candidates` of them.
    const search = await s.search({ keys: keys(['people']) });
    expect(search.candidates).toHaveLength(SEARCH.candidates);
    expect(search.counts.get('t:people')).toBe(SEARCH.perKey + 1);
  });
});
