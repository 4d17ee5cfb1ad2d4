import type { QuoteLayer } from './quote-layer.ts';
import type { QuoteCard } from './ui/quote-card.ts';

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Shows the quote card when the pointer rests on a quote, or when the keyboard caret (caret browsing)
 * or a click lands in one; at most one lookup per animation frame.
 */
export function showCardsOnHover(layer: QuoteLayer, card: QuoteCard): () => void {
  let pending: { x: number; y: number } | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const lookUp = () => {
    if (!pending) return;
    const { x, y } = pending;
    pending = null;
    const caret = caretAt(x, y);
    const hit = caret && layer.quoteAt(caret.node, caret.offset);
    clearTimeout(hideTimer);
    // Leaving a quote hides the card after a moment, so the pointer can travel into the card.
    if (!hit && card.showing) hideTimer = setTimeout(() => card.hide(), 400);
    if (hit) {
      const rects = Array.from(hit.range.getClientRects());
      const rect = rects.find((r) => y >= r.top && y <= r.bottom) ?? hit.range.getBoundingClientRect();
      card.show(hit.quote, rect);
    }
  };
  const onMove = (event: MouseEvent) => {
    if (card.contains(event)) {
      clearTimeout(hideTimer);
      return;
    }
    if (!pending) requestAnimationFrame(lookUp);
    pending = { x: event.clientX, y: event.clientY };
  };
  const onSelection = () => {
    const selection = getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed || !selection.anchorNode) return;
    const hit = layer.quoteAt(selection.anchorNode, selection.anchorOffset);
    if (hit) card.show(hit.quote, hit.range.getBoundingClientRect());
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') card.hide();
  };
  addEventListener('mousemove', onMove, { passive: true });
  document.addEventListener('selectionchange', onSelection);
  addEventListener('keydown', onKey);
  return () => {
    removeEventListener('mousemove', onMove);
    document.removeEventListener('selectionchange', onSelection);
    removeEventListener('keydown', onKey);
  };
}
