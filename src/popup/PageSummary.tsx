import type { TabReport } from '../shared/report.ts';
import { countOf } from '../shared/ui/format.ts';
import { disputedCount } from '../shared/ui/popup-state.ts';

/** Props of the page summary at the top of the popup. */
export interface PageSummaryProps {
  report: TabReport | null;
}

/** The page the popup is about (outlet, headline) and how many quotes other sources dispute. */
export function PageSummary({ report }: PageSummaryProps) {
  const page = report?.page;
  const disputed = report ? disputedCount(report) : 0;
  return (
    <header class="summary">
      {page?.outlet ? <p class="outlet">{page.outlet}</p> : <p class="outlet">Counterclaim</p>}
      <h1>{page?.headline || 'Counterclaim'}</h1>
      {report?.status === 'article' && (
        <p class="counts" data-testid="counts">
          <span data-testid="quote-count">{countOf(report.quotes.length, 'quote')} found</span>
          {' · '}
          <span class={disputed > 0 ? 'disputed-count' : ''} data-testid="disputed-count">
            {disputed > 0 ? `other sources say otherwise on ${countOf(disputed, 'quote')}` : 'none disputed'}
          </span>
        </p>
      )}
    </header>
  );
}
