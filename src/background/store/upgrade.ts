import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Claim } from '../../core/claims/index.ts';
import { canonicalUrl } from '../../core/claims/index.ts';

type AnyDatabase = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Version 1: claims looked up by their raw source URL, domain, time and terms; page reports by raw URL. */
export function upgradeToV1(db: AnyDatabase): void {
  const claims = db.createObjectStore('claims', { keyPath: 'id' });
  claims.createIndex('url', 'source.url');
  claims.createIndex('domain', 'source.domain');
  claims.createIndex('collected', 'collected');
  claims.createIndex('terms', 'keys.terms', { multiEntry: true });
  db.createObjectStore('pages', { keyPath: 'url' });
}

/**
 * Version 2: a page reached through a decorated URL (?utm_source=…, #fragment) was a different page in v1, so
 * claims gain a canonical `page` key (backfilled here) that replaces the raw-URL index and page reports are
 * re-keyed by it; entity keys get their own multi-entry index; `origin`, `published` and `evict`
 * (origin, collected) serve saved highlights, date windows and retention; `meta` records quota and retention state.
 */
export async function upgradeToV2(db: AnyDatabase, tx: UpgradeTransaction): Promise<void> {
  const claims = tx.objectStore('claims');
  claims.deleteIndex('url');
  claims.createIndex('page', 'page');
  claims.createIndex('entities', 'keys.entities', { multiEntry: true });
  claims.createIndex('origin', 'origin');
  claims.createIndex('published', 'source.published');
  claims.createIndex('evict', ['origin', 'collected']);
  const pages = tx.objectStore('pages');
  pages.createIndex('domain', 'domain');
  db.createObjectStore('meta');

  for (let cursor = await claims.openCursor(); cursor; cursor = await cursor.continue()) {
    const claim = cursor.value as Claim;
    await cursor.update({ ...claim, page: canonicalUrl(claim.source.url) });
  }
  for (let cursor = await pages.openCursor(); cursor; cursor = await cursor.continue()) {
    const page = cursor.value as { url: string };
    const url = canonicalUrl(page.url);
    if (url === page.url) continue;
    // Two decorated URLs of one article become one report; the later put wins, as a rescan would.
    await cursor.delete();
    await pages.put({ ...page, url });
  }
}

/** Runs every upgrade step from `oldVersion` up to `newVersion`, in order. */
export function applyUpgrades(
  db: AnyDatabase,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  if (oldVersion < 1 && newVersion >= 1) upgradeToV1(db);
  if (oldVersion < 2 && newVersion >= 2) return upgradeToV2(db, tx);
  return Promise.resolve();
}
