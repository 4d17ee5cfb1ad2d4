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
  it('deletes the oldest page, feed and fact-check claims first and keeps what the reader kept', async () => {
    const { store, claims } = await filledStore();
    const report = await store.enforceRetention({ maxClaims: 15 });
    expect(report).toMatchObject({ deletedByAge: 0, deletedByCount: 5, claims: 15 });
    const left = new Set<string>();
    for await (const claim of store.exportAll()) left.add(claim.text);
    // Page, feed and fact-check claims are 0,1,4,5,6,9,10,11,14,15,16,19; the five oldest are gone.
    for (const i of [19, 16, 15, 14, 11]) expect(left.has(`Claim number ${i}`)).toBe(false);
    for (const claim of claims.filter((c) => !['page', 'feed', 'factcheck'].includes(c.origin)))
      expect(left.has(claim.text)).toBe(true);
    expect((await store.stats()).retention).toEqual(report);
  });

  it('deletes page, feed and fact-check claims past the age limit only', async () => {
    const { store } = await filledStore();
    const report = await store.enforceRetention({ maxAgeDays: 7 });
    // Claims 9, 10, 11, 14, 15, 16, 19 are more than 7 days old; 0, 1, 4, 5, 6 are younger.
    expect(report).toMatchObject({ deletedByAge: 7, deletedByCount: 0, claims: 13 });
  });

  it('stays above the cap rather than delete imported or saved claims', async () => {
    const { store } = await filledStore();
    const report = await store.enforceRetention({ maxClaims: 2 });
    expect(report).toMatchObject({ deletedByCount: 12, claims: 8 });
    expect(await store.enforceRetention({ maxClaims: 2 })).toMatchObject({ deletedByCount: 0, claims: 8 });
  });

  it('uses the default cap of 200,000', async () => {
    const { store } = await filledStore();
    expect(await store.enforceRetention()).toMatchObject({ deletedByAge: 0, deletedByCount: 0, claims: 20 });
  });
});
