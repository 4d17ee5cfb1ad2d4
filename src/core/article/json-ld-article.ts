import type { JsonLd } from './json-ld-parse.ts';
import { isNode, resolve, typesOf, type LdNode } from './json-ld-values.ts';

/** schema.org types that mark a page as a news story or post. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
]);

/** The article node of a page and the article type it declares. */
export interface LdArticle {
  node: LdNode;
  type: string;
}

function articleType(node: LdNode): string | null {
  return typesOf(node).find((t) => ARTICLE_TYPES.has(t)) ?? null;
}

/**
 * Finds the page's own article node: a top-level or @graph node of an article type, or the mainEntity of a
 * WebPage. Articles listed inside an ItemList (a section front's teasers) do not count.
 */
export function findLdArticle(ld: JsonLd): LdArticle | null {
  for (const node of ld.top) {
    const type = articleType(node);
    if (type !== null) return { node, type };
  }
  for (const node of ld.top) {
    const entity = resolve(node['mainEntity'] ?? node['mainEntityOfPage'], ld.index);
    const candidates = Array.isArray(entity) ? entity : [entity];
    for (const candidate of candidates) {
      const c = resolve(candidate, ld.index);
      if (!isNode(c)) continue;
      const type = articleType(c);
      if (type !== null) return { node: c, type };
    }
  }
  return null;
}
