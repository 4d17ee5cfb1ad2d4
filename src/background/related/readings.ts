import {
  readClaim,
  unpackFeatures,
  type ClaimReadings,
  type FeatureInput,
} from '../../core/conflicts/claim-features.ts';
import type { StoredClaim } from '../../core/conflicts/index.ts';

/** Normalised readings of the claims one check looks at, each computed at most once. */
export interface CheckReadings {
  /** A candidate's readings: unpacked from its stored features, else read from its text. */
  of(claim: StoredClaim): ClaimReadings;
  /** A claim's readings read from its text (the query, which is not stored yet). */
  fresh(claim: StoredClaim): ClaimReadings;
}

function inputOf(claim: StoredClaim): FeatureInput {
  return { text: claim.text, speaker: claim.speaker ?? null, ...(claim.date ? { date: claim.date } : {}) };
}

/** Memoises both readings per candidate, so one check never reads a claim twice (rank, then agreement). */
function memo(readings: ClaimReadings): ClaimReadings {
  let undated: ReturnType<ClaimReadings['undated']> | null = null;
  return {
    dated: readings.dated,
    undated: () => (undated ??= readings.undated()),
  };
}

/** The readings of one check's candidates, from their stored features (by claim id) where usable. */
export function readingsOf(features: ReadonlyMap<string, string>): CheckReadings {
  const seen = new Map<string, ClaimReadings>();
  return {
    of(claim) {
      let readings = seen.get(claim.id);
      if (!readings) {
        const input = inputOf(claim);
        readings = memo(unpackFeatures(features.get(claim.id), input) ?? readClaim(input));
        seen.set(claim.id, readings);
      }
      return readings;
    },
    fresh: (claim) => memo(readClaim(inputOf(claim))),
  };
}
