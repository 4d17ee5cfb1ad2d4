import * as v from 'valibot';
import type { Runtime } from '../../shared/browser.ts';
import { limits } from '../../shared/limits.ts';
import { showBadge } from '../badge.ts';
import { senderTabId } from '../senders.ts';
import { setTabReport } from '../tab-reports.ts';
import { validate } from '../validate.ts';

const schema = v.object({
  status: v.picklist(['scanning', 'disabled', 'error']),
  url: v.pipe(v.string(), v.maxLength(limits.urlChars)),
});

/** Records that a tab is being read, is on a site the reader turned off, or could not be read by the page's script. */
export async function onPageStatus(payload: unknown, sender: Runtime.MessageSender): Promise<null> {
  const tabId = senderTabId(sender);
  const { status } = validate(schema, payload, 'page status');
  const report = { status, page: null, quotes: [], disputed: 0, otherSourceClaims: 0, scannedAt: Date.now() };
  await setTabReport(tabId, report);
  await showBadge(tabId, report);
  return null;
}
