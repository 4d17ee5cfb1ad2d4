import type { ClaimKeys } from './claim.ts';
import { findEntities } from './entities.ts';
import { isContentWord, type NormalizedClaim } from './normalize.ts';
import { parseNumber } from './numbers.ts';
import { HEDGES } from './polarity.ts';
import { stem } from './stem.ts';
import { claimTokens } from './claim-tokens.ts';

/** Caps on index keys per claim: IndexedDB multiEntry indexes grow with every key. */
export const KEY_LIMITS = { terms: 24, entities: 8, numbers: 8, length: 32 } as const;

function cap(values: Iterable<string>, count: number): string[] {
  const out: string[] = [];
  for (const value of values) {
    const key = value.toLowerCase().slice(0, KEY_LIMITS.length);
    if (key.length === 0 || out.includes(key)) continue;
    out.push(key);
    if (out.length >= count) break;
  }
  return out;
}

/** Formats a quantity as a short key: "9 individu", "19000000 sale". */
export function quantityKey(value: number, unit: string): string {
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '');
  return unit ? `${rounded} ${unit}` : rounded;
}

/** The short, lower-case, deduplicated keys the store indexes a claim by (stems, entity keys, numbers). */
export function claimKeys(claim: NormalizedClaim): ClaimKeys {
  return {
    terms: cap(claim.terms, KEY_LIMITS.terms),
    entities: cap(
      claim.entities.map((e) => e.key),
      KEY_LIMITS.entities,
    ),
    numbers: cap(
      claim.quantities.map((q) => quantityKey(q.value, q.unit)),
      KEY_LIMITS.numbers,
    ),
  };
}

/**
 * The terms and entities of a text without the rest of normalisation (numbers, dates, clauses): the fast path
 * for indexing many claims at once. Number keys are left empty.
 */
export function keysOfText(text: string): ClaimKeys {
  const tokens = claimTokens(text);
  const terms = tokens
    .filter((t) => !HEDGES.has(t.lower))
    .map((t) => t.lower.replace(/'s$/, '').replace(/^((?:[a-z]\.)+)$/, (m) => m.replace(/\./g, '')))
    .filter((lower) => isContentWord(lower) && parseNumber(lower.split('-')[0] ?? '') === null)
    .map((lower) => stem(lower.replace(/^[$£€]/, '')));
  return {
    terms: cap(terms, KEY_LIMITS.terms),
    entities: cap(
      findEntities(tokens).map((e) => e.key),
      KEY_LIMITS.entities,
    ),
    numbers: [],
  };
}
