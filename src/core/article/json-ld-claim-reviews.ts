import type { JsonLd } from './json-ld-parse.ts';
import { firstName, isNode, num, resolve, str, typesOf, urlOf, type LdIndex } from './json-ld-values.ts';
import type { ClaimReviewData, ClaimReviewRating } from './types.ts';

const MAX_REVIEWS = 200;

function rating(value: unknown, index: LdIndex): ClaimReviewRating | null {
  const r = resolve(Array.isArray(value) ? value[0] : value, index);
  if (!isNode(r)) return null;
  return {
    alternateName: str(r['alternateName']) ?? str(r['name']),
    ratingValue: num(r['ratingValue']),
    bestRating: num(r['bestRating']),
    worstRating: num(r['worstRating']),
  };
}

/**
 * Reads every schema.org ClaimReview on the page, wherever it is nested (@graph, DataFeed, arrays), leniently:
 * a page's JSON-LD is whatever its CMS wrote, so a missing field is null and the review is kept. A file the
 * reader imports is read strictly instead, every fault named (`claims/interchange/claim-review-import.ts`).
 */
export function readClaimReviews(ld: JsonLd): ClaimReviewData[] {
  const out: ClaimReviewData[] = [];
  const seen = new Set<unknown>();
  for (const node of ld.all) {
    if (out.length >= MAX_REVIEWS) break;
    if (seen.has(node) || !typesOf(node).includes('ClaimReview')) continue;
    seen.add(node);
    const itemRaw = resolve(
      Array.isArray(node['itemReviewed']) ? node['itemReviewed'][0] : node['itemReviewed'],
      ld.index,
    );
    const item = isNode(itemRaw) ? itemRaw : {};
    out.push({
      claimReviewed: str(node['claimReviewed']) ?? str(item['text']) ?? str(item['name']),
      author: firstName(item['author'], ld.index),
      claimDate: str(item['datePublished']),
      appearanceUrl: urlOf(item['appearance'] ?? item['firstAppearance'], ld.index),
      datePublished: str(node['datePublished']),
      url: str(node['url']),
      reviewRating: rating(node['reviewRating'], ld.index),
      reviewer: firstName(node['author'], ld.index) ?? firstName(node['publisher'], ld.index),
    });
  }
  return out;
}
