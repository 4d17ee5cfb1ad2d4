import type { ElementStats, StatsResult } from './block-stats.ts';

/** Share of the page's text a marked block must hold to be the story whatever its name says. */
const MOST_OF_PAGE = 0.5;
/** A weakly marked block reads as prose with at least this many paragraphs and this few link blocks each. */
const PROSE_PARAGRAPHS = 2;
const PROSE_LINKS_PER_PARAGRAPH = 0.25;
/** A feed of other stories: at least this many headline links, or <article> teasers. */
const FEED_LINKS = 3;
const FEED_ARTICLES = 2;
/** Marked blocks and feed candidates judged at most, so a hostile page cannot make this step long. */
const MAX_JUDGED = 5_000;

/** The container that directly holds the most paragraph text outside marked chrome: where the story is. */
function storyCore(prose: Map<Element, number>): Element | null {
  let core: Element | null = null;
  let most = 0;
  for (const [el, chars] of prose) if (chars > most) [core, most] = [el, chars];
  return core;
}

function insideAny(el: Element, set: { has(el: Element): boolean }, top: Element): boolean {
  for (let a = el.parentElement; a !== null && a !== top; a = a.parentElement) if (set.has(a)) return true;
  return false;
}

/** Whether a block reads as prose: several paragraphs, few of its blocks links, no teasers. */
function readsAsProse(s: ElementStats): boolean {
  return (
    s.paragraphs >= PROSE_PARAGRAPHS &&
    s.linkBlocks <= s.paragraphs * PROSE_LINKS_PER_PARAGRAPH &&
    s.articles === 0
  );
}

/** Whether a block is a feed of other stories: headline links or <article> teasers about as many as its paragraphs. */
function isFeed(s: ElementStats): boolean {
  return s.articles >= FEED_ARTICLES || (s.linkBlocks >= FEED_LINKS && s.paragraphs <= 2 * s.linkBlocks);
}

/** Marked blocks that stay chrome: a name is weak evidence, overruled by holding most of the text or by prose. */
function droppedMarks(top: Element, measured: StatsResult): Set<Element> {
  const total = measured.stats.get(top)?.text ?? 0;
  const outermost = new Set<Element>();
  let markedText = 0;
  for (const [el] of measured.marked) {
    if (insideAny(el, measured.marked, top)) continue;
    outermost.add(el);
    markedText += measured.stats.get(el)?.text ?? 0;
  }
  const unmarked = total - markedText;
  const dropped = new Set<Element>();
  let judged = 0;
  for (const [el, hint] of measured.marked) {
    if (++judged > MAX_JUDGED) break;
    if (insideAny(el, dropped, top)) continue;
    const s = measured.stats.get(el);
    if (s === undefined) continue;
    // Most of the page, or, for a block no other mark encloses, more than all the unmarked text together.
    const most = s.text >= total * MOST_OF_PAGE || (outermost.has(el) && s.text > 0 && s.text >= unmarked);
    if (most || (hint === 'weak' && readsAsProse(s))) continue;
    dropped.add(el);
  }
  return dropped;
}

/** Feeds of other stories' headlines and teasers that hold none of the story: the story ends before them. */
function droppedFeeds(top: Element, measured: StatsResult): Set<Element> {
  const core = storyCore(measured.prose);
  const feeds = new Set<Element>();
  if (core === null) return feeds;
  let judged = 0;
  for (const [el, s] of measured.stats) {
    if (++judged > MAX_JUDGED) break;
    if (el !== top && isFeed(s) && !el.contains(core)) feeds.add(el);
  }
  // Only the outermost of nested feeds, and none inside chrome already dropped.
  const outermost = new Set<Element>();
  for (const el of feeds) if (!insideAny(el, feeds, top)) outermost.add(el);
  return outermost;
}

function subtract(stats: Map<Element, ElementStats>, el: Element, top: Element): void {
  const s = stats.get(el);
  if (s === undefined) return;
  for (let a = el.parentElement; a !== null; a = a.parentElement) {
    const t = stats.get(a);
    if (t !== undefined) {
      t.text -= s.text;
      t.blocks -= s.blocks;
      t.paragraphs -= s.paragraphs;
      t.linkBlocks -= s.linkBlocks;
      t.articles -= s.articles;
    }
    if (a === top) break;
  }
  // Gone from the page as far as finding the story's container goes.
  stats.delete(el);
}

/**
 * Decides which measured blocks are not the story, by what they hold rather than what they are called: marked
 * chrome unless it holds most of the text or reads as prose, and feeds of other stories beside the story. Their
 * text is taken out of their ancestors' totals (so the story's container is found without them), and they are
 * added to the walk's skipped set.
 */
export function judgeChrome(top: Element, measured: StatsResult): Set<Element> {
  const all = droppedMarks(top, measured);
  for (const el of droppedFeeds(top, measured)) all.add(el);
  // A block inside another dropped one is already out of its ancestors' totals.
  const dropped = new Set<Element>();
  for (const el of all) if (!insideAny(el, all, top)) dropped.add(el);
  for (const el of dropped) {
    subtract(measured.stats, el, top);
    measured.skipped.add(el);
  }
  return dropped;
}
