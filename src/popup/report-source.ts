import { tabReportKey, type TabReport } from '../shared/report.ts';

/** Where the popup can get its tab's report: session storage directly, or the background as a fallback. */
export interface ReportSources {
  /** Reads one key of `storage.session`; rejects where this context may not read it. */
  readSession: (key: string) => Promise<unknown>;
  /** Asks the background for the report (the `tab-report` message). */
  askBackground: (tabId: number) => Promise<TabReport | null>;
  /** Calls back with a key's new value whenever `storage.session` changes it; returns how to stop. */
  watchSession: (key: string, onValue: (value: unknown) => void) => () => void;
}

function looksLikeReport(value: unknown): value is TabReport {
  return (
    typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'string'
  );
}

/**
 * Loads a tab's report straight from session storage (extension pages may read it); where that read is refused
 * it asks the background instead, which reads the same key.
 */
export async function loadTabReport(tabId: number, sources: ReportSources): Promise<TabReport | null> {
  let value: unknown;
  try {
    value = await sources.readSession(tabReportKey(tabId));
  } catch {
    return sources.askBackground(tabId);
  }
  return looksLikeReport(value) ? value : null;
}

/**
 * Follows a tab's report as the background rewrites it (the page read again, a late article): the popup is told
 * of each change instead of asking again on a timer. Returns how to stop.
 */
export function watchTabReport(
  tabId: number,
  sources: ReportSources,
  onReport: (report: TabReport | null) => void,
): () => void {
  return sources.watchSession(tabReportKey(tabId), (value) =>
    onReport(looksLikeReport(value) ? value : null),
  );
}
