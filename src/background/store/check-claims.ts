import type { Claim } from '../../core/claims/index.ts';
import { ClaimStoreError } from './errors.ts';

const ORIGINS = new Set(['page', 'feed', 'import', 'selection', 'factcheck']);
const MAX_ID_LENGTH = 64;

function problem(claim: Claim): string | null {
  if (typeof claim !== 'object' || claim === null) return 'not an object';
  if (typeof claim.id !== 'string' || claim.id.length === 0 || claim.id.length > MAX_ID_LENGTH)
    return 'bad id';
  if (typeof claim.text !== 'string') return 'text is not a string';
  if (typeof claim.source?.url !== 'string' || typeof claim.source.domain !== 'string') return 'bad source';
  if (!Number.isFinite(claim.collected)) return 'collected is not a time';
  if (!ORIGINS.has(claim.origin)) return 'unknown origin';
  if (!Array.isArray(claim.keys?.terms) || !Array.isArray(claim.keys.entities)) return 'keys missing';
  return null;
}

/**
 * Rejects a batch holding a claim that would break the store's invariants (ids, index keys), before any write.
 * Full shape and size validation happens where claims come in (message validation, import parsing).
 */
export function checkClaims(claims: readonly Claim[], max = Infinity): void {
  if (!Array.isArray(claims)) throw new ClaimStoreError('invalid', 'expected an array of claims');
  if (claims.length > max)
    throw new ClaimStoreError('invalid', `${claims.length} claims, at most ${max} in one write`);
  for (let i = 0; i < claims.length; i++) {
    const reason = problem(claims[i] as Claim);
    if (reason) throw new ClaimStoreError('invalid', `claim ${i + 1} of ${claims.length}: ${reason}`);
  }
}
