import { browser } from '../shared/browser.ts';
import { SCANS_PER_TAB, takeScan } from './scan-window.ts';

const key = (tabId: number) => `scans:${tabId}`;

/** Counts one reading of a tab (in session storage: the worker may stop); throws once the tab is over the cap. */
export async function spendScan(tabId: number, now: number): Promise<void> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  const times = Array.isArray(stored) ? stored.filter((t): t is number => typeof t === 'number') : [];
  const next = takeScan(times, now);
  if (!next) {
    throw new Error(`this tab was read ${SCANS_PER_TAB} times in ten minutes; later readings wait`);
  }
  await browser.storage.session.set({ [key(tabId)]: next });
}

/** Forgets a closed tab's count. */
export async function forgetScans(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
