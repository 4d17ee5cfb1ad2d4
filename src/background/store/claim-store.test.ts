import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openClaimStore } from './claim-store.ts';
import { ClaimStoreError } from './errors.ts';
import { testClaim, testPage } from './test-claims.ts';

const LEDGER = 'https://ledger.test/2025/call';
const WIRE = 'https://wire.test/news/call';

function freshStore(now = 1_750_000_000_000) {
  return openClaimStore('counterclaim', new IDBFactory(), () => now);
}

describe('ClaimStore writes', () => {
  it('stores a page and its claims, and skips them when the page is scanned again', async () => {
    const store = freshStore();
    const claims = [
      testClaim('We will start negotiations now'),
      testClaim('There was no talk of a ceasefire'),
    ];
    expect(await store.putPageClaims(testPage(LEDGER), claims)).toEqual({ added: 2, skipped: 0 });
    expect(await store.putPageClaims(testPage(`${LEDGER}?utm_source=feed#top`), claims)).toEqual({
      added: 0,
      skipped: 2,
    });
    expect(await store.count()).toBe(2);
    expect(await store.getClaim(claims[0]!.id)).toEqual(claims[0]);
    const page = await store.getPage(`${LEDGER}#comments`);
    expect(page).toMatchObject({ url: LEDGER, outlet: 'ledger', quoteCount: 2, claimCount: 2 });
  });

  it('keeps the same quote from two outlets as two claims, each with its outlet', async () => {
    const store = freshStore();
    await store.putPageClaims(testPage(LEDGER), [testClaim('We will start negotiations now')]);
    await store.putPageClaims(testPage(WIRE), [testClaim('We will start negotiations now', { url: WIRE })]);
    expect(await store.count()).toBe(2);
    expect((await store.claimsForUrl(WIRE)).map((c) => c.source.outlet)).toEqual(['wire']);
    expect((await store.claimsForUrl(`${LEDGER}?fbclid=1`)).map((c) => c.source.outlet)).toEqual(['ledger']);
  });

  it('counts a duplicate inside one batch once', async () => {
    const store = freshStore();
    const claim = testClaim('We will start negotiations now');
    expect(await store.putPageClaims(testPage(), [claim, claim])).toEqual({ added: 1, skipped: 1 });
  });

  it('rejects a batch holding an invalid claim before writing any of it', async () => {
    const store = freshStore();
    const good = testClaim('We will start negotiations now');
    // An index key that is not a valid key (an object) makes the put fail inside the transaction.
    const bad = { ...testClaim('No ceasefire was discussed'), collected: 5, source: { ...good.source } };
    (bad as unknown as { id: unknown }).id = ['not', { a: 'key' }];
    await expect(store.putPageClaims(testPage(), [good, bad])).rejects.toBeInstanceOf(ClaimStoreError);
    expect(await store.count()).toBe(0);
    expect(await store.getPage(LEDGER)).toBeUndefined();
  });

  it('rolls back a transaction that fails after some claims were written', async () => {
    const store = freshStore();
    const good = testClaim('We will start negotiations now');
    const broken = testClaim('No ceasefire was discussed');
    // Passes the pre-checks, but a function cannot be cloned into IndexedDB: the second put throws mid-transaction.
    (broken as unknown as { extra: unknown }).extra = () => 1;
    await expect(store.importClaims([good, broken])).rejects.toThrow();
    expect(await store.count()).toBe(0);
  });

  it('imports all or nothing and reports duplicates', async () => {
    const store = freshStore();
    const a = testClaim('We will start negotiations now', { origin: 'import' });
    const b = testClaim('No ceasefire was discussed', { origin: 'import' });
    expect(await store.importClaims([a])).toEqual({ added: 1, skipped: 0 });
    expect(await store.importClaims([a, b])).toEqual({ added: 1, skipped: 1 });
  });
});

