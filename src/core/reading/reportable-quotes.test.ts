import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../quotes/index.ts';
import { limits } from './limits.ts';
import { reportableQuotes } from './reportable-quotes.ts';

describe('reportableQuotes', () => {
  it('leaves out reported speech that names no source, and keeps direct quotes and named ones', () => {
    const text =
      'Asked whether he believed the mayor was serious, the councillor paused. ' +
      '“We will see,” he said. The mayor said the budget would balance.';
    const all = extractQuotes(text);
    const kept = reportableQuotes(all);
    expect(kept.every((q) => q.kind === 'direct' || q.speaker.kind !== 'unknown')).toBe(true);
    expect(kept.map((q) => q.text)).toContain('the budget would balance');
    expect(kept.map((q) => q.text)).toContain('We will see,');
    expect(all.length).toBeGreaterThan(kept.length);
  });

  it('keeps at most the number of quotes a page may report', () => {
    const many = extractQuotes('The mayor said the budget would balance. '.repeat(limits.quotesPerPage + 5));
    expect(reportableQuotes(many)).toHaveLength(limits.quotesPerPage);
  });
});
