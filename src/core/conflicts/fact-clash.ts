import type { NormalizedClaim } from '../claims/index.ts';
import { dateReason, numberReason, placeReason } from './reasons-facts.ts';
import { denialCueReason } from './reasons-polarity.ts';

/**
 * True when a rule alone already sets two claims against each other: a different count, date or place for one
 * fact of the event ("two hours" / "a little over an hour", "the Vatican" / "Istanbul"), or a denial of what the
 * other asserts ("the Kremlin denied that Mr Putin had agreed to an immediate ceasefire"). Such a pair may dispute
 * the query as surely as a refuting stance does, though the learned stance of the other side need not lean against
 * it, so the ranking judges it among the first. Cheaper than the judge: only these rules run.
 */
export function clashesByRule(a: NormalizedClaim, b: NormalizedClaim): boolean {
  return (
    numberReason(a, b) !== null ||
    dateReason(a, b) !== null ||
    placeReason(a, b) !== null ||
    denialCueReason(a, b) !== null
  );
}
