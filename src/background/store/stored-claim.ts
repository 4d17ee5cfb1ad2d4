import type { Claim } from '../../core/claims/claim.ts';
import { canonicalUrl } from '../../core/claims/claim-id.ts';
import type { StoredClaim } from './schema.ts';

/** The record stored for a claim: the claim plus its canonical page key. */
export function toStored(claim: Claim): StoredClaim {
  return { ...claim, page: canonicalUrl(claim.source.url) };
}

/** The claim a stored record holds, without the store's own fields. */
export function toClaim(stored: StoredClaim): Claim {
  const { page: _page, ...claim } = stored;
  return claim;
}
