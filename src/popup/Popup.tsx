import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.ts';
import { sendToTab } from '../shared/messages.ts';
import { popupState } from '../shared/ui/popup-state.ts';
import { PageSummary } from './PageSummary.tsx';
import { QuoteList } from './QuoteList.tsx';
import { StateNotice } from './StateNotice.tsx';
import { Toolbar } from './Toolbar.tsx';
import { popupTabId } from './tab-id.ts';
import { useHighlights } from './use-highlights.ts';
import { useSavedStatus } from './use-saved-status.ts';
import { useFirstFrame } from './use-first-frame.ts';
import { useTabReport } from './use-tab-report.ts';

/** The toolbar popup: the report for the tab it was opened on. */
export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  // A layout effect, not useEffect: the tab id (and so the report read) must not wait for a frame.
  useLayoutEffect(() => {
    popupTabId().then(setTabId, () => setStatus('Counterclaim could not tell which tab this is.'));
  }, []);
  const { report, error } = useTabReport(tabId);
  const [highlights, setHighlights] = useHighlights(tabId);
  const saved = useSavedStatus(tabId);
  const listReady = useFirstFrame(report !== undefined || error !== null);
  useLayoutEffect(() => {
    // Lets the e2e suite measure how long a big report takes to render (render and DOM commit).
    if (report && listReady) performance.mark('counterclaim:report-rendered');
  }, [report, listReady]);

  const openOptions = () => void browser.runtime.openOptionsPage();
  // Stable across renders, so the memoised quotes do not render again when the popup does.
  const reveal = useCallback(
    (index: number) => {
      if (tabId === null) return;
      void sendToTab(tabId, 'reveal-quote', { index })
        .catch(() => false)
        .then((found) =>
          setStatus(
            found ? 'Showing the quote on the page.' : 'That quote could not be found on the page any more.',
          ),
        );
    },
    [tabId],
  );

  if (report === undefined && !error) {
    return (
      <main class="popup" data-state="loading" aria-busy="true">
        <p class="muted">Loading…</p>
        <p class="status" aria-live="polite">
          {status}
        </p>
      </main>
    );
  }
  const state = popupState(report ?? null);
  return (
    <main class="popup" data-state={report ? report.status : 'none'} data-view={state}>
      <PageSummary report={report ?? null} />
      <Toolbar
        highlights={highlights}
        onHighlightsChange={(v) => void setHighlights(v)}
        onOpenOptions={openOptions}
      />
      {error && <p class="notice">Counterclaim could not get this page’s report: {error}</p>}
      <StateNotice
        state={state}
        otherSourceClaims={report?.otherSourceClaims ?? 0}
        error={report?.error}
        onOpenOptions={openOptions}
      />
      <p class="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      {saved && saved.saved > 0 && (
        <p class="muted" data-testid="saved-status">
          {saved.saved} saved highlight{saved.saved === 1 ? '' : 's'} on this page
          {saved.notFound > 0 ? `; ${saved.notFound} not found on the page (kept in your Saved list)` : ''}
        </p>
      )}
      {listReady && report && report.status === 'article' && report.quotes.length > 0 && (
        <QuoteList key={report.scannedAt} quotes={report.quotes} onReveal={reveal} />
      )}
    </main>
  );
}
