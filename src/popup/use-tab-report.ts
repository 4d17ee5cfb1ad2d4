import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.ts';
import { sendToBackground } from '../shared/messages.ts';
import type { TabReport } from '../shared/report.ts';
import { loadTabReport, watchTabReport, type ReportSources } from './report-source.ts';

/** The tab's report as the popup knows it: undefined while loading, null when the page was not read. */
export interface TabReportState {
  report: TabReport | null | undefined;
  error: string | null;
}

/** Session storage read and followed in place, the background asked only where reading it is refused. */
const browserSources: ReportSources = {
  readSession: async (key) => (await browser.storage.session.get(key))[key],
  askBackground: (tabId) => sendToBackground('tab-report', { tabId }),
  watchSession: (key, onValue) => {
    // storage.onChanged with the area's name: every browser we support has it, for the session area too.
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) onValue(changes[key]?.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/**
 * Loads a tab's report, then follows it: each time the background writes the tab's report to session storage
 * (the page still being read, then read), the popup shows the new one.
 */
export function useTabReport(tabId: number | null, sources: ReportSources = browserSources): TabReportState {
  const [state, setState] = useState<TabReportState>({ report: undefined, error: null });
  // A layout effect starts the read in the task that rendered, not after the next frame as useEffect
  // would: a frame can be long in coming while the extension's renderer is busy.
  useLayoutEffect(() => {
    if (tabId === null) return undefined;
    let stopped = false;
    // Listening starts before the first read, so a report written meanwhile is not missed; once one has
    // arrived that way, the first read (perhaps older) no longer counts.
    let changed = false;
    const stop = watchTabReport(tabId, sources, (report) => {
      changed = true;
      if (!stopped) setState({ report, error: null });
    });
    loadTabReport(tabId, sources).then(
      (report) => {
        if (stopped || changed) return;
        performance.mark('counterclaim:report-received');
        setState({ report, error: null });
      },
      (error: unknown) => {
        if (!stopped && !changed)
          setState({ report: null, error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      stopped = true;
      stop();
    };
  }, [tabId, sources]);
  return state;
}
