import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openClaimStore } from './claim-store.ts';
import { ClaimStoreError, isQuotaError } from './errors.ts';
import { testClaim, testPage } from './test-claims.ts';

// The browser refusing space: writes to the claims store fail as Chromium's do; small meta writes still succeed.
function refuseSpaceForClaims() {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'claims') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('quota', () => {
  it('records the refusal, makes room, stores nothing of the page and keeps working', async () => {
    const now = 1_750_000_000_000;
    const store = openClaimStore('counterclaim', new IDBFactory(), () => now);
    const old = Array.from({ length: 40 }, (_, i) => testClaim(`Old claim ${i}`, { collected: i }));
    await store.putPageClaims(testPage(), old);

    refuseSpaceForClaims();
    const error = await store
      .putPageClaims(testPage('https://wire.test/a'), [
        testClaim('New claim', { url: 'https://wire.test/a' }),
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClaimStoreError);
    expect((error as ClaimStoreError).code).toBe('quota');
    expect(isQuotaError((error as ClaimStoreError).cause)).toBe(true);

    const stats = await store.stats();
    expect(stats.quota).toMatchObject({ at: now, operation: 'putPageClaims', evicted: 2 });
    // 5% of the 40 page claims, oldest first, made room; the refused page left nothing behind.
    expect(stats.claims).toBe(38);
    expect(await store.getClaim(old[0]!.id)).toBeUndefined();
    expect(await store.getClaim(old[39]!.id)).toEqual(old[39]);
    expect(await store.getPage('https://wire.test/a')).toBeUndefined();

    vi.restoreAllMocks();
    expect(await store.importClaims([testClaim('After the refusal')])).toEqual({ added: 1, skipped: 0 });
    await store.clear();
    expect((await store.stats()).quota).toBeNull();
  });

  it('recognises quota errors by name only', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
