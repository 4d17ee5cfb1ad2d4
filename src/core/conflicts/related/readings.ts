import type { Claim } from '../../claims/index.ts';
import { readClaim, type ClaimReadings, type FeatureInput } from '../claim-features.ts';
import type { Candidate } from './candidate-source.ts';

/** Normalised readings of the claims one check looks at, each computed at most once. */
export interface CheckReadings {
  /** A candidate's readings: from its source when it keeps them, else read from its text. */
  of(candidate: Candidate): ClaimReadings;
  /** A claim's readings read from its text (the query, which is not stored yet). */
  fresh(claim: Claim): ClaimReadings;
}

/**
 * What a claim is read from: its text, its speaker's name, its cue's stance (a denied quote denies what it says),
 * its outlet (named in reasons) and its article's date. Stored, in-memory and query claims are all read from this.
 */
export function featureInput(claim: Claim): FeatureInput {
  return {
    text: claim.text,
    speaker: claim.speaker?.name ?? null,
    ...(claim.cue ? { cueStance: claim.cue.stance } : {}),
    ...(claim.source.outlet ? { outlet: claim.source.outlet } : {}),
    ...(claim.source.published ? { date: claim.source.published } : {}),
  };
}

/** Memoises both readings per candidate, so one check never reads a claim twice (rank, then agreement). */
function memo(readings: ClaimReadings): ClaimReadings {
  let undated: ReturnType<ClaimReadings['undated']> | null = null;
  return {
    dated: readings.dated,
    undated: () => (undated ??= readings.undated()),
  };
}

/** The readings of one check's claims, by claim id. */
export function checkReadings(): CheckReadings {
  const seen = new Map<string, ClaimReadings>();
  const queries = new Map<string, ClaimReadings>();
  return {
    of(candidate) {
      let readings = seen.get(candidate.claim.id);
      if (!readings) {
        readings = memo(candidate.readings?.() ?? readClaim(featureInput(candidate.claim)));
        seen.set(candidate.claim.id, readings);
      }
      return readings;
    },
    fresh(claim) {
      let readings = queries.get(claim.id);
      if (!readings) {
        readings = memo(readClaim(featureInput(claim)));
        queries.set(claim.id, readings);
      }
      return readings;
    },
  };
}
