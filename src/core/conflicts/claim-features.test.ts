import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeClaim } from '../claims/index.ts';
import { packFeatures, readClaim, unpackFeatures, type FeatureInput } from './claim-features.ts';

const PAIRS_DIR = fileURLToPath(new URL('../../../fixtures/pairs/', import.meta.url));

interface Side {
  text: string;
  speaker?: string | null;
}

/** Every claim of the hand-written pairs, once without and once with an article date (relative dates resolve). */
function fixtureInputs(): FeatureInput[] {
  const sides: Side[] = [];
  for (const file of readdirSync(PAIRS_DIR).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(PAIRS_DIR + file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const pair = JSON.parse(line) as { a: Side; b: Side };
      sides.push(pair.a, pair.b);
    }
  }
  return sides.flatMap((s) => [
    { text: s.text, speaker: s.speaker ?? null },
    { text: s.text, speaker: s.speaker ?? null, date: '2025-05-19T10:00:00Z' },
  ]);
}

describe('packed claim features', () => {
  const inputs = fixtureInputs();

  it('unpack to exactly the readings normalisation gives, with and without the date', () => {
    expect(inputs.length).toBeGreaterThan(300);
    let packed = 0;
    for (const input of inputs) {
      const stored = packFeatures(input);
      if (stored === null) continue;
      packed += 1;
      const readings = unpackFeatures(stored, input);
      expect(readings?.dated).toEqual(normalizeClaim(input));
      expect(readings?.undated()).toEqual(normalizeClaim({ text: input.text, speaker: input.speaker }));
    }
    // A reading the packed form cannot hold is left unpacked and read from the text: it must stay rare.
    expect(packed / inputs.length).toBeGreaterThan(0.95);
  });

  it('keep relative dates apart: resolved with the article date, unresolved without', () => {
    const input = {
      text: 'The talks began on Monday, the minister said.',
      speaker: 'the minister',
      date: '2025-05-21',
    };
    const readings = unpackFeatures(packFeatures(input) ?? undefined, input);
    expect(readings?.dated.dates[0]?.value).toBe('2025-05-19');
    expect(readings?.undated().dates).toEqual(
      normalizeClaim({ text: input.text, speaker: input.speaker }).dates,
    );
    expect(readings?.undated().dates[0]?.value).not.toBe('2025-05-19');
    expect(readings?.undated().date).toBeUndefined();
  });

  it('are ignored when missing, malformed or packed by another normaliser', () => {
    const input = { text: 'No ceasefire was agreed.', speaker: 'the Kremlin' };
    expect(unpackFeatures(undefined, input)).toBeNull();
    expect(unpackFeatures('{not json', input)).toBeNull();
    const stale = JSON.stringify({ ...JSON.parse(packFeatures(input) ?? '{}'), f: 'other' });
    expect(unpackFeatures(stale, input)).toBeNull();
    expect(readClaim(input).dated).toEqual(normalizeClaim(input));
  });

  it('are several times smaller than the reading itself', () => {
    const input = inputs[0] as FeatureInput;
    const stored = packFeatures(input) ?? '';
    expect(stored.length).toBeLessThan(JSON.stringify(normalizeClaim(input)).length / 2);
  });

  it('pack and unpack a hostile page-sized text in bounded time', () => {
    const text = `${'"a" b, \u2019c d-e $1.5 U.S. '.repeat(2_000)}`;
    const started = performance.now();
    const stored = packFeatures({ text, speaker: 'x' });
    unpackFeatures(stored ?? undefined, { text, speaker: 'x' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
