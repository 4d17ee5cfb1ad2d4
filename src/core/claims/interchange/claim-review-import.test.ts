import { describe, expect, it } from 'vitest';
import { claimId } from '../claim-id.ts';
import { parseImport } from './parse-import.ts';

const review = (claimReviewed: string, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://checkers.test/checks/ceasefire',
  datePublished: '2025-05-21',
  name: 'Did the call agree a ceasefire timeline?',
  author: { '@type': 'Organization', name: 'Checkers' },
  claimReviewed,
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Donald Trump' },
    appearance: [{ '@type': 'CreativeWork', url: 'https://ledger.test/2025/call' }],
  },
  reviewRating: {
    '@type': 'Rating',
    ratingValue: '2',
    bestRating: 5,
    worstRating: 1,
    alternateName: 'Misleading',
  },
  ...extra,
});

describe('ClaimReview import', () => {
  it('reads a DataFeed into factcheck claims with ratings', () => {
    const feed = {
      '@context': 'https://schema.org',
      '@type': 'DataFeed',
      dataFeedElement: [
        { '@type': 'DataFeedItem', item: [review('A ceasefire timeline was agreed')] },
        { '@type': 'DataFeedItem', item: review('Talks start  immediately') },
      ],
    };
    const parsed = parseImport(JSON.stringify(feed, null, 2), { now: 42 });
    expect(parsed.rejected).toEqual([]);
    expect(parsed.format).toBe('claimreview');
    expect(parsed.claims[0]).toEqual({
      id: claimId(
        'https://checkers.test/checks/ceasefire',
        'A ceasefire timeline was agreed',
        'Donald Trump',
      ),
      text: 'A ceasefire timeline was agreed',
      speaker: { name: 'Donald Trump', kind: 'person' },
      cue: null,
      kind: 'statement',
      source: {
        outlet: 'Checkers',
        domain: 'checkers.test',
        url: 'https://checkers.test/checks/ceasefire',
        headline: 'Did the call agree a ceasefire timeline?',
        published: '2025-05-21',
      },
      collected: 42,
      origin: 'factcheck',
      keys: { terms: [], entities: [], numbers: [] },
      rating: { name: 'Misleading', value: 2, best: 5, worst: 1, reviewer: 'Checkers' },
    });
    expect(parsed.claims[1]?.text).toBe('Talks start immediately');
  });

  it('reads a bare review, an array, and the reviews of a page graph', () => {
    expect(parseImport(JSON.stringify(review('One'))).claims.map((c) => c.text)).toEqual(['One']);
    expect(parseImport(JSON.stringify([review('One'), review('Two')])).claims).toHaveLength(2);
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, review('Three')] };
    expect(parseImport(JSON.stringify(graph)).claims.map((c) => c.text)).toEqual(['Three']);
  });

  it('refuses the whole feed when one review is unusable, naming it', () => {
    const feed = {
      '@type': 'DataFeed',
      dataFeedElement: [
        { item: [review('Fine'), review('No verdict', { reviewRating: undefined })] },
        { item: [{ '@type': 'Article' }] },
      ],
    };
    const parsed = parseImport(JSON.stringify(feed));
    expect(parsed.claims).toEqual([]);
    expect(parsed.rejected).toEqual([
      { line: 2, reason: 'dataFeedElement[0].item[1]: reviewRating: is missing' },
      { line: 3, reason: 'dataFeedElement[1].item[0]: @type: expected ClaimReview' },
    ]);
  });

  it('falls back to the appearance URL and a numeric verdict, and refuses a broken document', () => {
    const [claim] = parseImport(
      JSON.stringify(review('x', { url: undefined, reviewRating: { ratingValue: 1 } })),
    ).claims;
    expect(claim?.source.url).toBe('https://ledger.test/2025/call');
    expect(claim?.rating).toEqual({ name: '1', value: 1, reviewer: 'Checkers' });
    expect(parseImport('[{"@type":').rejected).toEqual([
      { line: 0, reason: 'the document is not valid JSON' },
    ]);
    expect(parseImport('{"@type":"DataFeed","dataFeedElement":[]}').rejected).toEqual([
      { line: 0, reason: 'no ClaimReview found in the document' },
    ]);
  });
});
