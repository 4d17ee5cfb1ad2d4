import { describe, expect, it } from 'vitest';
import { extractQuotes } from './index.ts';

// Catastrophic backtracking or a quadratic scan would take minutes on these; linear work takes well under a
// second on an idle machine. The bound is generous because test machines are often busy.
const BOUND_MS = 8000;

function timed(text: string): { ms: number; count: number } {
  const t0 = performance.now();
  const count = extractQuotes(text).length;
  return { ms: performance.now() - t0, count };
}

describe('hostile inputs', () => {
  it('5 MB of unbalanced quote marks', () => {
    const pattern = '"a “b ‘c " d” \' e ’ « f said "\n';
    const text = pattern.repeat(Math.ceil(5_000_000 / pattern.length)).slice(0, 5_000_000);
    expect(timed(text).ms).toBeLessThan(BOUND_MS);
  });

  it('100,000 repetitions of "a," he said', () => {
    const { ms, count } = timed('"a," he said '.repeat(100_000));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(count).toBeGreaterThan(0);
  });

  it('a long run of words with no punctuation at all', () => {
    expect(timed('said that '.repeat(200_000)).ms).toBeLessThan(BOUND_MS);
  });
});
