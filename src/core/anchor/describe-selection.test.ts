import { describe, expect, it } from 'vitest';
import { describeSelection } from './describe-selection.ts';

describe('describeSelection', () => {
  const text = 'The Kremlin said there was no discussion of a ceasefire timeline, officials noted.';

  it('gives the exact text, its context and its offsets', () => {
    const start = text.indexOf('there was');
    const end = text.indexOf(', officials');
    const [quote, position] = describeSelection(text, start, end, 10);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'there was no discussion of a ceasefire timeline',
      prefix: 'mlin said ',
      suffix: ', official',
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('clamps and orders out-of-range offsets', () => {
    const [quote, position] = describeSelection(text, 500, text.length - 8);
    expect(quote.exact).toBe('s noted.');
    expect(quote.suffix).toBe('');
    expect(position).toEqual({ type: 'TextPositionSelector', start: text.length - 8, end: text.length });
  });

  it('never splits a surrogate pair at the edge of the context', () => {
    const emoji = 'ab😀cdefgh';
    const [quote] = describeSelection(emoji, 4, 6, 1);
    expect(quote.prefix).toBe('');
    expect(describeSelection(emoji, 0, 2, 1)[0].suffix).toBe('');
    expect(quote.exact).toBe('cd');
  });
});
