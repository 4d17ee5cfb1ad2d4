import { describe, expect, it } from 'vitest';
import { compilePattern, scanDistances, scanWithinErrors } from './myers.ts';
import { mulberry32 } from '../../lab/anchor/seeded-random.ts';

function randomString(random: () => number, length: number, alphabet: string): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

describe('scanWithinErrors', () => {
  it('agrees with the full scan wherever the distance is within the bound', () => {
    const random = mulberry32(5);
    for (const [length, alphabet] of [5, 31, 32, 33, 64, 90, 200].flatMap((n) => [
      [n, 'abc'] as const,
      [n, 'abcdefgh '] as const,
    ])) {
      for (const maxErrors of [0, 3, 12, 40]) {
        const pattern = randomString(random, length, alphabet);
        // Plant an edited copy so some ends fall within the bound.
        const copy = pattern.slice(0, length >> 1) + 'c' + pattern.slice((length >> 1) + 1);
        const text = randomString(random, 120, alphabet) + copy + randomString(random, 120, alphabet);
        const compiled = compilePattern(pattern);
        const full = Array.from(scanDistances(compiled, text, 0, text.length), (d) =>
          Math.min(d, maxErrors + 1),
        );
        expect(Array.from(scanWithinErrors(compiled, text, 0, text.length, maxErrors))).toEqual(full);
      }
    }
  });
});
