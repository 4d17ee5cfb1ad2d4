import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { openClaimStore } from './claim-store.ts';
import { upgradeToV1 } from './upgrade.ts';
import { testClaim } from './test-claims.ts';

const URL_V1 = 'https://ledger.test/2025/call?utm_source=rss';

// Creates the database as version 1 code did, with a page report and two claims in it.
async function createV1(factory: IDBFactory): Promise<void> {
  const request = factory.open('counterclaim', 1);
  request.onupgradeneeded = () => upgradeToV1(wrap(request.result) as IDBPDatabase<unknown>);
  const db = (await wrap(request)) as IDBPDatabase<unknown>;
  const tx = db.transaction(['claims', 'pages'], 'readwrite');
  await tx
    .objectStore('claims')
    .put(testClaim('We will start negotiations now', { url: URL_V1, entities: ['trump'] }));
  await tx
    .objectStore('claims')
    .put(testClaim('Saved by the reader', { url: URL_V1, origin: 'selection', entities: ['kremlin'] }));
  await tx.objectStore('pages').put({
    url: `${URL_V1}#top`,
    outlet: 'ledger',
    domain: 'ledger.test',
    quoteCount: 2,
    claimCount: 2,
    scannedAt: 1,
  });
  await tx.done;
  expect([...db.objectStoreNames]).toEqual(['claims', 'pages']);
  db.close();
}

describe('schema upgrade from version 1', () => {
  it('keeps the data, backfills canonical page keys, and the new indexes answer', async () => {
    const factory = new IDBFactory();
    await createV1(factory);
    const store = openClaimStore('counterclaim', factory);

    expect(await store.count()).toBe(2);
    // v1 only knew the raw URL; v2 finds the claims from any decoration of it.
    expect(await store.claimsForUrl('https://ledger.test/2025/call')).toHaveLength(2);
    expect(await store.getPage('https://ledger.test/2025/call')).toMatchObject({ quoteCount: 2 });
    // New multi-entry entity index, origin index and meta store.
    const byEntity = (entity: string) =>
      store.search({ keys: { terms: [], entities: [entity], numbers: [] } });
    expect((await byEntity('kremlin')).candidates.map((c) => c.claim.text)).toEqual(['Saved by the reader']);
    expect((await byEntity('trump')).counts.get('e:trump')).toBe(1);
    expect(await store.highlights()).toHaveLength(1);
    expect(await store.stats()).toMatchObject({ claims: 2, pages: 1, highlights: 1, quota: null });
    // The claim read back is the claim written, without the store's own page key.
    const [candidate] = (await byEntity('trump')).candidates;
    expect(candidate?.claim).toEqual(
      testClaim('We will start negotiations now', { url: URL_V1, entities: ['trump'] }),
    );

    const raw = (await wrap(factory.open('counterclaim'))) as IDBPDatabase<unknown>;
    expect(raw.version).toBe(2);
    expect([...raw.transaction('claims').store.indexNames].sort()).toEqual(
      ['collected', 'domain', 'entities', 'evict', 'origin', 'page', 'published', 'terms'].sort(),
    );
    raw.close();
  });

  it('a store opened over an old connection takes over after the old one lets go', async () => {
    const factory = new IDBFactory();
    await createV1(factory);
    const v1 = (await wrap(factory.open('counterclaim', 1))) as IDBPDatabase<unknown>;
    // The old connection closes when asked to, as the store's own connections do on versionchange.
    v1.addEventListener('versionchange', () => v1.close());
    expect(await openClaimStore('counterclaim', factory).count()).toBe(2);
  });
});
