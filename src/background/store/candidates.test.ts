import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { claimTime } from './candidates.ts';
import { openClaimStore } from './claim-store.ts';
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

describe('candidates', () => {
  it('unions term and entity lookups, ranks by shared keys and leaves out the asking page', async () => {
    const s = await store();
    const found = await s.candidates(
      { terms: ['ceasefire', 'timeline', 'negotiations'], entities: ['kremlin'] },
      { excludeUrl: `${LEDGER}?utm_medium=x` },
    );
    expect(found.map((c) => c.text)).toEqual([
      'negotiations about ceasefire timeline',
      'ceasefire timeline was never discussed',
    ]);
  });

  it('caps the result and filters by when the claim was said', async () => {
    const s = await store();
    const keys = { terms: ['ceasefire'] };
    expect(await s.candidates(keys, { limit: 1 })).toHaveLength(1);
    const recent = await s.candidates(keys, {
      since: Date.parse('2025-01-01'),
      until: Date.parse('2025-05-31'),
    });
    expect(recent.map((c) => c.text)).toEqual(['ceasefire timeline was never discussed']);
    expect(await s.candidates({})).toEqual([]);
  });

  it('gives document frequencies for BM25 with the candidates', async () => {
    const s = await store();
    const search = await s.searchCandidates({
      terms: ['ceasefire', 'weather', 'absent'],
      entities: ['kremlin', 'trump'],
    });
    expect(Object.fromEntries(search.counts.terms)).toEqual({ ceasefire: 3, weather: 1, absent: 0 });
    expect(Object.fromEntries(search.counts.entities)).toEqual({ kremlin: 2, trump: 2 });
    expect(await s.count()).toBe(4);
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
  it('leaves out keys too common to rank by when rarer keys found something', async () => {
    const s = openClaimStore('counterclaim', new IDBFactory());
    const common = Array.from({ length: 6 }, (_, i) =>
      testClaim(`people said thing ${i}`, { entities: [`e${i}`] }),
    );
    await s.importClaims([
      ...common,
      testClaim('people said ceasefire', { url: WIRE, entities: ['kremlin'] }),
    ]);
    const keys = { terms: ['people', 'ceasefire'] };
    // 'people' is in all seven claims, over the cap of 3: only the 'ceasefire' claim is a candidate.
    expect((await s.candidates(keys, { perKeyLimit: 3 })).map((c) => c.text)).toEqual([
      'people said ceasefire',
    ]);
    // With only common keys, their capped samples are still returned.
    expect(await s.candidates({ terms: ['people'] }, { perKeyLimit: 3 })).toHaveLength(3);
    expect(await s.candidates(keys, { perKeyLimit: 10 })).toHaveLength(7);
  });
});
