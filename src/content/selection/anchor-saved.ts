import type { Anchor, AnchorMethod } from '../../core/anchor/index.ts';
import type { ClaimSelectors } from '../../core/claims/index.ts';
import type { SavedHighlight } from '../../shared/data-views.ts';

/** One saved highlight found again: its id and its span in the current article text. */
export interface FoundHighlight {
  id: string;
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Where a page's saved highlights are now: those found, and the ids of those not found (kept, never deleted). */
export interface AnchoredHighlights {
  found: FoundHighlight[];
  missing: string[];
}

/**
 * The place of a highlight whose text and whole saved context are still there verbatim, and only once: the usual
 * case on a revisit, settled with string compares before the full matcher (which compiles patterns) is needed.
 */
export function anchorVerbatim(text: string, selectors: ClaimSelectors): Anchor | null {
  const [quote, position] = selectors;
  const { exact, prefix, suffix } = quote;
  if (typeof exact !== 'string' || !exact || typeof prefix !== 'string' || typeof suffix !== 'string')
    return null;
  const { start, end } = position ?? {};
  const intact = (at: number) =>
    text.startsWith(exact, at) &&
    text.startsWith(suffix, at + exact.length) &&
    text.slice(Math.max(0, at - prefix.length), at) === prefix;
  if (Number.isInteger(start) && end === start + exact.length && intact(start))
    return { start, end, method: 'position' };
  const whole = prefix + exact + suffix;
  const at = text.indexOf(whole);
  if (at === -1 || text.indexOf(whole, at + 1) !== -1) return null;
  return { start: at + prefix.length, end: at + prefix.length + exact.length, method: 'quote' };
}

/** Saved highlights split by the quick first pass: those found verbatim, and those the full matcher must look for. */
export interface VerbatimPass {
  found: FoundHighlight[];
  rest: SavedHighlight[];
  missing: string[];
}

/** The quick first pass over a page's saved highlights: string compares only, no normalisation, no fuzzy search. */
export function anchorVerbatimAll(text: string, saved: readonly SavedHighlight[]): VerbatimPass {
  const pass: VerbatimPass = { found: [], rest: [], missing: [] };
  for (const highlight of saved) {
    // Selectors come back from storage: a highlight without them can never be placed.
    if (!Array.isArray(highlight.selectors)) pass.missing.push(highlight.id);
    else {
      const anchor = anchorVerbatim(text, highlight.selectors);
      if (anchor) pass.found.push({ id: highlight.id, ...anchor });
      else pass.rest.push(highlight);
    }
  }
  return pass;
}
