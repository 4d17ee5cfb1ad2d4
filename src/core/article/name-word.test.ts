import { describe, expect, it } from 'vitest';
import { isNameWord } from './byline.ts';

/** The rule written once in Unicode properties, as the byline reader states it. */
const byProperties = /^(?:\p{Lu}\.?|\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lo}[\p{L}\p{M}'’-]*)$/u;

/** Every string of exactly `length` characters drawn from `alphabet`. */
function* strings(alphabet: readonly string[], length: number): Generator<string> {
  if (length === 0) return yield '';
  for (const shorter of strings(alphabet, length - 1)) for (const c of alphabet) yield shorter + c;
}

describe('isNameWord', () => {
  it('answers as the Unicode rule does, on ASCII words and on words with other letters', () => {
    const alphabet = ['A', 'z', 'Q', '.', "'", '-', '’', '1', ' ', 'É', 'é', '李', '\u0301', 'ß'];
    let checked = 0;
    for (let length = 1; length <= 4; length++) {
      for (const word of strings(alphabet, length)) {
        expect(isNameWord(word), JSON.stringify(word)).toBe(byProperties.test(word));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30_000);
  });
});
