import type { NormalizedClaim } from '../claims/index.ts';
import { dateReason, numberReason, placeReason } from './reasons-facts.ts';

/**
 * True when two claims give different values for one fact of the event: a count, a date or a place ("two hours" /
 * "a little over an hour", "the Vatican" / "Istanbul"). Such a pair may dispute the query as surely as a refuting
 * stance does, though both sides state it firmly, so the ranking judges it among the first. Cheaper
 * than the judge: only the fact rules run.
 */
export function clashesOnFact(a: NormalizedClaim, b: NormalizedClaim): boolean {
  return numberReason(a, b) !== null || dateReason(a, b) !== null || placeReason(a, b) !== null;
}
