import { tabReportKey, type TabReport } from '../shared/report.ts';

/** Where the popup can get its tab's report: session storage directly, or the background as a fallback. */
export interface ReportSources {
  /** Reads one key of `storage.session`; rejects where this context may not read it. */
  readSession: (key: string) => Promise<unknown>;
  /** Asks the background for the report (the `tab-report` message). */
  askBackground: (tabId: number) => Promise<TabReport | null>;
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
