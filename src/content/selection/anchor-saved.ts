import { anchorSelectors, normalizeText, type AnchorMethod } from '../../core/anchor/index.ts';
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

/** Finds each saved highlight in the article text, normalising the text once for all of them. */
export function anchorSaved(text: string, saved: readonly SavedHighlight[]): AnchoredHighlights {
  const found: FoundHighlight[] = [];
  const missing: string[] = [];
  if (saved.length === 0) return { found, missing };
  const normalized = normalizeText(text);
  for (const highlight of saved) {
    const anchor = highlight.selectors ? anchorSelectors(normalized, highlight.selectors) : null;
    if (anchor) found.push({ id: highlight.id, ...anchor });
    else missing.push(highlight.id);
  }
  return { found, missing };
}
