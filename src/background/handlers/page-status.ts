import type { Runtime } from '../../shared/browser.ts';
import type { RequestOf } from '../../shared/protocol.ts';
import type { PageStatus, TabReport } from '../../shared/report.ts';
import { loadSettings } from '../../shared/settings-storage.ts';
import { showBadge } from '../badge.ts';
import { isPrivateSender } from '../page-identity.ts';
import { senderTabId } from '../senders.ts';
import { setTabReport } from '../tab-reports.ts';

/**
 * Records that a tab is being read, is on a site the reader turned off, could not be read by the page's script, or
 * is in a private window not read.
 */
export async function onPageStatus(
  { status }: RequestOf<'page-status'>,
  sender: Runtime.MessageSender,
): Promise<null> {
  const tabId = senderTabId(sender);
  const { settings } = await loadSettings();
  const shown: PageStatus = isPrivateSender(sender) && !settings.readPrivateWindows ? 'private' : status;
  const report: TabReport = {
    status: shown,
    page: null,
    quotes: [],
    disputed: 0,
    otherSourceClaims: 0,
    scannedAt: Date.now(),
  };
  await setTabReport(tabId, report);
  await showBadge(tabId, report);
  return null;
}
