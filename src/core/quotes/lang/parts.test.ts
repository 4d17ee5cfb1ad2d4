import { describe, expect, it } from 'vitest';
import { extractQuotesIn } from './extract.ts';

describe('a quote in several parts, in another language', () => {
  it('is shown as its parts joined by " … ", as in English', () => {
    // A quote carried over a paragraph break, reopened by » as French typesetting does.
    const text = '« Nous ne céderons pas.\n» Nous irons jusqu’au bout », a déclaré Élisabeth Borne.';
    const [quote] = extractQuotesIn(text, 'fr');
    expect(quote?.parts).toHaveLength(2);
    expect(quote?.text).toBe('Nous ne céderons pas. … Nous irons jusqu’au bout');
  });
});
