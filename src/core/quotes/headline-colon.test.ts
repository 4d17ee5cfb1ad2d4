import { describe, expect, it } from 'vitest';
import { extractQuotes } from './index.ts';

describe('headline with a colon', () => {
  it('attributes the rest of a standalone "Source: claim" line to the source', () => {
    const quotes = extractQuotes(
      'Harbour Board: Dredging Will Not Start Before Spring.\n\nThe board met on Monday.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('Dredging Will Not Start Before Spring');
    expect(quotes[0]!.speaker.name).toBe('Harbour Board');
  });

  it('ignores labels and lines that run on into the paragraph', () => {
    expect(extractQuotes('Update: The ferry timetable was revised on Friday.\n\nMore later.')).toEqual([]);
    expect(extractQuotes('Harbour Board: Dredging Will Not Start. The board met on Monday.')).toEqual([]);
  });

  it('stays linear on a long run of colons', () => {
    const text = 'Aa: '.repeat(50_000);
    const t0 = performance.now();
    extractQuotes(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
