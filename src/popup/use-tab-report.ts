import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messages.ts';
import type { TabReport } from '../shared/report.ts';

/** The tab's report as the popup knows it: undefined while loading, null when the page was not read. */
export interface TabReportState {
  report: TabReport | null | undefined;
  error: string | null;
  /** True when the page was still being read after the last poll. */
  gaveUp: boolean;
}

/**
 * Loads a tab's report and, while the page is still being read, asks again every `intervalMs`, at most
 * `maxPolls` times: a page that never finishes must not keep the popup busy forever.
 */
export function useTabReport(tabId: number | null, intervalMs = 500, maxPolls = 60): TabReportState {
  const [state, setState] = useState<TabReportState>({ report: undefined, error: null, gaveUp: false });
  useEffect(() => {
    if (tabId === null) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (poll: number) => {
      try {
        const report = await sendToBackground('tab-report', { tabId });
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
  }, [tabId, intervalMs, maxPolls]);
  return state;
}
