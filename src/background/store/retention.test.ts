import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { ClaimOrigin } from '../../core/claims/index.ts';
import { openClaimStore } from './claim-store.ts';
import { testClaim } from './test-claims.ts';

const DAY = 86_400_000;
const NOW = 1_750_000_000_000;

async function filledStore() {
  const store = openClaimStore('counterclaim', new IDBFactory(), () => NOW);
  const origins: ClaimOrigin[] = ['page', 'feed', 'import', 'selection', 'factcheck'];
  // Claim i was collected i days ago, with origins taking turns.
  const claims = Array.from({ length: 20 }, (_, i) =>
    testClaim(`Claim number ${i}`, { origin: origins[i % origins.length], collected: NOW - i * DAY }),
  );
  await store.importClaims(claims);
  return { store, claims };
}

describe('retention', () => {
  it('deletes the oldest page and feed claims first and keeps what the reader kept', async () => {
    const { store, claims } = await filledStore();
    const report = await store.enforceRetention({ maxClaims: 15 });
    expect(report).toMatchObject({ deletedByAge: 0, deletedByCount: 5, claims: 15 });
    const left = new Set<string>();
    for await (const claim of store.exportAll()) left.add(claim.text);
    // Page/feed claims are 0,1,5,6,10,11,15,16; the five oldest (16,15,11,10,6) are gone.
    for (const i of [16, 15, 11, 10, 6]) expect(left.has(`Claim number ${i}`)).toBe(false);
    for (const claim of claims.filter((c) => !['page', 'feed'].includes(c.origin)))
      expect(left.has(claim.text)).toBe(true);
    expect((await store.stats()).retention).toEqual(report);
  });

  it('deletes page and feed claims past the age limit only', async () => {
    const { store } = await filledStore();
    const report = await store.enforceRetention({ maxAgeDays: 7 });
    // Page/feed claims 10, 11, 15, 16 are 10 or more days old; 0, 1, 5, 6 are younger.
    expect(report).toMatchObject({ deletedByAge: 4, deletedByCount: 0, claims: 16 });
  });

  it('stays above the cap rather than delete imported, saved or fact-check claims', async () => {
    const { store } = await filledStore();
    const report = await store.enforceRetention({ maxClaims: 2 });
    expect(report).toMatchObject({ deletedByCount: 8, claims: 12 });
    expect(await store.enforceRetention({ maxClaims: 2 })).toMatchObject({ deletedByCount: 0, claims: 12 });
  });

  it('uses the default cap of 200,000', async () => {
    const { store } = await filledStore();
    expect(await store.enforceRetention()).toMatchObject({ deletedByAge: 0, deletedByCount: 0, claims: 20 });
  });
});
