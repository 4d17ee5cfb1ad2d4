import type { Token } from '../text/tokenize.ts';

const DASHES = new Set(['—', '–', '-']);
const MAX_DATELINE = 14;

// An upper-case place word: "KYIV", "WASHINGTON", "NEW" (not "I" nor "A").
const isUpperPlace = (t: Token | undefined) =>
  !!t && t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);

/**
 * The index after a wire dateline that opens a sentence at `first` ("KYIV, Ukraine (AP) —", "LONDON, Dec 3
 * (Reuters) -"), or `first` when there is none: a place in capitals, then words, commas and a credit in brackets,
 * up to a dash. The dateline tells where the story was filed, not what anyone said.
 */
export function afterDateline(tokens: readonly Token[], first: number, end: number): number {
  if (!isUpperPlace(tokens[first])) return first;
  for (let k = first + 1; k < end && k < first + MAX_DATELINE; k++) {
    const t = tokens[k]!;
    if (DASHES.has(t.text)) return k + 1;
    // "Calif." and "Dec." end in a period that closes no sentence.
    const abbreviation = t.text === '.' && /^\p{Lu}\p{L}{0,4}$/u.test(tokens[k - 1]!.text);
    if (t.quote >= 0 || t.kind === 'break' || (t.text === '.' && !abbreviation) || t.text === ';')
      return first;
  }
  return first;
}
