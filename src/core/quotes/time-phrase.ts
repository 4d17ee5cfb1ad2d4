import type { Token } from '../text/tokenize.ts';

// "on Tuesday", "late Monday night", "yesterday": a time that news sets between a subject, its cue and the
// report ("The White House on Tuesday said", "Biden said Monday the economy was strong").
const DAY_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight'.split(' '),
);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const TIME_LEADS = new Set(['on', 'late', 'early']);

const lower = (t: Token | undefined) => (t && t.kind === 'word' && t.quote < 0 ? t.lower : '');

/** The index before a time phrase that ends at token `i` (no further back than `limit`), or `i` when none does. */
export function beforeTimePhrase(tokens: readonly Token[], i: number, limit: number): number {
  let j = i;
  if (DAY_PARTS.has(lower(tokens[j])) && j - 1 >= limit) j--;
  if (!DAY_WORDS.has(lower(tokens[j]))) return i;
  j--;
  while (j >= limit && TIME_LEADS.has(lower(tokens[j]))) j--;
  return j >= limit ? j : i;
}

/** The index after a time phrase that starts at token `k`, or `k` when none does. */
export function afterTimePhrase(tokens: readonly Token[], k: number): number {
  let j = k;
  while (TIME_LEADS.has(lower(tokens[j]))) j++;
  if (!DAY_WORDS.has(lower(tokens[j]))) return k;
  j++;
  if (DAY_PARTS.has(lower(tokens[j]))) j++;
  return j;
}
