import { describe, expect, it } from 'vitest';
import { claimKeys, keysOfText, KEY_LIMITS } from './keys.ts';
import { normalizeClaim, speakerKey } from './normalize.ts';
import { stem } from './stem.ts';

describe('stem', () => {
  it('follows Porter on classic examples', () => {
    expect(['caresses', 'ponies', 'hopping', 'relational', 'negotiations', 'denied'].map(stem)).toEqual([
      'caress',
      'poni',
      'hop',
      'relat',
      'negoti',
      'deni',
    ]);
  });
});

describe('normalizeClaim', () => {
  it('reads numbers with what they count', () => {
    const n = normalizeClaim({
      text: 'The exchange would involve nine individuals; BMO forecasts 19M Apple Watch sales',
    });
    expect(n.quantities.map((q) => [q.value, q.unit])).toEqual([
      [9, 'individu'],
      [19_000_000, 'appl'],
    ]);
  });

  it('resolves relative dates against the article date', () => {
    const n = normalizeClaim({
      text: 'On Monday they spoke, and drones struck Kyiv over the weekend',
      date: '2025-05-21',
    });
    expect(n.dates.map((d) => d.value)).toEqual(['2025-05-19', '2025-05-17']);
  });

  it('marks the negated clause and hedges', () => {
    const n = normalizeClaim({
      text: 'The ceasefire timeline had not been covered, but talks could potentially occur',
    });
    expect(n.clauses.map((c) => c.negated)).toEqual([true, false]);
    expect(n.negated).toBe(true);
    expect(n.hedges.map((h) => h.text)).toEqual(['could', 'potentially']);
    expect(n.stance).toBe('hedge');
  });

  it('keeps the cue stance when given', () => {
    expect(normalizeClaim({ text: 'there was a call', cueStance: 'deny' }).stance).toBe('deny');
  });

  it('finds entities with titles folded away', () => {
    const n = normalizeClaim({
      text: 'On Monday, U.S. President Donald Trump spoke with Russian President Vladimir Putin.',
    });
    const keys = n.entities.map((e) => e.key);
    expect(keys).toContain('us');
    expect(keys).toContain('donald trump');
    expect(keys.some((k) => k.endsWith('vladimir putin'))).toBe(true);
    expect(speakerKey('Sen. Susan Collins')).toBe('susan collins');
  });

  it('stays fast and bounded on hostile input', () => {
    const hostile = `${'a-'.repeat(50_000)}!${"'".repeat(10_000)}${'U.'.repeat(10_000)}`;
    const started = performance.now();
    const n = normalizeClaim({ text: hostile });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(n.text.length).toBe(hostile.length);
    expect(claimKeys(n).terms.length).toBeLessThanOrEqual(KEY_LIMITS.terms);
  });
});

describe('claimKeys', () => {
  it('gives short, lower-case, deduplicated keys, the same on the fast path', () => {
    const text = 'Putin said Putin agreed to release nine individuals in Geneva';
    const keys = claimKeys(normalizeClaim({ text }));
    expect(keys.terms).toEqual([...new Set(keys.terms)]);
    expect(keys.terms.every((t) => t === t.toLowerCase() && t.length <= KEY_LIMITS.length)).toBe(true);
    expect(keys.numbers).toEqual(['9 individu']);
    const fast = keysOfText(text);
    expect(fast.terms).toEqual(keys.terms);
    expect(fast.entities).toEqual(keys.entities);
  });
});
