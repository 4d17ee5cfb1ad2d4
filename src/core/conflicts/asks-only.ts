import type { NormalizedClaim } from '../claims/index.ts';
import type { RefutingWord } from './refuting-evidence.ts';

/** The first sentence of a text: up to its first full stop, question or exclamation mark that ends a word. */
const FIRST_SENTENCE = /^[^.?!]*?(?:[.?!](?=\s|$)|$)/;

/**
 * True when a claim only asks ("Banksy arrested? Again?", "Is the mayor really quitting?"): its opening sentence is a
 * question, and it neither negates nor disputes anything. A question asserts nothing, so there is nothing in it
 * that another account could dispute; it is at most another account of the same point.
 */
export function asksOnly(claim: NormalizedClaim, refuting: readonly RefutingWord[]): boolean {
  if (claim.negated || claim.denial || refuting.length > 0) return false;
  const first = FIRST_SENTENCE.exec(claim.text.trim())?.[0] ?? '';
  return first.endsWith('?');
}
