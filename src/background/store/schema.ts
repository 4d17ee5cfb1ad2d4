import type { DBSchema } from 'idb';
import type { Claim, ClaimOrigin } from '../../core/claims/index.ts';

/** The IndexedDB database that holds the claim store. */
export const DB_NAME = 'counterclaim';

/** The schema version this code opens; `upgrade.ts` holds one step per version. */
export const DB_VERSION = 2;

/**
 * A claim as the store records it: core's `Claim` plus `page`, its canonical article URL, which the `page` index
 * looks up, and `features`, its normalised reading packed by `core/conflicts/claim-features.ts` (absent on
 * records written before it existed, which are read from their text instead).
 */
export type ClaimRecord = Claim & { page: string; features?: string };

/** What the store keeps about a scanned article, keyed by its canonical URL. */
export interface PageReport {
  url: string;
  outlet: string;
  domain: string;
  headline?: string;
  published?: string;
  /** Attributed quotes the scan found on the page (some may not have become claims). */
  quoteCount: number;
  /** Claims the store holds for the page after the last scan. */
  claimCount: number;
  /** Epoch milliseconds of the last scan. */
  scannedAt: number;
}

/** The last time the browser refused space, kept so the options page can say so. */
export interface QuotaState {
  /** Epoch milliseconds of the refusal. */
  at: number;
  /** The store operation that was refused ("putPageClaims", "importClaims"). */
  operation: string;
  message: string;
  /** Claims removed by the retention pass that followed the refusal. */
  evicted: number;
}

/** The outcome of the last retention pass. */
export interface RetentionReport {
  at: number;
  deletedByAge: number;
  deletedByCount: number;
  claims: number;
}

/** Values of the meta store, by key. */
export interface MetaRecords {
  quota: QuotaState;
  retention: RetentionReport;
}

/** The typed schema of the current version, for idb. */
export interface CounterclaimDB extends DBSchema {
  claims: {
    key: string;
    value: ClaimRecord;
    indexes: {
      page: string;
      domain: string;
      collected: number;
      origin: ClaimOrigin;
      published: string;
      terms: string;
      entities: string;
      evict: [ClaimOrigin, number];
    };
  };
  pages: { key: string; value: PageReport; indexes: { domain: string } };
  meta: { key: keyof MetaRecords; value: MetaRecords[keyof MetaRecords] };
}

/**
 * Origins whose claims retention and quota clean-up may delete: what was collected automatically (pages, feeds,
 * fact-checks read on fact-checkers' pages), never what the reader kept or imported on purpose.
 */
export const EVICTABLE_ORIGINS: readonly ClaimOrigin[] = ['page', 'feed', 'factcheck'];
