import type { TabReport } from '../report.ts';

/** What the popup shows about its tab, one state at a time. */
export type PopupState =
  | 'unread'
  | 'scanning'
  | 'disabled'
  | 'private'
  | 'not-article'
  | 'unsupported'
  | 'error'
  | 'no-quotes'
  | 'no-other-claims'
  | 'nothing-disputed'
  | 'disputed';

/** Decides the popup's state from the tab's report (null: Counterclaim has not read the page). */
export function popupState(report: TabReport | null): PopupState {
  if (!report) return 'unread';
  if (report.status !== 'article') return report.status;
  if (report.quotes.length === 0) return 'no-quotes';
  if (report.disputed > 0 || report.quotes.some((q) => q.conflicts.length > 0)) return 'disputed';
  if (report.otherSourceClaims === 0) return 'no-other-claims';
  return 'nothing-disputed';
}

/** How many quotes other sources dispute, counted from the quotes when the report's figure is behind. */
export function disputedCount(report: TabReport): number {
  return Math.max(report.disputed, report.quotes.filter((q) => q.conflicts.length > 0).length);
}
