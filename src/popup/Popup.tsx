import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.ts';
import { sendToBackground } from '../shared/messages.ts';
import type { TabReport } from '../shared/report.ts';

async function popupTabId(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && new URLSearchParams(location.search).has('tabId')) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

/** The toolbar popup: the report for the tab it was opened on. */
export function Popup() {
  const [report, setReport] = useState<TabReport | null | undefined>(undefined);
  useEffect(() => {
    void popupTabId()
      .then((tabId) => sendToBackground('tab-report', { tabId }))
      .then(setReport);
  }, []);
  if (report === undefined) return <p>Loading…</p>;
  if (report === null) return <p data-state="none">Counterclaim has not read this page.</p>;
  return (
    <main data-state={report.status}>
      <h1>{report.page?.headline}</h1>
      <p>{report.page?.outlet}</p>
      <p data-testid="quote-count">{report.quotes.length} quotes</p>
    </main>
  );
}
