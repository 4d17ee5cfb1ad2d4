import type { ElementStats } from './block-stats.ts';

/** Share of the text a child must hold for the story container to be looked for inside it. */
const DESCEND_SHARE = 0.9;
/** Share of the page's text a declared articleBody must hold to be trusted. */
const DECLARED_SHARE = 0.5;
const MAX_CHILDREN = 5_000;

function childWithMostText(el: Element, stats: Map<Element, ElementStats>): [Element, number] | null {
  let best: [Element, number] | null = null;
  let child = el.firstChild;
  for (let i = 0; child !== null && i < MAX_CHILDREN; i++, child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    const s = stats.get(child as Element);
    if (s !== undefined && (best === null || s.text > best[1])) best = [child as Element, s.text];
  }
  return best;
}

/**
 * Finds the element that holds the story: the page's declared articleBody when it holds most of the text, else the
 * deepest element that still holds nearly all of it (so chrome beside the story falls outside).
 */
export function findStoryRoot(doc: Document, top: Element, stats: Map<Element, ElementStats>): Element {
  const total = stats.get(top)?.text ?? 0;
  if (total === 0) return top;
  const declared = doc.querySelectorAll('[itemprop~="articleBody"], [itemprop~="articlebody"]');
  let best: Element | null = null;
  let bestText = 0;
  for (let i = 0; i < declared.length && i < 50; i++) {
    const el = declared[i];
    const t = el === undefined ? 0 : (stats.get(el)?.text ?? 0);
    if (el !== undefined && t > bestText) [best, bestText] = [el, t];
  }
  if (best !== null && bestText >= total * DECLARED_SHARE) return best;

  let root = top;
  let rootText = total;
  for (;;) {
    const next = childWithMostText(root, stats);
    if (next === null || next[1] < rootText * DESCEND_SHARE) return root;
    [root, rootText] = next;
  }
}
