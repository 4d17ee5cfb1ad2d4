import type { RequestOf } from '../../shared/protocol.ts';
import type { TabReport } from '../../shared/report.ts';
import { getTabReport } from '../tab-reports.ts';

/** Answers the popup with the report for its tab. */
export async function onTabReport({ tabId }: RequestOf<'tab-report'>): Promise<TabReport | null> {
  return getTabReport(tabId);
}
