import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { openClaimStore } from './claim-store.ts';
import { PostingCache } from './posting-cache.ts';
import { testClaim } from './test-claims.ts';

describe('PostingCache', () => {
  it('serves what was read until a write, and never what a read overlapping a write saw', async () => {
    const cache = new PostingCache();
    const token = cache.begin();
    cache.put(token, 'terms:ceasefir', ['a', 'b']);
    cache.putCount(token, 2);
    expect(cache.get('terms:ceasefir')).toEqual(['a', 'b']);
    expect(cache.count()).toBe(2);

    const before = cache.begin();
    let during = -2;
    await cache.writing(async () => {
      during = cache.begin();
      expect(cache.get('terms:ceasefir')).toBeUndefined();
      expect(cache.count()).toBeNull();
    });
    // Reads begun before or during the write may have seen either side of it: they are not kept.
    cache.put(before, 'terms:ceasefir', ['a']);
    cache.put(during, 'terms:truce', ['c']);
    cache.putCount(before, 1);
    expect(cache.get('terms:ceasefir')).toBeUndefined();
    expect(cache.get('terms:truce')).toBeUndefined();
    expect(cache.count()).toBeNull();
  });

  it('forgets everything when a write fails, too', async () => {
    const cache = new PostingCache();
    cache.put(cache.begin(), 'k', ['a']);
    await expect(cache.writing(() => Promise.reject(new Error('quota')))).rejects.toThrow('quota');
    expect(cache.get('k')).toBeUndefined();
    cache.put(cache.begin(), 'k', ['b']);
    expect(cache.get('k')).toEqual(['b']);
  });

  it('drops the least recently used lists beyond its budget of ids', () => {
    const cache = new PostingCache();
    const token = cache.begin();
    const list = Array.from({ length: 60_000 }, (_, i) => `id${i}`);
    for (const key of ['a', 'b', 'c']) cache.put(token, key, list);
    expect(cache.get('a')).toBeDefined();
    cache.put(token, 'd', list);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('d')).toBeDefined();
  });
});

describe('the claim store with its cache', () => {
  it('keeps each claim’s packed reading in its record, and never returns it', async () => {
    const factory = new IDBFactory();
    const store = openClaimStore('counterclaim', factory);
    const claim = testClaim('There was no talk of a ceasefire', { published: '2025-05-20' });
    await store.importClaims([claim]);
    expect(await store.getClaim(claim.id)).toEqual(claim);
    const search = await store.search({ keys: { terms: ['ceasefire'], entities: [], numbers: [] } });
    expect(search.candidates.map((c) => c.claim)).toEqual([claim]);
    // The reading comes from the stored features, not from the text: it is the reading packed at write time.
    expect(search.candidates[0]?.readings?.().dated.text).toBe(claim.text);
    await store.close();
    const raw = (await wrap(factory.open('counterclaim'))) as IDBPDatabase<unknown>;
    const record = (await raw.get('claims', claim.id)) as { features?: string };
    expect(typeof record.features).toBe('string');
    raw.close();
  });

  it('answers from memory after a search, and sees deletes and new claims at once', async () => {
    const store = openClaimStore('counterclaim', new IDBFactory());
    const first = testClaim('There was no talk of a ceasefire');
    await store.importClaims([first]);
    const ids = async () =>
      (await store.search({ keys: { terms: ['ceasefire'], entities: [], numbers: [] } })).candidates.map(
        (c) => c.claim.id,
      );
    expect(await ids()).toEqual([first.id]);
    expect(await store.count()).toBe(1);
    const second = testClaim('A ceasefire starts now', { url: 'https://wire.test/x' });
    await store.importClaims([second]);
    expect((await ids()).sort()).toEqual([first.id, second.id].sort());
    expect(await store.count()).toBe(2);
    await store.deleteClaim(first.id);
    expect(await ids()).toEqual([second.id]);
    await store.deleteWhere({ domain: 'wire.test' });
    expect(await ids()).toEqual([]);
    await store.importClaims([first]);
    await store.clear();
    expect(await ids()).toEqual([]);
    expect(await store.count()).toBe(0);
  });
});
