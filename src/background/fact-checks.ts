import type { Claim, ClaimSource } from '../core/claims/claim.ts';
import { makeClaim } from '../core/claims/make-claim.ts';
import type { ScannedClaimReview } from '../shared/page-scan.ts';
import { sameSite } from '../shared/registrable-domain.ts';

/**
 * Claims of origin `factcheck` from the ClaimReview data of a fact-checker's page: the claim reviewed,
 * who made it, and the verdict. A review's own URL is kept only on the page's site.
 */
export function factCheckClaims(
  reviews: readonly ScannedClaimReview[],
  page: ClaimSource,
  now: number,
): Claim[] {
  return reviews.map((review) => {
    const claim = makeClaim(
      {
        text: review.claimReviewed,
        speaker: review.claimant ? { name: review.claimant, kind: 'unknown' } : null,
        cue: null,
        kind: 'statement',
        source: {
          ...page,
          url: review.url && sameSite(review.url, page.url) ? review.url : page.url,
          ...(review.datePublished ? { published: review.datePublished } : {}),
        },
        origin: 'factcheck',
      },
      now,
    );
    return {
      ...claim,
      rating: { ...review.rating, ...(review.reviewer ? { reviewer: review.reviewer } : {}) },
    };
  });
}
