import { describe, expect, it, vi } from 'vitest';
import { decodeHtml, isHtmlType } from './decode-html.ts';
import { permissionPatterns } from './feed-list.ts';

vi.mock('../../shared/browser.ts', () => ({ browser: {} }));

describe('decodeHtml', () => {
  it('reads the charset from the Content-Type, else from <meta charset>, else UTF-8', () => {
    // (Bytes below 0x80 and above 0x9F: Node reads windows-1252 as Latin-1, browsers do not.)
    const latin = new Uint8Array([0x48, 0xe9]);
    expect(decodeHtml(latin, 'text/html; charset=windows-1252')).toBe('Hé');
    const meta = new TextEncoder().encode('<meta charset="windows-1252"><p>');
    expect(decodeHtml(new Uint8Array([...meta, 0xe9]), 'text/html')).toBe(
      '<meta charset="windows-1252"><p>é',
    );
    expect(decodeHtml(new TextEncoder().encode('é'), 'text/html; charset=nonsense')).toBe('é');
  });

  it('lets a byte order mark win', () => {
    expect(
      decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa9]), 'text/html; charset=windows-1252'),
    ).toBe('é');
  });

  it('reads only web pages', () => {
    expect(['text/html; charset=utf-8', 'application/xhtml+xml', ''].every(isHtmlType)).toBe(true);
    expect(isHtmlType('application/pdf')).toBe(false);
  });
});

describe('permissionPatterns', () => {
  it('covers a feed on any port, and on its own port, for http(s) only', () => {
    expect(permissionPatterns('http://tribune.test:8080/rss.xml')).toEqual([
      'http://tribune.test/*',
      'http://tribune.test:8080/*',
    ]);
    expect(permissionPatterns('https://example.com/feed')).toEqual(['https://example.com/*']);
    expect(permissionPatterns('ftp://example.com/feed')).toEqual([]);
    expect(permissionPatterns('not a url')).toEqual([]);
  });
});
