import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.ts';
import { sendToBackground } from '../shared/messages.ts';
import type { TabReport } from '../shared/report.ts';
import { loadTabReport, type ReportSources } from './report-source.ts';

/** The tab's report as the popup knows it: undefined while loading, null when the page was not read. */
export interface TabReportState {
  report: TabReport | null | undefined;
  error: string | null;
  /** True when the page was still being read after the last poll. */
  gaveUp: boolean;
}

/** Session storage read in place, the background asked only where that is refused. */
const browserSources: ReportSources = {
  readSession: async (key) => (await browser.storage.session.get(key))[key],
  askBackground: (tabId) => sendToBackground('tab-report', { tabId }),
};

/**
 * Loads a tab's report and, while the page is still being read, asks again every `intervalMs`, at most
 * `maxPolls` times: a page that never finishes must not keep the popup busy forever.
 */
export function useTabReport(
  tabId: number | null,
  intervalMs = 500,
  maxPolls = 60,
  sources: ReportSources = browserSources,
): TabReportState {
  const [state, setState] = useState<TabReportState>({ report: undefined, error: null, gaveUp: false });
  // A layout effect starts the read in the task that rendered, not after the next frame as useEffect
  // would: a frame can be long in coming while the extension's renderer is busy.
  useLayoutEffect(() => {
    if (tabId === null) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (poll: number) => {
      try {
        const report = await loadTabReport(tabId, sources);
        if (stopped) return;
        performance.mark('counterclaim:report-received');
        const scanning = report?.status === 'scanning';
        setState({ report, error: null, gaveUp: scanning && poll >= maxPolls });
        if (scanning && poll < maxPolls) timer = setTimeout(() => void load(poll + 1), intervalMs);
      } catch (error) {
        if (!stopped)
          setState({
            report: null,
            error: error instanceof Error ? error.message : String(error),
            gaveUp: false,
          });
      }
    };
    void load(0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId, intervalMs, maxPolls, sources]);
  return state;
}
