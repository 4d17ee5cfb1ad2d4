import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../core/claims/index.ts';
import { makeClaim } from '../../core/claims/index.ts';
import { findRelated, MemorySource } from '../../core/conflicts/index.ts';
import { defaultSettings, type Settings } from '../../shared/settings.ts';
import { openClaimStore, type ClaimStore } from '../store/claim-store.ts';
import { relatedInStore } from './find-related.ts';

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

describe('relatedInStore', () => {
  it('finds the same conflicts and agreements from stored readings as from the claims’ text', async () => {
    const factory = new IDBFactory();
    const withFeatures = await filledStore('with', factory);
    const plain = await filledStore('plain', factory);
    await plain.close();
    await dropFeatures('plain', factory);
    let conflicts = 0;
    for (const [i, line] of said.entries()) {
      const query = claimOf(line, i + 100);
      const fast = await relatedInStore(withFeatures, defaultSettings, query);
      expect(fast).toEqual(await relatedInStore(plain, defaultSettings, query));
      conflicts += fast.conflicts.length;
    }
    expect(conflicts).toBeGreaterThan(0);
  });

  it('sees a claim stored after an earlier check of the same keys', async () => {
    const store = openClaimStore('late', new IDBFactory());
    const query = claimOf(said[0]!, 100);
    await store.importClaims([claimOf(said[4]!, 4)]);
    expect((await relatedInStore(store, defaultSettings, query)).conflicts).toEqual([]);
    const kremlin = claimOf(said[1]!, 1);
    await store.importClaims([kremlin, claimOf(said[2]!, 2)]);
    const after = await relatedInStore(store, defaultSettings, query);
    expect(after.conflicts.map((c) => c.claimId)).toContain(kremlin.id);
  });

  it('answers exactly as the CLI’s in-memory source does over the same claims', async () => {
    const store = await filledStore('same', new IDBFactory());
    const memory = new MemorySource();
    for (const [i, line] of said.entries()) memory.add(claimOf(line, i));
    let shown = 0;
    for (const [i, line] of said.entries()) {
      const query = claimOf(line, i + 100);
      const fromStore = await relatedInStore(store, defaultSettings, query);
      expect(fromStore).toEqual(await findRelated(memory, query));
      shown += fromStore.conflicts.length + fromStore.agreeing.length;
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('never shows an ignored outlet, and puts a trusted one first', async () => {
    const store = await filledStore('trust', new IDBFactory());
    const query = claimOf(said[3]!, 100);
    const before = await relatedInStore(store, defaultSettings, query);
    const outlet = before.conflicts.at(-1)?.domain ?? 'ledger.test';
    const source = (trust: 'trusted' | 'ignored'): Settings['sources'][number] => ({
      id: 'test',
      name: outlet,
      domains: [outlet],
      enabled: true,
      trust,
      factChecker: false,
      feeds: [],
    });
    const ignored = await relatedInStore(store, { ...defaultSettings, sources: [source('ignored')] }, query);
    expect([...ignored.conflicts, ...ignored.agreeing].map((c) => c.domain)).not.toContain(outlet);
    const trusted = await relatedInStore(store, { ...defaultSettings, sources: [source('trusted')] }, query);
    expect(trusted.conflicts[0]?.domain).toBe(outlet);
  });
});
