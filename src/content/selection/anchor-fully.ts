import { anchorSelectors, normalizeText, type NormalizedText } from '../../core/anchor/index.ts';
import type { SavedHighlight } from '../../shared/data-views.ts';
import { anchorVerbatimAll, type AnchoredHighlights, type FoundHighlight } from './anchor-saved.ts';

// The full matcher (normalisation, fuzzy search) is loaded only on a page with a saved highlight that changed since it
// was saved: a module of its own, so no other page compiles it.
export { normalizeText };

/** Finds one saved highlight with the full matcher (old position, quote and context, bounded fuzzy search). */
export function anchorFully(normalized: NormalizedText, highlight: SavedHighlight): FoundHighlight | null {
  const anchor = Array.isArray(highlight.selectors) ? anchorSelectors(normalized, highlight.selectors) : null;
  return anchor ? { id: highlight.id, ...anchor } : null;
}

/** Finds each saved highlight in the article text, all at once: verbatim first, else the full matcher. */
export function anchorSaved(text: string, saved: readonly SavedHighlight[]): AnchoredHighlights {
  const { found, rest, missing } = anchorVerbatimAll(text, saved);
  if (rest.length > 0) {
    const normalized = normalizeText(text);
    for (const highlight of rest) {
      const anchor = anchorFully(normalized, highlight);
      if (anchor) found.push(anchor);
      else missing.push(highlight.id);
    }
  }
  return { found, missing };
}
