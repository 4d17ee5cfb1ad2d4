import { describe, expect, it } from 'vitest';
import type { Source } from '../settings.ts';
import { filterSources, sourceIdFor, validateSourceForm, type SourceFormInput } from './source-form.ts';

const reuters: Source = {
  id: 'reuters',
  name: 'Reuters',
  domains: ['reuters.com'],
  enabled: true,
  trust: 'neutral',
  factChecker: false,
  feeds: [{ url: 'https://reuters.com/feed', enabled: true }],
};
const bbc: Source = { ...reuters, id: 'bbc', name: 'BBC News', domains: ['bbc.co.uk', 'bbc.com'], feeds: [] };
const form = (over: Partial<SourceFormInput> = {}): SourceFormInput => ({
  name: 'The Ledger',
  domains: 'ledger.test',
  feeds: '',
  trust: 'neutral',
  enabled: true,
  factChecker: false,
  ...over,
});

describe('validateSourceForm', () => {
  it('builds a source from a valid form', () => {
    const result = validateSourceForm(
      form({ domains: 'https://www.Ledger.test/news, ledger-news.test', feeds: 'https://ledger.test/rss' }),
      [reuters],
    );
    expect(result.errors).toEqual({});
    expect(result.source).toEqual({
      id: 'the-ledger',
      name: 'The Ledger',
      domains: ['ledger.test', 'ledger-news.test'],
      enabled: true,
      trust: 'neutral',
      factChecker: false,
      feeds: [{ url: 'https://ledger.test/rss', enabled: false }],
    });
  });
  it('names the field that is wrong and gives no source', () => {
    const result = validateSourceForm(
      form({ name: ' ', domains: 'not a domain', feeds: 'ftp://x.org/feed', trust: 'very' }),
      [],
    );
    expect(result.source).toBeNull();
    expect(result.errors.name).toMatch(/name/);
    expect(result.errors.domains).toContain('not a domain');
    expect(result.errors.feeds).toContain('ftp://x.org/feed');
    expect(result.errors.trust).toMatch(/trusted, neutral or ignored/);
  });
  it('requires a domain', () => {
    expect(validateSourceForm(form({ domains: ' , ' }), []).errors.domains).toMatch(/at least one/);
  });
  it('refuses a duplicate name, whatever its case', () => {
    expect(validateSourceForm(form({ name: 'reuters' }), [reuters]).errors.name).toMatch(
      /already a source named Reuters/,
    );
  });
  it('refuses a domain that overlaps another source', () => {
    expect(validateSourceForm(form({ domains: 'uk.reuters.com' }), [reuters]).errors.domains).toBe(
      'uk.reuters.com already belongs to Reuters.',
    );
    expect(validateSourceForm(form({ domains: 'com.bbc.com' }), [bbc]).errors.domains).toMatch(/BBC News/);
  });
  it('lets a source keep its own name and domains when edited, and keeps feed switches', () => {
    const result = validateSourceForm(
      form({
        name: 'Reuters',
        domains: 'reuters.com',
        feeds: 'https://reuters.com/feed\nhttps://reuters.com/world',
        trust: 'trusted',
      }),
      [reuters, bbc],
      reuters,
    );
    expect(result.errors).toEqual({});
    expect(result.source?.id).toBe('reuters');
    expect(result.source?.trust).toBe('trusted');
    expect(result.source?.feeds).toEqual([
      { url: 'https://reuters.com/feed', enabled: true },
      { url: 'https://reuters.com/world', enabled: false },
    ]);
  });
});

describe('sourceIdFor', () => {
  it('makes a unique slug', () => {
    expect(sourceIdFor('Le Monde', [])).toBe('le-monde');
    expect(sourceIdFor('Le Monde', ['le-monde', 'le-monde-2'])).toBe('le-monde-3');
    expect(sourceIdFor('!!!', [])).toBe('source');
  });
});

describe('filterSources', () => {
  it('matches names and domains', () => {
    expect(filterSources([reuters, bbc], 'bbc.co').map((s) => s.id)).toEqual(['bbc']);
    expect(filterSources([reuters, bbc], 'REUT').map((s) => s.id)).toEqual(['reuters']);
    expect(filterSources([reuters, bbc], '  ')).toHaveLength(2);
  });
});
