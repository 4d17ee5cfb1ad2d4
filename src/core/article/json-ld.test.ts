import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticle } from './index.ts';

function page(...scripts: string[]): Document {
  const tags = scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('');
  return parseHTML(`<html><head>${tags}</head><body><p>Body.</p></body></html>`)
    .document as unknown as Document;
}

describe('JSON-LD', () => {
  it('finds an article in @graph with @id references for author and publisher', () => {
    const r = readArticle(
      page(
        JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', '@id': '#page' },
            {
              '@type': ['Article', 'NewsArticle'],
              headline: 'H',
              author: { '@id': '#p' },
              publisher: { '@id': '#o' },
            },
            { '@type': 'Person', '@id': '#p', name: 'Ana Ruiz' },
            { '@type': 'Organization', '@id': '#o', name: 'The Paper' },
          ],
        }),
      ),
    );
    expect(r.reason).toBe('json-ld Article');
    expect(r.metadata).toMatchObject({ headline: 'H', outlet: 'The Paper', authors: ['Ana Ruiz'] });
  });

  it('reads arrays of nodes, prefixed types and string authors, and ignores invalid scripts', () => {
    const r = readArticle(
      page(
        '{ not json',
        '<!-- {"@type":"BreadcrumbList"} -->',
        JSON.stringify([
          {
            '@type': 'schema:BlogPosting',
            headline: ['First', 'Second'],
            author: 'Tom Lee',
            datePublished: '2025-01-01',
          },
        ]),
      ),
    );
    expect(r.isArticle).toBe(true);
    expect(r.reason).toBe('json-ld BlogPosting');
    expect(r.metadata).toMatchObject({ headline: 'First', authors: ['Tom Lee'], published: '2025-01-01' });
  });

  it('takes the article from a WebPage mainEntity but not from an ItemList of teasers', () => {
    const main = readArticle(
      page(JSON.stringify({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'M' } })),
    );
    expect(main.reason).toBe('json-ld NewsArticle');
    const list = readArticle(
      page(
        JSON.stringify({
          '@type': 'ItemList',
          itemListElement: [{ '@type': 'NewsArticle', headline: 'Teaser' }],
        }),
      ),
    );
    expect(list.isArticle).toBe(false);
  });

  it('reads ClaimReviews in @graph and DataFeed with numbers given as strings', () => {
    const review = (n: string) => ({
      '@type': 'ClaimReview',
      claimReviewed: `Claim ${n}`,
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: `Speaker ${n}` },
        datePublished: '2025-01-02',
      },
      author: { '@type': 'Organization', name: 'Checkers' },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: '1',
        bestRating: '5',
        worstRating: ' 1 ',
        alternateName: 'False',
      },
    });
    const r = readArticle(
      page(
        JSON.stringify({ '@graph': [review('a')] }),
        JSON.stringify({
          '@type': 'DataFeed',
          dataFeedElement: [{ '@type': 'DataFeedItem', item: review('b') }],
        }),
      ),
    );
    expect(r.claimReviews).toHaveLength(2);
    expect(r.claimReviews[0]).toMatchObject({
      claimReviewed: 'Claim a',
      author: 'Speaker a',
      claimDate: '2025-01-02',
      reviewer: 'Checkers',
      reviewRating: { alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    });
    expect(r.claimReviews[1]?.author).toBe('Speaker b');
  });

  it('falls back to meta tags, then the domain, for the outlet', () => {
    const withMeta = parseHTML(
      '<html><head><meta property="og:site_name" content="Site Name"></head><body></body></html>',
    ).document as unknown as Document;
    expect(readArticle(withMeta).metadata.outlet).toBe('Site Name');
    const bare = parseHTML('<html><body></body></html>').document as unknown as Document;
    expect(readArticle(bare, { url: 'https://www.example.org/a/b' }).metadata).toMatchObject({
      outlet: 'example.org',
      canonicalUrl: 'https://www.example.org/a/b',
    });
  });
});
