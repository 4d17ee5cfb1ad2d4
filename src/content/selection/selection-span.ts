import type { TextMap } from '../../core/article/index.ts';

/** Most text nodes looked at while snapping an edge of a selection to mapped text. */
const MAX_SNAP_STEPS = 2_000;

/** The deepest last descendant of a node (the node itself when it has no children), bounded. */
function lastDescendant(node: Node): Node {
  let cur = node;
  for (let i = 0; cur.lastChild && i < 1_000; i++) cur = cur.lastChild;
  return cur;
}

function textWalker(root: Node): TreeWalker {
  return document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
}

/** The article offset of the range's start, moved forward to the first text the map knows when it is not mapped. */
function startOffset(range: Range, map: TextMap): number | null {
  const { startContainer: container, startOffset: offset } = range;
  const direct = map.fromDom(container, offset);
  if (direct !== null) return direct;
  // Whitespace between blocks and text outside the main text are not in the map: snap to the next text that is.
  const walker = textWalker(range.commonAncestorContainer);
  let node: Node | null;
  if (container.nodeType === Node.TEXT_NODE) {
    walker.currentNode = container;
    node = walker.nextNode();
  } else {
    const child = container.childNodes[offset];
    if (child) {
      walker.currentNode = child;
      node = child.nodeType === Node.TEXT_NODE ? child : walker.nextNode();
    } else {
      walker.currentNode = lastDescendant(container);
      node = walker.nextNode();
    }
  }
  for (let i = 0; node !== null && i < MAX_SNAP_STEPS; i++, node = walker.nextNode()) {
    if (range.comparePoint(node, 0) > 0) return null;
    const at = map.fromDom(node, 0);
    if (at !== null) return at;
  }
  return null;
}

/** The article offset of the range's end, moved back to the last text the map knows when it is not mapped. */
function endOffset(range: Range, map: TextMap): number | null {
  const { endContainer: container, endOffset: offset } = range;
  const direct = map.fromDom(container, offset);
  if (direct !== null) return direct;
  const walker = textWalker(range.commonAncestorContainer);
  let node: Node | null;
  if (container.nodeType === Node.TEXT_NODE) {
    walker.currentNode = container;
    node = walker.previousNode();
  } else {
    const child = offset > 0 ? container.childNodes[offset - 1] : undefined;
    if (child) {
      const last = lastDescendant(child);
      walker.currentNode = last;
      node = last.nodeType === Node.TEXT_NODE ? last : walker.previousNode();
    } else {
      walker.currentNode = container;
      node = walker.previousNode();
    }
  }
  for (let i = 0; node !== null && i < MAX_SNAP_STEPS; i++, node = walker.previousNode()) {
    const length = (node as Text).data.length;
    if (range.comparePoint(node, length) < 0) return null;
    const at = map.fromDom(node, length);
    if (at !== null) return at;
  }
  return null;
}

/**
 * The article-text span [start, end) a DOM range covers, or null when none of it is in the article text.
 * Edges in whitespace or markup the map does not know are snapped inward to the nearest mapped text.
 */
export function selectionSpan(range: Range, map: TextMap): { start: number; end: number } | null {
  if (range.collapsed) return null;
  const start = startOffset(range, map);
  const end = endOffset(range, map);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
