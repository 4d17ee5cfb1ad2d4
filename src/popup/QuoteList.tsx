import { useMemo, useState } from 'preact/hooks';
import type { QuoteReport } from '../shared/report.ts';
import { countOf } from '../shared/ui/format.ts';
import { groupBySpeaker, takeGrouped } from '../shared/ui/group-quotes.ts';
import { speakerKindLabel } from '../shared/ui/labels.ts';
import { QuoteItem } from './QuoteItem.tsx';

/** Props of the list of the page's quotes. */
export interface QuoteListProps {
  quotes: QuoteReport[];
  /** Quotes rendered at first and added by each "more": long pages render a window at a time. */
  pageSize?: number;
  onReveal: (index: number) => void;
}

/** The page's quotes grouped by speaker, in page order, a window at a time. */
export function QuoteList({ quotes, pageSize = 50, onReveal }: QuoteListProps) {
  const [limit, setLimit] = useState(pageSize);
  const groups = useMemo(() => groupBySpeaker(quotes), [quotes]);
  const visible = takeGrouped(groups, limit);
  const left = quotes.length - limit;
  return (
    <div class="quote-list">
      {visible.map((group) => (
        <section class="speaker" key={group.key} aria-label={`Quotes of ${group.name}`} data-testid="speaker">
          <h2 class="speaker-heading">
            {group.name}{' '}
            <span class="muted speaker-facts">
              {speakerKindLabel[group.kind]} · {countOf(group.count, 'quote')}
              {group.disputed > 0 && ` · ${group.disputed} disputed`}
            </span>
          </h2>
          <ol class="quotes">
            {group.quotes.map((quote) => (
              <QuoteItem key={quote.index} quote={quote} onReveal={onReveal} />
            ))}
          </ol>
        </section>
      ))}
      {left > 0 && (
        <button type="button" class="more more-quotes" onClick={() => setLimit(limit + pageSize)}>
          Show {Math.min(pageSize, left)} more quotes ({left} not shown)
        </button>
      )}
    </div>
  );
}
