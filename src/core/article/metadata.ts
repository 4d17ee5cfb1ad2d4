import type { LdArticle } from './json-ld-article.ts';
import type { JsonLd } from './json-ld-parse.ts';
import { firstName, names, str, typesOf, urlOf } from './json-ld-values.ts';
import { bylineAuthors, isNameShaped } from './byline.ts';
import { readHeadline } from './headline.ts';
import { absoluteUrl, cleanText, metaContent, metaContents } from './meta-tags.ts';
import type { ArticleMetadata } from './types.ts';

const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'he',
  'iw',
  'fa',
  'ur',
  'yi',
  'ps',
  'sd',
  'ug',
  'dv',
  'ckb',
]);

function domainOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    const host = new URL(url).hostname;
    return host === '' ? null : host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function publisherName(ld: JsonLd, article: LdArticle | null): string | null {
  const fromArticle = article === null ? null : firstName(article.node['publisher'], ld.index);
  if (fromArticle !== null) return fromArticle;
  const org = ld.top.find((n) => typesOf(n).some((t) => t === 'NewsMediaOrganization'));
  return org === undefined ? null : str(org['name']);
}

const or = (a: string[], b: string[]): string[] => (a.length > 0 ? a : b);

/** The page's metadata: JSON-LD first, then the visible headline and byline, then meta tags. */
export function readMetadata(
  doc: Document,
  ld: JsonLd,
  article: LdArticle | null,
  pageUrl: string | null,
  isArticle: boolean,
  storyRoot: Element | null = null,
): ArticleMetadata {
  const node = article?.node ?? {};
  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  const canonicalUrl =
    absoluteUrl(cleanText(canonicalHref), pageUrl) ??
    absoluteUrl(metaContent(doc, 'og:url'), pageUrl) ??
    absoluteUrl(urlOf(node['url'], ld.index), pageUrl) ??
    pageUrl;
  const siteName = metaContent(doc, 'og:site_name', 'application-name');
  const outlet = publisherName(ld, article) ?? siteName;
  const ldAuthors = names(node['author'], ld.index).filter(isNameShaped);
  // <meta name="author"> often names the outlet itself; it is used only when no byline names anyone.
  const metaAuthors = metaContents(doc, 'author').filter(
    (a) => isNameShaped(a) && a.toLowerCase() !== (outlet ?? '').toLowerCase(),
  );
  const html = doc.documentElement;
  const language =
    cleanText(html?.getAttribute('lang'), 35) ??
    str(node['inLanguage']) ??
    metaContent(doc, 'content-language', 'og:locale', 'language');
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').trim().toLowerCase();
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
  return {
    headline: readHeadline(doc, str(node['headline']), str(node['name']), siteName, isArticle),
    outlet: outlet ?? domainOf(canonicalUrl ?? pageUrl),
    canonicalUrl,
    published:
      str(node['datePublished']) ??
      metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'date') ??
      (isArticle ? cleanText(doc.querySelector('time[datetime]')?.getAttribute('datetime'), 60) : null),
    authors: ldAuthors.length > 0 ? ldAuthors : or(bylineAuthors(doc, storyRoot), metaAuthors),
    language,
    dir,
  };
}
