/**
 * A word without its possessive ending: "Trump’s" → "Trump", "editor's" → "editor"; any other word as it is.
 * Checked by character, without a regular expression: it runs on every capitalised word of a text.
 */
export function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115) return word;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019 ? word.slice(0, n - 2) : word;
}

/** True when a word ends in a possessive "’s" or "'s". */
export const isPossessive = (word: string): boolean => withoutPossessive(word) !== word;
