import * as v from 'valibot';
import type { Runtime } from '../../shared/browser.ts';
import type { TabReport } from '../../shared/report.ts';
import { requireExtensionPage } from '../senders.ts';
import { getTabReport } from '../tab-reports.ts';
import { validate } from '../validate.ts';

const schema = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** Answers the popup with the report for its tab. */
export async function onTabReport(
  payload: unknown,
  sender: Runtime.MessageSender,
): Promise<TabReport | null> {
  requireExtensionPage(sender);
  const { tabId } = validate(schema, payload, 'tab report request');
  return getTabReport(tabId);
}
