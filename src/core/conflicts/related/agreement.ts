import type { Claim } from '../../claims/index.ts';
import { judgeClaims } from '../judge.ts';
import { defaultModel } from '../model.ts';
import type { ConflictQueryOptions } from '../rank.ts';
import type { Judgement } from '../types.ts';
import type { Candidate } from './candidate-source.ts';
import type { CheckReadings } from './readings.ts';

/** Candidates judged for agreement: the first the search found. */
const AGREEMENT_CHECKS = 10;

/**
 * Reports from other outlets that say the same as the claim: among the first candidates, those the ranking did
 * not already place (`ranked`), from another domain, that the judge finds in agreement. Agreement is judged on
 * readings without the articles' dates: two reports of one event dated days apart still say the same thing.
 */
export function agreeingClaims(
  claim: Claim,
  candidates: readonly Candidate[],
  ranked: ReadonlySet<string>,
  readings: CheckReadings,
  options: ConflictQueryOptions = {},
): { other: Claim; judgement: Judgement }[] {
  const judge = options.judge ?? judgeClaims;
  const model = options.model ?? defaultModel;
  const query = readings.fresh(claim).undated();
  return candidates
    .slice(0, AGREEMENT_CHECKS)
    .filter((c) => c.claim.id !== claim.id && !ranked.has(c.claim.id))
    .filter((c) => c.claim.source.domain !== claim.source.domain)
    .flatMap((candidate) => {
      const judgement = judge(query, readings.of(candidate).undated(), model);
      return judgement.relation === 'agree' ? [{ other: candidate.claim, judgement }] : [];
    });
}
