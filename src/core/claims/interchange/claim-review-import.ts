import type { Claim, ClaimRating } from '../claim.ts';
import { claimId } from '../claim-id.ts';
import type { SpeakerKind } from '../../quotes/types.ts';
import { httpUrl, rating as checkRating, ShapeError, str } from './claim-shape.ts';
import { IMPORT_LIMITS as L } from './limits.ts';

type Obj = Record<string, unknown>;

function asObj(value: unknown): Obj | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null ? (first as Obj) : undefined;
}

/** Whether a JSON-LD node has a type, given as "ClaimReview", "schema:ClaimReview" or a list holding it. */
export function hasType(node: unknown, type: string): boolean {
  const value = asObj(node)?.['@type'];
  const types = Array.isArray(value) ? value : [value];
  return types.some(
    (t) => typeof t === 'string' && (t === type || t.endsWith(`:${type}`) || t.endsWith(`/${type}`)),
  );
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const name = asObj(value)?.name;
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

function speakerKind(author: unknown): SpeakerKind {
  if (hasType(author, 'Person')) return 'person';
  const type = asObj(author)?.['@type'];
  return typeof type === 'string' && type.endsWith('Organization') ? 'organization' : 'unknown';
}

function ratingOf(review: Obj, reviewer: string | undefined): ClaimRating {
  const r = asObj(review.reviewRating);
  if (!r) throw new ShapeError('reviewRating: is missing');
  const numeric = (v: unknown) =>
    typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  const value = numeric(r.ratingValue);
  const name =
    [r.alternateName, r.name].find((n) => typeof n === 'string' && n.trim() !== '') ??
    (Number.isFinite(value) ? String(value) : undefined);
  const result: Record<string, unknown> = { name, reviewer };
  if (Number.isFinite(value)) result.value = value;
  if (Number.isFinite(numeric(r.bestRating))) result.best = numeric(r.bestRating);
  if (Number.isFinite(numeric(r.worstRating))) result.worst = numeric(r.worstRating);
  if (name === undefined)
    throw new ShapeError('reviewRating: has neither alternateName, name nor ratingValue');
  return checkRating(result);
}

/**
 * A schema.org ClaimReview from a file the reader imports, read strictly (a page's own reviews are read
 * leniently by `article/json-ld-claim-reviews.ts`), as a claim of origin 'factcheck': the reviewed claim's text and author, with the
 * review page as its source (the reader follows it to the verdict) and the review's rating. Keys are left empty
 * for the caller to compute. Throws ShapeError naming the field at fault.
 */
export function claimFromClaimReview(node: unknown, collected: number): Claim {
  const review = asObj(node);
  if (!review || !hasType(review, 'ClaimReview')) throw new ShapeError('@type: expected ClaimReview');
  const item = asObj(review.itemReviewed);
  const appearance = asObj(item?.appearance) ?? asObj(item?.firstAppearance);
  const url = httpUrl(review.url ?? appearance?.url, 'url');
  const text = str(review.claimReviewed, 'claimReviewed', L.textChars).replace(/\s+/g, ' ').trim();
  const speakerName = nameOf(item?.author);
  const reviewer = nameOf(review.author) ?? nameOf(review.publisher);
  const domain = new URL(url).hostname;
  const claim: Claim = {
    id: '',
    text,
    speaker: speakerName
      ? { name: str(speakerName, 'itemReviewed.author.name', L.nameChars), kind: speakerKind(item?.author) }
      : null,
    cue: null,
    kind: 'statement',
    source: { outlet: reviewer ? str(reviewer, 'author.name', L.nameChars) : domain, domain, url },
    collected,
    origin: 'factcheck',
    keys: { terms: [], entities: [], numbers: [] },
    rating: ratingOf(review, reviewer),
  };
  claim.id = claimId(url, text, claim.speaker?.name);
  const headline = nameOf(review.headline) ?? nameOf(review.name);
  if (headline) claim.source.headline = str(headline, 'headline', L.headlineChars);
  const published = review.datePublished;
  if (typeof published === 'string' && published.length <= 64 && Number.isFinite(Date.parse(published))) {
    claim.source.published = published;
  }
  return claim;
}

/** The ClaimReview nodes of a document, each with where it was: DataFeed items, an array, @graph, or the node itself. */
export function claimReviewNodes(doc: unknown): { node: unknown; where: string }[] {
  if (Array.isArray(doc)) return doc.map((node, i) => ({ node, where: `[${i}]` }));
  const root = asObj(doc);
  if (!root) return [{ node: doc, where: '$' }];
  if (Array.isArray(root.dataFeedElement)) {
    return root.dataFeedElement.flatMap((element, i) => {
      const items = asObj(element) && !hasType(element, 'ClaimReview') ? (element as Obj).item : element;
      const list = Array.isArray(items) ? items : [items];
      return list.map((node, j) => ({
        node,
        where: `dataFeedElement[${i}]${Array.isArray(items) ? `.item[${j}]` : '.item'}`,
      }));
    });
  }
  if (Array.isArray(root['@graph'])) {
    // A page's graph also holds the WebPage, the Organization and so on; only its ClaimReviews are claims.
    const graph = root['@graph'].map((node: unknown, i) => ({ node, where: `@graph[${i}]` }));
    return graph.filter(({ node }) => hasType(node, 'ClaimReview'));
  }
  return [{ node: root, where: '$' }];
}
