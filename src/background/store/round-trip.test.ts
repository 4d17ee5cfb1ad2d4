import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../core/claims/index.ts';
import { serializeClaims } from '../../core/claims/index.ts';
import { parseImport } from '../../core/claims/index.ts';
import { openClaimStore } from './claim-store.ts';
import { testClaim, testPage } from './test-claims.ts';

async function all(store: ReturnType<typeof openClaimStore>): Promise<Claim[]> {
  const claims: Claim[] = [];
  for await (const claim of store.exportAll()) claims.push(claim);
  return claims;
}

describe('export, clear, import', () => {
  it('restores the same claims, and a second import adds nothing', async () => {
    const store = openClaimStore('counterclaim', new IDBFactory());
    const wire = 'https://wire.test/a';
    await store.putPageClaims(testPage(), [testClaim('We will start negotiations now')]);
    await store.putPageClaims(testPage(wire), [testClaim('No ceasefire was discussed', { url: wire })]);
    await store.importClaims([testClaim('Saved sentence', { origin: 'selection', published: '2025-05-19' })]);
    const before = await all(store);

    const file = serializeClaims(before, 0);
    await store.clear();
    const parsed = parseImport(file);
    expect(parsed.rejected).toEqual([]);
    expect(await store.importClaims(parsed.claims)).toEqual({ added: 3, skipped: 0 });
    expect(await all(store)).toEqual(before);
    expect(await store.importClaims(parsed.claims)).toEqual({ added: 0, skipped: 3 });
    expect((await store.claimsForUrl(wire)).map((c) => c.source.outlet)).toEqual(['wire']);
  });
});
