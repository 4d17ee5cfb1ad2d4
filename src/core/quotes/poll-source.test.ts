import { describe, expect, it } from 'vitest';
import { extractQuotes } from './index.ts';

describe('a poll or survey as the source of a clause', () => {
  it('reads an opening "In a … poll," as the source of the rest', () => {
    const [q] = extractQuotes(
      'In a Harbour Gazette poll released Monday, 52 percent of residents backed the plan.',
    );
    expect(q?.text).toBe('52 percent of residents backed the plan');
    expect(q?.speaker.name).toBe('Harbour Gazette poll released Monday');
  });

  it('reads a closing "in the latest polls" as the source of the clause before it', () => {
    const [q] = extractQuotes('The mayor is well ahead in the latest surveys and plans a rally.');
    expect(q?.text).toBe('The mayor is well ahead');
    expect(q?.speaker.mention).not.toBeNull();
  });

  it('leaves "in" phrases without a poll alone, and stays linear', () => {
    expect(extractQuotes('The mayor is well ahead in the race for the council seat.')).toEqual([]);
    const t0 = performance.now();
    extractQuotes('in the poll in the poll '.repeat(20_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
