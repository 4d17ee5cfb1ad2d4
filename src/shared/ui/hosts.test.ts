import { describe, expect, it } from 'vitest';
import { domainsOverlap, parseHost, validateSiteHost } from './hosts.ts';

describe('parseHost', () => {
  it('normalises what readers type or paste', () => {
    expect(parseHost('Example.COM')).toEqual({ ok: true, host: 'example.com' });
    expect(parseHost('  www.bbc.co.uk ')).toEqual({ ok: true, host: 'bbc.co.uk' });
    expect(parseHost('https://www.nytimes.com/section/world?x=1')).toEqual({ ok: true, host: 'nytimes.com' });
    expect(parseHost('news.sky.com.')).toEqual({ ok: true, host: 'news.sky.com' });
    expect(parseHost('ledger.test')).toEqual({ ok: true, host: 'ledger.test' });
  });
  it('turns non-ASCII names into punycode', () => {
    expect(parseHost('bücher.de')).toEqual({ ok: true, host: 'xn--bcher-kva.de' });
  });
  it('refuses things that are not domains', () => {
    for (const bad of [
      '',
      'not a domain',
      'exa_mple.com',
      '-bad.com',
      'bad-.com',
      'localhost',
      '1.2.3',
      'a..b',
      'x.123',
    ]) {
      expect(parseHost(bad).ok, bad).toBe(false);
    }
    expect(parseHost('a'.repeat(64) + '.com').ok).toBe(false);
  });
  it('accepts single labels and IPv4 only when asked to', () => {
    expect(parseHost('localhost', false)).toEqual({ ok: true, host: 'localhost' });
    expect(parseHost('192.168.1.10', false)).toEqual({ ok: true, host: '192.168.1.10' });
    expect(parseHost('300.1.1.1', false).ok).toBe(false);
  });
  it('answers quickly on hostile input', () => {
    const started = performance.now();
    parseHost('a'.repeat(63) + '-'.repeat(50_000) + '!');
    parseHost(`${'a-'.repeat(31)}!.${'b'.repeat(2_000)}`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('domainsOverlap', () => {
  it('is true for equal domains and subdomains either way', () => {
    expect(domainsOverlap('bbc.com', 'bbc.com')).toBe(true);
    expect(domainsOverlap('news.bbc.com', 'bbc.com')).toBe(true);
    expect(domainsOverlap('bbc.com', 'news.bbc.com')).toBe(true);
    expect(domainsOverlap('abbc.com', 'bbc.com')).toBe(false);
  });
});

describe('validateSiteHost', () => {
  it('accepts a new host', () => {
    expect(validateSiteHost('https://mail.example.org/inbox', [])).toEqual({
      ok: true,
      host: 'mail.example.org',
    });
  });
  it('refuses a host the list already covers', () => {
    const result = validateSiteHost('news.example.org', ['example.org']);
    expect(result).toEqual({ ok: false, error: 'news.example.org is already covered by example.org.' });
  });
});
