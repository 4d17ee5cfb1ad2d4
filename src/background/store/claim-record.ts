import type { Claim } from '../../core/claims/index.ts';
import { canonicalUrl } from '../../core/claims/index.ts';
import { packFeatures } from '../../core/conflicts/claim-features.ts';
import { featureInput } from '../../core/conflicts/related/readings.ts';
import type { ClaimRecord } from './schema.ts';

/**
 * The record stored for a claim: the claim plus its canonical page key and its normalised reading, packed, so a
 * check reads candidates instead of normalising them again.
 */
export function toRecord(claim: Claim): ClaimRecord {
  const features = packFeatures(featureInput(claim));
  return { ...claim, page: canonicalUrl(claim.source.url), ...(features ? { features } : {}) };
}

/** The claim a stored record holds, without the store's own fields. */
export function toClaim(stored: ClaimRecord): Claim {
  const { page: _page, features: _features, ...claim } = stored;
  return claim;
}
