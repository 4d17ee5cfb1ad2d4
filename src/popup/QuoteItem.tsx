import { memo } from 'preact/compat';
import { useMemo, useState } from 'preact/hooks';
import type { QuoteReport } from '../shared/report.ts';
import { countOf } from '../shared/ui/format.ts';
import { quoteKindLabel, stanceLabel } from '../shared/ui/labels.ts';
import { rankConflicts } from '../shared/ui/rank-conflicts.ts';
import { clip } from '../shared/ui/urls.ts';
import { ConflictItem } from './ConflictItem.tsx';

/** Props of one quote of the page. */
export interface QuoteItemProps {
  quote: QuoteReport;
  /** How many conflicts to show before "show more". */
  conflictsShown?: number;
  onReveal: (index: number) => void;
}

function QuoteItemView({ quote, conflictsShown = 3, onReveal }: QuoteItemProps) {
  const [shown, setShown] = useState(conflictsShown);
  const ranked = useMemo(() => rankConflicts(quote.conflicts), [quote.conflicts]);
  const others = useMemo(() => rankConflicts(quote.otherAccounts ?? []), [quote.otherAccounts]);
  const onPage = quote.conflicts.some((c) => c.onThisPage);
  const elsewhere = quote.conflicts.length - quote.conflicts.filter((c) => c.onThisPage).length;
  const left = ranked.length - shown;
  return (
    <li class={ranked.length > 0 ? 'quote disputed' : 'quote'} data-testid="quote" data-index={quote.index}>
      <button
        type="button"
        class="quote-text"
        onClick={() => onReveal(quote.index)}
        title="Show this quote on the page"
      >
        {/* Reported and mixed speech carry their own marks round the quoted words: wrapping them doubled the marks. */}
        {quote.kind === 'direct' ? `“${clip(quote.text, 500)}”` : clip(quote.text, 500)}
      </button>
      <p class="quote-meta">
        <span class="cue">{quote.cue.text}</span>
        {' · '}
        <span>{quoteKindLabel[quote.kind]}</span>
        {quote.cue.stance !== 'assert' && <span class="tag">{stanceLabel[quote.cue.stance]}</span>}
        {onPage && <span class="tag on-page">conflicts with another quote on this page</span>}
      </p>
      {ranked.length > 0 && (
        <div class="disputes">
          <h3 class="disputes-title">
            {elsewhere > 0 ? `Other sources say otherwise (${elsewhere})` : 'Said otherwise on this page'}
          </h3>
          <ol class="conflicts">
            {ranked.slice(0, shown).map((conflict) => (
              <ConflictItem key={conflict.claimId} conflict={conflict} />
            ))}
          </ol>
          {left > 0 && (
            <button type="button" class="more" onClick={() => setShown(shown + 10)}>
              Show {Math.min(10, left)} more ({left} not shown)
            </button>
          )}
        </div>
      )}
      {others.length > 0 && (
        <div class="other-accounts" data-testid="other-accounts">
          <h3 class="other-accounts-title">Other accounts ({others.length})</h3>
          <ol class="conflicts">
            {others.slice(0, conflictsShown).map((claim) => (
              <ConflictItem key={claim.claimId} conflict={claim} tier="other-account" />
            ))}
          </ol>
        </div>
      )}
      {quote.agreeing > 0 && (
        <p class="agreeing" data-testid="agreeing">
          {countOf(quote.agreeing, 'report')} from other outlets {quote.agreeing === 1 ? 'agrees' : 'agree'}
        </p>
      )}
    </li>
  );
}

/**
 * One quote: its words (click to find it on the page), cue and kind, and what other sources say.
 * Memoised, so showing more quotes renders only the new ones.
 */
export const QuoteItem = memo(QuoteItemView);
