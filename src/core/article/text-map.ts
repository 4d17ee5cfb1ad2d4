/** A stretch of article text that comes from one text node: identity (same length) or collapsed whitespace. */
export interface TextRun {
  /** Start offset in the article text. */
  t: number;
  /** Length in the article text. */
  tl: number;
  node: Text;
  /** Start offset in the node's data. */
  n: number;
  /** Length in the node's data (tl === nl: one to one; tl === 1 < nl: collapsed whitespace). */
  nl: number;
}

/** DOM boundary points for a stretch of article text, ready for Range.setStart/setEnd. */
export interface DomPositions {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Maps article-text offsets to DOM text positions and back. */
export interface TextMap {
  /** Length of the article text. */
  readonly length: number;
  /** DOM positions of text [start, end), or null when the offsets are invalid or cover no DOM text. */
  toDomPositions(start: number, end: number): DomPositions | null;
  /** The article-text offset of a DOM boundary point (text node or element + child index), or null outside the article. */
  fromDom(node: Node, offset: number): number | null;
}

const MAX_CHILD_STEPS = 10_000;
const MAX_DESCENT = 1_000;

/** The deepest first (or last) text node under a node, bounded. */
function edgeText(node: Node, last: boolean): Text | null {
  let cur: Node | null = node;
  for (let i = 0; cur !== null && i < MAX_DESCENT; i++) {
    if (cur.nodeType === 3) return cur as Text;
    cur = last ? cur.lastChild : cur.firstChild;
  }
  return null;
}

/** Builds a TextMap over runs sorted by text offset. */
export function createTextMap(runs: TextRun[], length: number): TextMap {
  const byNode = new Map<Node, TextRun[]>();
  for (const run of runs) {
    const list = byNode.get(run.node);
    if (list === undefined) byNode.set(run.node, [run]);
    else list.push(run);
  }

  /** Index of the first run ending after offset `t`. */
  const firstEndingAfter = (t: number): number => {
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = runs[mid];
      if (r !== undefined && r.t + r.tl <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const startPoint = (t: number): [Text, number, number] | null => {
    const i = firstEndingAfter(t);
    const r = runs[i];
    if (r === undefined) return null;
    if (r.t > t) return [r.node, r.n, i];
    return [r.node, r.tl === r.nl ? r.n + (t - r.t) : r.n, i];
  };

  const endPoint = (t: number): [Text, number, number] | null => {
    // The run holding character t-1, or the last run before t when t-1 is a separator.
    let j = firstEndingAfter(t - 1);
    const rj = runs[j];
    if (rj === undefined || rj.t >= t) j--;
    const r = runs[j];
    if (r === undefined) return null;
    if (r.t + r.tl <= t) return [r.node, r.n + r.nl, j];
    return [r.node, r.tl === r.nl ? r.n + (t - r.t) : r.n + r.nl, j];
  };

  const textOffset = (text: Text, offset: number): number | null => {
    const list = byNode.get(text);
    if (list === undefined) return null;
    for (const r of list) {
      if (offset < r.n) return r.t;
      if (offset <= r.n + r.nl) {
        if (r.tl === r.nl) return r.t + (offset - r.n);
        return offset === r.n ? r.t : r.t + r.tl;
      }
    }
    const lastRun = list[list.length - 1];
    return lastRun === undefined ? null : lastRun.t + lastRun.tl;
  };

  return {
    length,
    toDomPositions(start, end) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start > end)
        return null;
      const s = startPoint(start);
      if (s === null) return null;
      if (start === end) return { startNode: s[0], startOffset: s[1], endNode: s[0], endOffset: s[1] };
      const e = endPoint(end);
      if (e === null || e[2] < s[2]) return null;
      return { startNode: s[0], startOffset: s[1], endNode: e[0], endOffset: e[1] };
    },
    fromDom(node, offset) {
      if (node.nodeType === 3) return textOffset(node as Text, offset);
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return null;
      let child = node.firstChild;
      for (let i = 0; child !== null && i < offset && i < MAX_CHILD_STEPS; i++) child = child.nextSibling;
      if (child !== null) {
        const text = edgeText(child, false);
        return text === null ? null : textOffset(text, 0);
      }
      const text = edgeText(node, true);
      return text === null ? null : textOffset(text, text.data.length);
    },
  };
}
