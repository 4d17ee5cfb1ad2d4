import { describe, expect, it } from 'vitest';
import { clip, isHttpUrl } from './urls.ts';

describe('isHttpUrl', () => {
  it('accepts only http(s) URLs', () => {
    expect(isHttpUrl('https://example.com/rss')).toBe(true);
    expect(isHttpUrl('http://example.com/atom.xml')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('example.com/rss')).toBe(false);
    expect(isHttpUrl('file:///etc/passwd')).toBe(false);
    expect(isHttpUrl(`https://example.com/${'a'.repeat(3_000)}`)).toBe(false);
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('a long sentence here', 8)).toBe('a long…');
  });
});
