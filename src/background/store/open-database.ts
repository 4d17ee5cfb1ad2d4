import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { applyUpgrades } from './upgrade.ts';
import type { CounterclaimDB } from './schema.ts';

/** Opens `name` at `version` on `factory`, running the upgrade steps from whatever version is there. */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  version: number,
  onClosed: () => void,
): Promise<IDBPDatabase<CounterclaimDB>> {
  // idb's openDB always uses the global indexedDB; this is the same few lines with the factory as a seam.
  const request = factory.open(name, version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as IDBPDatabase<unknown>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<
      unknown,
      string[],
      'versionchange'
    >;
    applyUpgrades(db, tx, event.oldVersion, event.newVersion ?? version).catch(() => {
      // A failed data migration must not leave a half-upgraded database: aborting fails the open instead.
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
    });
  });
  const opened = wrap(request) as Promise<IDBPDatabase<CounterclaimDB>>;
  return opened.then((db) => {
    // Another context upgrading the schema, or the browser dropping the connection: let go, reopen on next use.
    db.addEventListener('versionchange', () => {
      db.close();
      onClosed();
    });
    db.addEventListener('close', onClosed);
    return db;
  });
}

/** One lazily opened connection shared by all callers; a failed or closed open is retried on the next call. */
export class LazyConnection {
  private opening: Promise<IDBPDatabase<CounterclaimDB>> | null = null;

  constructor(
    private readonly name: string,
    private readonly version: number,
    private readonly factory: () => IDBFactory,
  ) {}

  /** The open database; concurrent callers while it opens share one open request. */
  get(): Promise<IDBPDatabase<CounterclaimDB>> {
    if (!this.opening) {
      const opening = openDatabase(this.factory(), this.name, this.version, () => {
        if (this.opening === opening) this.opening = null;
      });
      this.opening = opening;
      opening.catch(() => {
        if (this.opening === opening) this.opening = null;
      });
    }
    return this.opening;
  }

  /** Closes the connection if one is open or opening; the next `get` opens again. */
  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = null;
    if (!opening) return;
    try {
      (await opening).close();
    } catch {
      // It never opened: nothing to close.
    }
  }
}
