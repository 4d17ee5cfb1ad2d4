import type { Worker } from '@playwright/test';
import { keysFor } from '../../src/core/claims/make-claim.ts';
import { extractQuotes } from '../../src/core/quotes/index.ts';
import type { SelectionCheck } from './bench-claims.ts';

/** The retrieval keys the background computes for a selection check: speaker read from the context, page date. */
export function checkKeys(check: SelectionCheck): { terms: string[]; entities: string[] } {
  const at = check.context.indexOf(check.text);
  const quote = extractQuotes(check.context).find((q) => q.start < at + check.text.length && q.end > at);
  const speaker = quote && quote.speaker.kind !== 'unknown' ? quote.speaker.name : null;
  const keys = keysFor(check.text, speaker, undefined, check.page.published);
  return { terms: keys.terms, entities: keys.entities };
}

/**
 * Replays in the service worker, on raw IndexedDB, the requests one check makes of the claim store (the store's
 * candidate lookup: ids per key from the terms and entities indexes, capped at 2,001, then up to 150 records of
 * the best-sharing ids; document frequencies per key; the claim count) and times them. Set beside the checks'
 * round trips, it tells how much of a check is the database and how much is normalising, ranking and judging.
 * It mirrors `findCandidates` and `documentFrequencies` and is not the store's code: a change there must be
 * mirrored here for the figure to keep its meaning.
 */
export function timeStoreRequests(
  background: Worker,
  keys: { terms: string[]; entities: string[] }[],
): Promise<number[]> {
  return background.evaluate(
    (all) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('counterclaim');
        open.onerror = () => reject(open.error);
        open.onsuccess = async () => {
          const db = open.result;
          const ask = <T>(request: IDBRequest<T>) =>
            new Promise<T>((done, fail) => {
              request.onsuccess = () => done(request.result);
              request.onerror = () => fail(request.error);
            });
          const times: number[] = [];
          for (const { terms, entities } of all) {
            const started = performance.now();
            let store = db.transaction('claims').objectStore('claims');
            const lookups = await Promise.all([
              ...terms.map(async (k) => ({
                w: 1,
                ids: await ask(store.index('terms').getAllKeys(k, 2_001)),
              })),
              ...entities.map(async (k) => ({
                w: 2,
                ids: await ask(store.index('entities').getAllKeys(k, 2_001)),
              })),
            ]);
            const rare = lookups.filter((l) => l.ids.length > 0 && l.ids.length <= 2_000);
            const scores = new Map<IDBValidKey, number>();
            for (const { w, ids } of rare.length > 0 ? rare : lookups) {
              for (const id of ids.slice(0, 2_000)) scores.set(id, (scores.get(id) ?? 0) + w);
            }
            const best = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 150);
            await Promise.all(best.map(([id]) => ask(store.get(id))));
            store = db.transaction('claims').objectStore('claims');
            await Promise.all([
              ...terms.map((k) => ask(store.index('terms').count(k))),
              ...entities.map((k) => ask(store.index('entities').count(k))),
              ask(store.count()),
            ]);
            times.push(performance.now() - started);
          }
          db.close();
          resolve(times);
        };
      }),
    keys,
  );
}
