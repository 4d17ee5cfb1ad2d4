import { browser } from '../shared/browser.ts';

/** The tab the popup is about: `?tabId=N` when given (popup opened as a page), else the active tab. */
export async function popupTabId(search: string = location.search): Promise<number> {
  const params = new URLSearchParams(search);
  if (params.has('tabId')) {
    const fromQuery = Number(params.get('tabId'));
    if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}
