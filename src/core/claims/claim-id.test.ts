import { describe, expect, it } from 'vitest';
import { canonicalUrl, claimId, claimTextKey, fnv1a64 } from './claim-id.ts';

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});

describe('canonicalUrl', () => {
  it('drops the fragment and tracking parameters and sorts the rest', () => {
    expect(canonicalUrl('https://News.Example/a?utm_source=x&b=2&fbclid=y&a=1#top')).toBe(
      'https://news.example/a?a=1&b=2',
    );
  });

  it('leaves a URL without a query alone and trims a string that is not a URL', () => {
    expect(canonicalUrl('https://news.example/story')).toBe('https://news.example/story');
    expect(canonicalUrl('  not a url ')).toBe('not a url');
  });
});

describe('claimId', () => {
  const url = 'https://ledger.test/2025/call';
  const text = '“We will immediately start negotiations,” ';

  it('is short, hex and stable', () => {
    const id = claimId(url, text, 'Donald Trump');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(claimId(url, text, 'Donald Trump')).toBe(id);
  });

  it('gives the same quote on the same article one id, whatever the URL decoration or spacing', () => {
    const a = claimId(url, 'We will  immediately\nstart negotiations', 'Donald Trump');
    const b = claimId(
      `${url}?utm_campaign=feed#quote-3`,
      'we will immediately start negotiations',
      'donald  trump',
    );
    const c = claimId(
      'http://www.ledger.test/2025/call',
      'We will immediately start negotiations',
      'Donald Trump',
    );
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('gives the same quote from two outlets, or from two speakers, two ids', () => {
    const a = claimId(url, text, 'Donald Trump');
    expect(claimId('https://wire.test/2025/call', text, 'Donald Trump')).not.toBe(a);
    expect(claimId(url, text, 'Yuri Ushakov')).not.toBe(a);
    expect(claimId(url, text, null)).not.toBe(a);
  });

  it('hashes a hostile input in linear time', () => {
    const hostile = `${' \u201c'.repeat(50_000)}x`;
    const started = performance.now();
    expect(claimId(`https://x.test/?${'a=1&'.repeat(10_000)}`, hostile, hostile)).toMatch(/^[0-9a-f]{16}$/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('claimTextKey', () => {
  it('straightens quotes, collapses whitespace and lowers case', () => {
    expect(claimTextKey('  “It’s  Over”\t')).toBe('"it\'s over"');
  });
});
