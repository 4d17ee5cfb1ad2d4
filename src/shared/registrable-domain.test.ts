import { describe, expect, it } from 'vitest';
import { registrableDomain, sameSite } from './registrable-domain.ts';

describe('registrableDomain', () => {
  it('takes two labels, or three under a multi-part suffix or a hosting platform', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('feeds.bbci.co.uk')).toBe('bbci.co.uk');
    expect(registrableDomain('news.example.com')).toBe('example.com');
    expect(registrableDomain('www.abc.net.au')).toBe('abc.net.au');
    expect(registrableDomain('victim.github.io')).toBe('victim.github.io');
    expect(registrableDomain('ledger.test')).toBe('ledger.test');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
  });
});

describe('sameSite', () => {
  it('holds for subdomains of one site and not across sites, schemes or platforms', () => {
    expect(sameSite('https://www.ledger.test/a', 'http://amp.ledger.test/a')).toBe(true);
    expect(sameSite('https://hostile.test/a', 'https://ledger.test/a')).toBe(false);
    expect(sameSite('https://evil.github.io/', 'https://victim.github.io/')).toBe(false);
    expect(sameSite('https://bbc.co.uk/', 'https://evil.co.uk/')).toBe(false);
    expect(sameSite('javascript:alert(1)', 'https://ledger.test/')).toBe(false);
    expect(sameSite('not a url', 'https://ledger.test/')).toBe(false);
  });
});
