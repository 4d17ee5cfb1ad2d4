import type { Claim, ClaimOrigin } from '../core/claims/index.ts';
import type { RelatedClaimView } from './report.ts';

/** A reader's saved selection: a claim of origin `selection` with its selectors. */
export type SavedHighlight = Claim & { origin: 'selection' };

/** The answer to "Check with Counterclaim" for a selection. */
export interface CheckResult {
  /** The speaker guessed from the sentence, when it names one. */
  speaker: string | null;
  conflicts: RelatedClaimView[];
  agreeing: RelatedClaimView[];
  /** How many claims from other sources the store holds (0 means nothing to compare with yet). */
  otherSourceClaims: number;
}

/** Figures for the options page's Data section. */
export interface StoreStats {
  claims: number;
  /** Claims by where they came from: pages read, feeds, fact-checks, imports, the reader's highlights. */
  byOrigin: Record<ClaimOrigin, number>;
  pages: number;
  savedHighlights: number;
  /** Distinct outlets the stored claims come from. */
  outlets: number;
  /** Bytes the extension's storage uses, as the browser estimates it (null when it cannot say). */
  bytesUsed: number | null;
  /** The last time the browser refused space, if it did. */
  quota: { at: number; message: string } | null;
}

/** One page of an export: JSON lines, and where to go on from (null at the end). */
export interface ExportPage {
  lines: string[];
  cursor: string | null;
}

/** What an import did: all or nothing, so `added` is 0 whenever `rejected` is not empty. */
export interface ImportReport {
  added: number;
  skipped: number;
  rejected: { line: number; reason: string }[];
}

/** Where one feed stands, for the options page. */
export interface FeedStatus {
  url: string;
  sourceId: string;
  enabled: boolean;
  permitted: boolean;
  /** Epoch milliseconds of the last read, or null. */
  lastRead: number | null;
  itemsRead: number;
  claimsAdded: number;
  /** The last error in words, or null. */
  error: string | null;
  /** True while a refresh is reading this feed. */
  refreshing: boolean;
  /** Items read of those found, while a refresh reads this feed. */
  progress?: { done: number; total: number } | null;
}
