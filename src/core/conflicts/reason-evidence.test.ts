import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isEvidence } from './describe.ts';
import { judgeClaims } from './judge.ts';

const PAIRS_DIR = fileURLToPath(new URL('../../../fixtures/pairs/', import.meta.url));

// Reasons whose evidence is a word list (or one word), not a clause excerpt.
const WORD_EVIDENCE = new Set(['refuting-word', 'antonym', 'hedge', 'number', 'date', 'place']);

function fixturePairs(): { a: { text: string }; b: { text: string } }[] {
  return readdirSync(PAIRS_DIR)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(PAIRS_DIR + name, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as { a: { text: string }; b: { text: string } }),
    );
}

describe('reason evidence', () => {
  it('tells function words from evidence', () => {
    expect(isEvidence('on')).toBe(false);
    expect(isEvidence('the')).toBe(false);
    expect(isEvidence('hoax')).toBe(true);
    expect(isEvidence('not true')).toBe(true);
    expect(isEvidence('2025')).toBe(true);
  });

  it('points at real words on both sides in every reason the judge gives for the fixture pairs', () => {
    let checked = 0;
    for (const pair of fixturePairs()) {
      for (const reason of judgeClaims(pair.a, pair.b).reasons) {
        for (const side of [reason.a, reason.b]) {
          if (side === '' || !WORD_EVIDENCE.has(reason.code)) continue;
          if (reason.code === 'hedge' && side === '?') continue;
          for (const part of side.split(', '))
            expect(isEvidence(part), `${reason.code}: "${part}"`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
