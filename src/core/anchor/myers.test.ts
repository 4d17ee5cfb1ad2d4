import { describe, expect, it } from 'vitest';
import { compilePattern, scanDistances } from './myers.ts';
import { mulberry32 } from '../../lab/anchor/seeded-random.ts';

/** Reference: least edit distance of `pattern` against text ending after each index (free start). */
function naiveEndDistances(pattern: string, text: string): number[] {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const row = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j] ? 0 : 1;
      row.push(Math.min((prev[i - 1] ?? 0) + cost, (prev[i] ?? 0) + 1, (row[i - 1] ?? 0) + 1));
    }
    out.push(row[pattern.length] ?? 0);
    prev = row;
  }
  return out;
}

/** Reference: edit distance of `pattern` against each suffix-anchored prefix text[0..j]. */
function naiveAnchored(pattern: string, text: string): number[] {
  const out: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const a = pattern;
    const b = text.slice(0, j);
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let k = 1; k <= b.length; k++) {
        const cost = a[i - 1] === b[k - 1] ? 0 : 1;
        row.push(Math.min((prev[k - 1] ?? 0) + cost, (prev[k] ?? 0) + 1, (row[k - 1] ?? 0) + 1));
      }
      prev = row;
    }
    out.push(prev[b.length] ?? 0);
  }
  return out;
}

function randomString(random: () => number, length: number, alphabet: string): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

describe('scanDistances', () => {
  it('agrees with the textbook dynamic programme for short and multi-block patterns', () => {
    const random = mulberry32(7);
    for (const length of [1, 5, 31, 32, 33, 64, 65, 100]) {
      for (let round = 0; round < 4; round++) {
        const pattern = randomString(random, length, 'abcd');
        const text = randomString(random, 150, 'abcd');
        const fast = Array.from(scanDistances(compilePattern(pattern), text, 0, text.length));
        expect(fast).toEqual(naiveEndDistances(pattern, text));
      }
    }
  });

  it('computes anchored distances walking in reverse', () => {
    const random = mulberry32(11);
    for (const length of [3, 40, 70]) {
      const pattern = randomString(random, length, 'ab ');
      const text = randomString(random, 90, 'ab ');
      const reversedPattern = [...pattern].reverse().join('');
      const reversedText = [...text].reverse().join('');
      const fast = scanDistances(compilePattern(reversedPattern), text, 0, text.length, {
        reverse: true,
        anchored: true,
      });
      expect(Array.from(fast)).toEqual(naiveAnchored(reversedPattern, reversedText));
    }
  });

  it('finds a 2,000-character pattern with a few edits', () => {
    const random = mulberry32(3);
    const pattern = randomString(random, 2000, 'abcdefghij ');
    const edited = pattern.slice(0, 500) + 'XY' + pattern.slice(503, 1500) + pattern.slice(1501);
    const text =
      randomString(random, 3000, 'abcdefghij ') + edited + randomString(random, 1000, 'abcdefghij ');
    const distances = scanDistances(compilePattern(pattern), text, 0, text.length);
    const end = 3000 + edited.length - 1;
    expect(distances[end]).toBeLessThanOrEqual(4);
    expect(Math.min(...Array.from(distances.slice(0, 2500)))).toBeGreaterThan(500);
  });
});
