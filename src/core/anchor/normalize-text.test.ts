import { describe, expect, it } from 'vitest';
import { normalizeFragment, normalizeText, toNormalizedOffset, toOriginalRange } from './normalize-text.ts';

describe('normalizeText', () => {
  it('collapses whitespace runs, drops invisible characters and folds quotes and dashes', () => {
    const nt = normalizeText('He\u00a0said:\n\n  \u201cno\u2019s\u201d \u2014 fine\u200b.\t');
    expect(nt.text).toBe('He said: "no\'s" - fine. ');
    expect(normalizeFragment('a \n\t b\u00adc')).toBe('a bc');
  });

  it('maps normalised ranges back to the original text exactly', () => {
    const original = 'one  two\n\nthree   four';
    const nt = normalizeText(original);
    const at = nt.text.indexOf('two three');
    const range = toOriginalRange(nt, at, at + 'two three'.length);
    expect(original.slice(range.start, range.end)).toBe('two\n\nthree');
    expect(toNormalizedOffset(nt, original.indexOf('three'))).toBe(nt.text.indexOf('three'));
    expect(nt.offsets[nt.text.length]).toBe(original.length);
  });

  it('handles empty text', () => {
    const nt = normalizeText('');
    expect(nt.text).toBe('');
    expect(toOriginalRange(nt, 0, 0)).toEqual({ start: 0, end: 0 });
  });
});
