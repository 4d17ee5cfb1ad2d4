import type * as v from 'valibot';
import type {
  CheckResult,
  ExportPage,
  FeedStatus,
  ImportReport,
  SavedHighlight,
  StoreStats,
} from './data-views.ts';
import { limits } from './limits.ts';
import { pageScanSchema } from './page-scan.ts';
import type { TabReport } from './report.ts';
import * as r from './requests.ts';

/** Who may send a message: a web page's content script (`tab`), or one of Counterclaim's own pages (popup, options). */
export type SenderKind = 'tab' | 'extension-page';

/** One message to the background: who may send it, the shape of its request, and (as a type) its response. */
export interface MessageRow<Schema extends v.GenericSchema, Response> {
  sender: SenderKind;
  request: Schema;
  /** Bytes of the request as JSON, checked before its shape; `limits.messageBytes` when absent. */
  maxBytes?: number;
  /** Never set: carries the response type. */
  readonly response?: Response;
}

/** A row whose response type is given and whose schema is inferred: `row<Answer>()('tab', schema)`. */
const row =
  <Response>() =>
  <Schema extends v.GenericSchema>(
    sender: SenderKind,
    request: Schema,
    maxBytes?: number,
  ): MessageRow<Schema, Response> => ({ sender, request, ...(maxBytes ? { maxBytes } : {}) });

/**
 * Every message to the background, one row each. The router refuses a message from the wrong kind of sender, or
 * whose request does not fit its schema, before any handler runs; page text is attacker-controlled.
 */
export const backgroundProtocol = {
  /** The page was read; answers with its report (conflicts per quote). */
  'page-scanned': row<TabReport>()('tab', pageScanSchema),
  /** The page is being read, or is on a site the reader turned off. */
  'page-status': row<null>()('tab', r.pageStatusRequest),
  /** Check a reader's selection against the store. */
  'check-selection': row<CheckResult>()('tab', r.checkSelectionRequest),
  /** Keep a reader's selection as a claim of origin `selection`. */
  'save-selection': row<SavedHighlight>()('tab', r.saveSelectionRequest),
  /** The reader's saved highlights for the sender's own page, to draw them again. */
  'page-highlights': row<SavedHighlight[]>()('tab', r.pageHighlightsRequest),
  /** The popup: the report for one tab, or null when nothing was reported for it. */
  'tab-report': row<TabReport | null>()('extension-page', r.tabReportRequest),
  /** Options: the reader's saved highlights, newest first, filtered by a search text. */
  'list-saved': row<SavedHighlight[]>()('extension-page', r.listSavedRequest),
  /** Options: delete one claim; open tabs drop its highlight. */
  'delete-claim': row<null>()('extension-page', r.deleteClaimRequest),
  /** Options: counts and storage figures for the Data section. */
  'store-stats': row<StoreStats>()('extension-page', r.emptyRequest),
  /** Options: one page of the export as JSON lines; `cursor` is null for the first page. */
  'export-claims': row<ExportPage>()('extension-page', r.exportClaimsRequest),
  /** Options: import a file (Counterclaim JSON lines or ClaimReview); all or nothing. */
  'import-claims': row<ImportReport>()(
    'extension-page',
    r.importClaimsRequest,
    limits.importChars * 2 + 1_000,
  ),
  /** Options: delete every claim, page and saved highlight. */
  'clear-data': row<null>()('extension-page', r.emptyRequest),
  /** Options: read every enabled feed now (failing feeds still wait out their backoff). */
  'refresh-feeds': row<null>()('extension-page', r.emptyRequest),
  /** Options: the state of every configured feed. */
  'feed-status': row<FeedStatus[]>()('extension-page', r.emptyRequest),
};

type Protocol = typeof backgroundProtocol;

/** The name of a message to the background. */
export type BackgroundMessageName = keyof Protocol;

/** A message's request as its handler receives it: checked against the row's schema. */
export type RequestOf<Name extends BackgroundMessageName> = v.InferOutput<Protocol[Name]['request']>;

/** A message's response. */
export type ResponseOf<Name extends BackgroundMessageName> =
  Protocol[Name] extends MessageRow<v.GenericSchema, infer Response> ? Response : never;

/** Messages to the background as request and response types, derived from the table. */
export type BackgroundMessages = {
  [Name in BackgroundMessageName]: {
    request: v.InferInput<Protocol[Name]['request']>;
    response: ResponseOf<Name>;
  };
};
