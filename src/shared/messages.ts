import { browser, type Runtime } from './browser.ts';
import { errorResult, type Result } from './result.ts';
import type { PageMetadata, PageScan } from './page-scan.ts';
import type {
  CheckResult,
  ExportPage,
  FeedStatus,
  ImportReport,
  SavedHighlight,
  StoreStats,
} from './data-views.ts';
import type { TabReport } from './report.ts';
import type { ClaimSelectors } from '../core/claims/claim.ts';

/**
 * Messages to the background, one documented entry each: `request` is what the sender passes,
 * `response` what its promise resolves to. The background validates every request before it acts.
 */
export interface BackgroundMessages {
  /** Content script → background: the page was read; answers with the page's report (conflicts per quote). */
  'page-scanned': { request: PageScan; response: TabReport };
  /** Content script → background: the page is being read, or is on a site the reader turned off. */
  'page-status': { request: { status: 'scanning' | 'disabled' | 'error'; url: string }; response: null };
  /** Popup → background: the report for one tab, or null when nothing was reported for it. */
  'tab-report': { request: { tabId: number }; response: TabReport | null };
  /** Content script → background: check a reader's selection against the store. */
  'check-selection': {
    request: { text: string; context: string; page: PageMetadata };
    response: CheckResult;
  };
  /** Content script → background: keep a reader's selection as a claim of origin `selection`. */
  'save-selection': {
    request: { text: string; context: string; page: PageMetadata; selectors: ClaimSelectors };
    response: SavedHighlight;
  };
  /** Content script → background: the reader's saved highlights for a page, to draw them again. */
  'page-highlights': { request: { url: string }; response: SavedHighlight[] };
  /** Options → background: the reader's saved highlights, newest first, filtered by a search text. */
  'list-saved': { request: { query: string; limit: number }; response: SavedHighlight[] };
  /** Options → background: delete one claim (a saved highlight or any other); open tabs drop its highlight. */
  'delete-claim': { request: { id: string }; response: null };
  /** Options → background: counts and storage figures for the Data section. */
  'store-stats': { request: Record<string, never>; response: StoreStats };
  /** Options → background: one page of the export, as JSON lines; `cursor` is null for the first page. */
  'export-claims': { request: { cursor: string | null; limit: number }; response: ExportPage };
  /** Options → background: import a file (Counterclaim JSON lines or ClaimReview); all or nothing. */
  'import-claims': { request: { name: string; text: string }; response: ImportReport };
  /** Options → background: delete every claim, page and saved highlight. */
  'clear-data': { request: Record<string, never>; response: null };
  /** Options → background: read every enabled feed now. */
  'refresh-feeds': { request: Record<string, never>; response: null };
  /** Options → background: the state of every configured feed. */
  'feed-status': { request: Record<string, never>; response: FeedStatus[] };
}

/** Messages to a tab's content script. */
export interface ContentMessages {
  /** Popup → content script: scroll to a quote and flash its highlight; false when it is not on the page. */
  'reveal-quote': { request: { index: number }; response: boolean };
  /** Popup → content script: show or hide Counterclaim's highlights on the page. */
  'set-highlights': { request: { visible: boolean }; response: boolean };
  /** Background → content script: check the reader's current selection (context menu, keyboard shortcut). */
  'check-current-selection': { request: Record<string, never>; response: boolean };
  /** Background → content script: a saved highlight was deleted; stop drawing it. */
  'highlight-deleted': { request: { id: string }; response: boolean };
  /** Popup → content script: how many saved highlights the page has, and how many were not found on it. */
  'saved-status': { request: Record<string, never>; response: { saved: number; notFound: number } };
}

/** Any map of message names to their request and response types. */
export type MessageMap<Map> = { [Name in keyof Map]: { request: unknown; response: unknown } };

/** The wire shape of every message. */
export interface Envelope<Map extends MessageMap<Map>, Name extends keyof Map = keyof Map> {
  type: Name;
  payload: Map[Name]['request'];
}

/** One handler per message name; handlers may throw, and the caller's promise rejects with the message. */
export type Handlers<Map extends MessageMap<Map>> = {
  [Name in keyof Map]?: (
    payload: Map[Name]['request'],
    sender: Runtime.MessageSender,
  ) => Promise<Map[Name]['response']>;
};

function unwrap<T>(result: unknown, type: string): T {
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new Error(`no answer to "${type}"`);
  }
  const settled = result as Result<T>;
  if (!settled.ok) throw new Error(settled.error);
  return settled.value;
}

/** Sends a message to the background and resolves to its typed response; rejects with the background's error. */
export async function sendToBackground<Name extends keyof BackgroundMessages>(
  type: Name,
  payload: BackgroundMessages[Name]['request'],
): Promise<BackgroundMessages[Name]['response']> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }), type);
}

/** Sends a message to the content script of a tab (top frame). */
export async function sendToTab<Name extends keyof ContentMessages>(
  tabId: number,
  type: Name,
  payload: ContentMessages[Name]['request'],
): Promise<ContentMessages[Name]['response']> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 }), type);
}

/**
 * Routes incoming messages to typed handlers. Messages from anything but this extension, and names
 * without a handler, are ignored (another listener may answer them).
 */
export function listenForMessages<Map extends MessageMap<Map>>(handlers: Handlers<Map>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!message || typeof message !== 'object' || !('type' in message)) return undefined;
    const { type, payload } = message as Envelope<Map>;
    const handler = handlers[type];
    if (typeof type !== 'string' || !handler) return undefined;
    return handler(payload, sender).then(
      (value): Result<unknown> => ({ ok: true, value: value ?? null }),
      (error: unknown) => errorResult(error),
    );
  });
}
