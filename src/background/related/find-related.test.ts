import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../core/claims/claim.ts';
import { makeClaim } from '../../core/claims/make-claim.ts';
import { defaultSettings } from '../../shared/settings.ts';
import { openClaimStore, type ClaimStore } from '../store/claim-store.ts';
import { findRelated } from './find-related.ts';

const said: [string, string, string][] = [
  ['Moscow agreed to immediately start negotiations toward a ceasefire.', 'Donald Trump', 'wire'],
  ['There was no discussion of a ceasefire timeline in the call.', 'the Kremlin', 'ledger'],
  ['The ceasefire timeline was not covered in the talks on Monday.', 'Yuri Ushakov', 'post'],
  ['Negotiations toward a ceasefire will begin immediately.', 'Donald Trump', 'post'],
  ['Russia will work with Ukraine on a memorandum for a peace accord.', 'Vladimir Putin', 'ledger'],
  ['Nine prisoners from each side will be exchanged.', 'Yuri Ushakov', 'wire'],
  ['Ten prisoners from each side will be exchanged.', 'a Ukrainian official', 'post'],
];

function claimOf([text, name, outlet]: [string, string, string], i: number): Claim {
  const url = `https://${outlet}.test/2025/${i}`;
  return makeClaim(
    {
      text,
      speaker: { name, kind: name.startsWith('the ') ? 'organization' : 'person' },
      cue: { text: 'said', lemma: 'say', stance: 'assert' },
      kind: 'direct',
      source: { outlet, domain: `${outlet}.test`, url, published: '2025-05-20' },
      origin: 'page',
    },
    1_750_000_000_000 + i,
  );
}

async function filledStore(name: string, factory: IDBFactory): Promise<ClaimStore> {
  const store = openClaimStore(name, factory);
  await store.importClaims(said.map(claimOf));
  return store;
}

// The records as stores written before features existed hold them: only the claim and its page key.
async function dropFeatures(name: string, factory: IDBFactory): Promise<void> {
  const db = (await wrap(factory.open(name))) as IDBPDatabase<unknown>;
  const tx = db.transaction('claims', 'readwrite');
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const { features: _features, ...record } = cursor.value as { features?: string };
    await cursor.update(record);
  }
  await tx.done;
  db.close();
}

describe('findRelated', () => {
  it('finds the same conflicts and agreements from stored readings as from the claims’ text', async () => {
    const factory = new IDBFactory();
    const withFeatures = await filledStore('with', factory);
    const plain = await filledStore('plain', factory);
    await plain.close();
    await dropFeatures('plain', factory);
    let conflicts = 0;
    for (const [i, line] of said.entries()) {
      const query = claimOf(line, i + 100);
      const fast = await findRelated(withFeatures, defaultSettings, query);
      expect(fast).toEqual(await findRelated(plain, defaultSettings, query));
      conflicts += fast.conflicts.length;
    }
    expect(conflicts).toBeGreaterThan(0);
  });

  it('sees a claim stored after an earlier check of the same keys', async () => {
    const store = openClaimStore('late', new IDBFactory());
    const query = claimOf(said[0]!, 100);
    await store.importClaims([claimOf(said[4]!, 4)]);
    expect((await findRelated(store, defaultSettings, query)).conflicts).toEqual([]);
    const kremlin = claimOf(said[1]!, 1);
    await store.importClaims([kremlin, claimOf(said[2]!, 2)]);
    const after = await findRelated(store, defaultSettings, query);
    expect(after.conflicts.map((c) => c.claimId)).toContain(kremlin.id);
  });

  it('says beside a claim in another language that only numbers, dates and names were compared', async () => {
    const store = openClaimStore('languages', new IDBFactory());
    const ten = { ...claimOf(said[6]!, 6), lang: 'fr' };
    await store.importClaims([ten]);
    const nine = { ...claimOf(said[5]!, 105), lang: 'en' };
    const found = (await findRelated(store, defaultSettings, nine)).conflicts.find(
      (c) => c.claimId === ten.id,
    );
    expect(found?.reasons.map((r) => r.code)).toContain('languages');
    const same = (await findRelated(store, defaultSettings, { ...nine, lang: 'fr' })).conflicts;
    expect(same.flatMap((c) => c.reasons.map((r) => r.code))).not.toContain('languages');
  });
});
