import { chromeHint, isNeverText, tagOf, type ChromeHint } from './exclusion.ts';
import { runSteps, walkBlocksSteps, type BlockHandler, type Steps, type WalkResult } from './walk.ts';

/** Text totals under one element, counting only visible non-chrome blocks. */
export interface ElementStats {
  /** Non-whitespace characters in blocks that are mostly not links. */
  text: number;
  /** Blocks that are mostly not links. */
  blocks: number;
  /** Of those, blocks of at least PARAGRAPH_CHARS characters. */
  paragraphs: number;
  /** Blocks that are mostly link text (teaser headlines, link lists). */
  linkBlocks: number;
  /** <article> elements at or under this element. */
  articles: number;
}

/** The non-whitespace length from which a block counts as a paragraph. */
export const PARAGRAPH_CHARS = 80;

function emptyStats(): ElementStats {
  return { text: 0, blocks: 0, paragraphs: 0, linkBlocks: 0, articles: 0 };
}

/** Characters that count as space when measuring text (code points up to 32, and the no-break space). */
const SPACES = /[^!-\u009f\u00a1-\uffff]+/g;

/** Non-space characters of s[from, end), counted by the regex engine: far cheaper than a loop in cold code. */
function countNonSpace(s: string, from: number, end: number): number {
  if (end <= from) return 0;
  return s.slice(from, end).replace(SPACES, '').length;
}

/** Per-element text statistics for a whole subtree, gathered in one bounded walk. */
export interface StatsResult extends WalkResult {
  stats: Map<Element, ElementStats>;
  /** The elements the walk skipped as never text or hidden, so a second walk need not judge them again. */
  skipped: Set<Element>;
  /** Elements whose tag, role, class or id mark them as chrome, in document order; measured like the rest. */
  marked: Map<Element, ChromeHint>;
  /** Paragraph characters per element that directly holds paragraphs, counting none inside marked chrome. */
  prose: Map<Element, number>;
}

/** Tells whether an element is hidden from the reader; the browser passes one that reads computed style. */
export type HiddenCheck = (el: Element) => boolean;

/** Measures how much story-like text sits under each element of `root` (used to find the story container). */
export function gatherStats(
  root: Element,
  maxChars: number,
  maxElements: number,
  isHiddenByStyle?: HiddenCheck,
): StatsResult {
  return runSteps(gatherStatsSteps(root, maxChars, maxElements, isHiddenByStyle));
}

/** `gatherStats` in resumable steps. */
export function* gatherStatsSteps(
  root: Element,
  maxChars: number,
  maxElements: number,
  isHiddenByStyle?: HiddenCheck,
): Steps<StatsResult> {
  const stats = new Map<Element, ElementStats>();
  const skipped = new Set<Element>();
  const marked = new Map<Element, ChromeHint>();
  const prose = new Map<Element, number>();
  const stack: ElementStats[] = [];
  let owner: Element | null = null;
  let markedDepth = 0;
  let len = 0;
  let linkLen = 0;
  let budget = maxChars;
  const handler: BlockHandler = {
    openBlock: (el) => {
      owner = el;
      len = 0;
      linkLen = 0;
    },
    closeBlock: () => {
      const top = stack[stack.length - 1];
      if (top === undefined || len === 0) return;
      if (linkLen * 2 > len) top.linkBlocks++;
      else {
        top.text += len;
        top.blocks++;
        if (len >= PARAGRAPH_CHARS) {
          top.paragraphs++;
          // The story's paragraphs sit side by side under one container: credit it, as reader modes do.
          const holder = owner?.parentElement ?? null;
          if (markedDepth === 0 && holder !== null) prose.set(holder, (prose.get(holder) ?? 0) + len);
        }
      }
      len = 0;
      linkLen = 0;
    },
    text: (node, inLink, from, to) => {
      const n = countNonSpace(node.data, from, Math.min(to, from + budget));
      budget -= Math.min(to - from, budget);
      len += n;
      if (inLink) linkLen += n;
    },
    lineBreak: () => undefined,
    enter: (el) => {
      const s = emptyStats();
      if (tagOf(el) === 'ARTICLE') s.articles = 1;
      if (marked.has(el)) markedDepth++;
      stack.push(s);
    },
    exit: (el) => {
      const s = stack.pop();
      if (marked.has(el)) markedDepth--;
      if (s === undefined) return;
      if (s.text > 0 || s.linkBlocks > 0 || s.articles > 0) stats.set(el, s);
      const parent = stack[stack.length - 1];
      if (parent === undefined) return;
      parent.text += s.text;
      parent.blocks += s.blocks;
      parent.paragraphs += s.paragraphs;
      parent.linkBlocks += s.linkBlocks;
      parent.articles += s.articles;
    },
    done: () => budget <= 0,
    skip: (el) => {
      if (isNeverText(el) || (isHiddenByStyle !== undefined && isHiddenByStyle(el))) {
        skipped.add(el);
        return true;
      }
      const hint = chromeHint(el);
      if (hint !== null) marked.set(el, hint);
      return false;
    },
  };
  const result = yield* walkBlocksSteps(root, handler, maxElements);
  return { ...result, truncated: result.truncated || budget <= 0, stats, skipped, marked, prose };
}
