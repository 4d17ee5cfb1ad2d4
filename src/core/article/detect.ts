import type { ElementStats } from './block-stats.ts';
import { tagOf } from './exclusion.ts';
import type { LdArticle } from './json-ld-article.ts';
import { metaContent } from './meta-tags.ts';

/** The verdict on whether a page is an article, and why. */
export interface Detection {
  isArticle: boolean;
  reason: string;
}

/** Text a lone <article> must hold, and its share of the page, to count as the page's story. */
const ARTICLE_MIN_TEXT = 500;
const ARTICLE_MIN_SHARE = 0.6;
/** What a story container must hold to pass on text density alone. */
const DENSITY_MIN_TEXT = 800;
const DENSITY_MIN_PARAGRAPHS = 4;

function dominantArticle(doc: Document, stats: Map<Element, ElementStats>, total: number): boolean {
  const articles = doc.querySelectorAll('article');
  let best = 0;
  let sizeable = 0;
  for (let i = 0; i < articles.length && i < 500; i++) {
    const el = articles[i];
    const t = el === undefined ? 0 : (stats.get(el)?.text ?? 0);
    if (t > best) best = t;
    if (t >= 200) sizeable++;
  }
  return best >= ARTICLE_MIN_TEXT && best >= total * ARTICLE_MIN_SHARE && sizeable <= 2;
}

/** Whether a story container reads like one story rather than a list of teasers. */
function denseStory(root: Element, rootStats: ElementStats | undefined): boolean {
  if (rootStats === undefined) return false;
  const ownArticle = tagOf(root) === 'ARTICLE' ? 1 : 0;
  return (
    rootStats.text >= DENSITY_MIN_TEXT &&
    rootStats.paragraphs >= DENSITY_MIN_PARAGRAPHS &&
    rootStats.linkBlocks * 2 <= rootStats.paragraphs &&
    rootStats.articles - ownArticle <= 1
  );
}

/** Decides whether a page is an article: JSON-LD type, og:type, a dominant <article>, then text density. */
export function detectArticle(
  doc: Document,
  ldArticle: LdArticle | null,
  stats: Map<Element, ElementStats>,
  top: Element,
  root: Element,
): Detection {
  if (ldArticle !== null) return { isArticle: true, reason: `json-ld ${ldArticle.type}` };
  const ogType = (metaContent(doc, 'og:type') ?? '').toLowerCase();
  if (ogType === 'article' || ogType.startsWith('article.')) return { isArticle: true, reason: 'og:type' };
  const total = stats.get(top)?.text ?? 0;
  if (dominantArticle(doc, stats, total)) return { isArticle: true, reason: '<article>' };
  if (denseStory(root, stats.get(root))) return { isArticle: true, reason: 'text density' };
  return { isArticle: false, reason: 'not an article' };
}
