import { describe, expect, it } from 'vitest';
import { charsetFromContentType, declaredEncoding, decodeFeedBytes } from './decode-feed-bytes.ts';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('decodeFeedBytes', () => {
  it('reads the charset of a Content-Type header', () => {
    expect(charsetFromContentType('application/rss+xml; Charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetFromContentType('text/xml')).toBeUndefined();
    expect(charsetFromContentType(undefined)).toBeUndefined();
  });

  it('reads the encoding of an XML declaration', () => {
    expect(declaredEncoding(`<?xml version="1.0" encoding = 'ISO-8859-15' ?><rss/>`)).toBe('iso-8859-15');
    expect(declaredEncoding('<?xml version="1.0"?><rss/>')).toBeUndefined();
    expect(declaredEncoding('<rss encoding="x"/>')).toBeUndefined();
  });

  it('prefers the BOM, then the header, then the declaration', () => {
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...ascii('<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>'),
    ]);
    expect(decodeFeedBytes(bom, 'text/xml; charset=iso-8859-1')).toMatchObject({
      ok: true,
      encoding: 'utf-8',
    });
    const latin = new Uint8Array([
      ...ascii('<?xml version="1.0" encoding="utf-8"?><a>'),
      0xe9,
      ...ascii('</a>'),
    ]);
    expect(decodeFeedBytes(latin, 'text/xml; charset=iso-8859-1')).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      text: '<?xml version="1.0" encoding="utf-8"?><a>é</a>',
    });
  });

  it('reads UTF-16 big-endian without a BOM from its first bytes', () => {
    const text = '<?xml version="1.0"?><a>ü</a>';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2 + 1] = text.charCodeAt(i);
    expect(decodeFeedBytes(bytes)).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('maps windows-1252 punctuation even where the platform decodes that label as Latin-1', () => {
    const bytes = new Uint8Array([
      ...ascii('<?xml version="1.0" encoding="windows-1252"?><a>'),
      0x93,
      0x80,
      0x94,
      ...ascii('</a>'),
    ]);
    expect(decodeFeedBytes(bytes)).toMatchObject({ text: expect.stringContaining('<a>“€”</a>') });
  });

  it('names an unknown label and where it came from', () => {
    expect(decodeFeedBytes(ascii('<a/>'), 'text/xml; charset=bogus-8')).toEqual({
      ok: false,
      message: 'unknown character encoding "bogus-8" in the Content-Type header',
    });
  });
});