describe('ClaimStore reads and deletes', () => {
  it('lists highlights, deletes one claim, by domain and by predicate', async () => {
    const store = freshStore();
    await store.putPageClaims(testPage(LEDGER), [
      testClaim('We will start negotiations now'),
      testClaim('The call lasted two hours'),
    ]);
    await store.putPageClaims(testPage(WIRE), [testClaim('No ceasefire was discussed', { url: WIRE })]);
    const saved = testClaim('The Kremlin denied it', { url: WIRE, origin: 'selection' });
    await store.importClaims([saved]);
    expect((await store.highlights()).map((c) => c.id)).toEqual([saved.id]);
    expect(await store.highlights(LEDGER)).toEqual([]);

    expect(await store.deleteClaim(saved.id)).toBe(true);
    expect(await store.deleteClaim(saved.id)).toBe(false);
    expect(await store.deleteWhere((c) => c.text.includes('two hours'))).toBe(1);
    expect(await store.deleteWhere({ domain: 'wire.test' })).toBe(1);
    expect(await store.getPage(WIRE)).toBeUndefined();
    expect((await store.stats()).claims).toBe(1);
  });

  it('exports every claim in batches and clears', async () => {
    const store = freshStore();
    const claims = Array.from({ length: 1_050 }, (_, i) => testClaim(`Statement number ${i} about talks`));
    await store.importClaims(claims);
    const exported = [];
    for await (const claim of store.exportAll()) exported.push(claim);
    expect(exported).toHaveLength(claims.length);
    expect(new Set(exported.map((c) => c.id))).toEqual(new Set(claims.map((c) => c.id)));
    expect(exported.find((c) => c.id === claims[7]!.id)).toEqual(claims[7]);
    await store.clear();
    expect(await store.stats()).toMatchObject({
      claims: 0,
      pages: 0,
      highlights: 0,
      bytesEstimate: 0,
      quota: null,
    });
  });

  it('reports stats with a size estimate', async () => {
    const store = freshStore();
    await store.putPageClaims(testPage(), [testClaim('We will start negotiations now')]);
    const stats = await store.stats();
    expect(stats).toMatchObject({ claims: 1, pages: 1, highlights: 0 });
    expect(stats.bytesEstimate).toBeGreaterThan(
      JSON.stringify(testClaim('We will start negotiations now')).length,
    );
  });

  it('counts claims by origin, adding up to the total', async () => {
    const store = freshStore();
    await store.putPageClaims(testPage(), [testClaim('We will start negotiations now')]);
    await store.importClaims([
      testClaim('Nine prisoners from each side', { url: 'https://wire.test/a', origin: 'feed' }),
      testClaim('Twelve prisoners from each side', { url: 'https://wire.test/b', origin: 'feed' }),
      testClaim('A ceasefire timeline was agreed', { url: 'https://checkers.test/c', origin: 'factcheck' }),
      testClaim('The talks start now', { url: 'https://mine.test/d', origin: 'import' }),
    ]);
    const stats = await store.stats();
    expect(stats.byOrigin).toEqual({ page: 1, feed: 2, factcheck: 1, import: 1, selection: 0 });
    expect(Object.values(stats.byOrigin).reduce((a, b) => a + b, 0)).toBe(stats.claims);
  });
});

describe('ClaimStore connection', () => {
  it('opens once for concurrent callers and reopens after close', async () => {
    const factory = new IDBFactory();
    let opens = 0;
    const counting = {
      open: (...args: Parameters<IDBFactory['open']>) => {
        opens++;
        return factory.open(...args);
      },
    } as IDBFactory;
    const store = openClaimStore('counterclaim', counting);
    expect(opens).toBe(0);
    await Promise.all([
      store.count(),
      store.putPageClaims(testPage(), [testClaim('A quote here')]),
      store.stats(),
    ]);
    expect(opens).toBe(1);
    await store.close();
    // A new store object stands for a restarted service worker: the data is still there.
    expect(await openClaimStore('counterclaim', counting).count()).toBe(1);
    expect(opens).toBe(2);
  });
});
