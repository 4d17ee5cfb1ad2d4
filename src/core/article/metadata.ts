import type { LdArticle } from './json-ld-article.ts';
import type { JsonLd } from './json-ld-parse.ts';
import { firstName, names, str, typesOf, urlOf } from './json-ld-values.ts';
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

/** Elements that hold just an author's name, tried before whole bylines ("By Ana Ruiz · May 20"). */
const NAME_SELECTOR = '[rel~="author"], [itemprop~="author"], .author-name, .byline__name';
const BYLINE_SELECTOR = '.byline, .author';
const BYLINE_PREFIXES = ['by ', 'بقلم:', 'بقلم ', 'מאת '];

/** The text of the first element matching a selector, cleaned. */
function firstText(doc: Document, selector: string): string | null {
  return cleanText(doc.querySelector(selector)?.textContent);
}

function domainOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    const host = new URL(url).hostname;
    return host === '' ? null : host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Names in one byline text: "By Ana Ruiz and Tom Lee · May 20" → ["Ana Ruiz", "Tom Lee"]. */
function bylineNames(text: string, out: string[]): void {
  let s = text;
  const prefix = BYLINE_PREFIXES.find((p) => s.toLowerCase().startsWith(p));
  if (prefix !== undefined) s = s.slice(prefix.length);
  for (const stop of ['·', '|', ' - ', ' — ']) s = s.split(stop)[0] ?? '';
  for (const part of s.split(/,| and /)) {
    const name = part.trim();
    if (name !== '' && name.length <= 80 && !/[0-9]/.test(name) && !out.includes(name)) out.push(name);
  }
}

/** Authors named in the markup: name elements first, else whole bylines. */
function bylineAuthors(doc: Document): string[] {
  const out: string[] = [];
  for (const selector of [NAME_SELECTOR, BYLINE_SELECTOR]) {
    const els = doc.querySelectorAll(selector);
    for (let i = 0; i < els.length && i < 10; i++) {
      const text = cleanText(els[i]?.textContent, 200);
      if (text !== null) bylineNames(text, out);
    }
    if (out.length > 0) return out;
  }
  return out;
}

function publisherName(ld: JsonLd, article: LdArticle | null): string | null {
  const fromArticle = article === null ? null : firstName(article.node['publisher'], ld.index);
  if (fromArticle !== null) return fromArticle;
  const org = ld.top.find((n) => typesOf(n).some((t) => t === 'NewsMediaOrganization'));
  return org === undefined ? null : str(org['name']);
}

export function readMetadata(
  doc: Document,
  ld: JsonLd,
  article: LdArticle | null,
  pageUrl: string | null,
  isArticle: boolean,
): ArticleMetadata {
  const node = article?.node ?? {};
  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  const canonicalUrl =
    absoluteUrl(cleanText(canonicalHref), pageUrl) ??
    absoluteUrl(metaContent(doc, 'og:url'), pageUrl) ??
    absoluteUrl(urlOf(node['url'], ld.index), pageUrl) ??
    pageUrl;
  const ldAuthors = names(node['author'], ld.index);
  const metaAuthors = metaContents(doc, 'author').filter((a) => !a.startsWith('http'));
  const html = doc.documentElement;
  const language =
    cleanText(html?.getAttribute('lang'), 35) ??
    str(node['inLanguage']) ??
    metaContent(doc, 'content-language', 'og:locale', 'language');
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').trim().toLowerCase();
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
  return {
    headline:
      str(node['headline']) ??
      str(node['name']) ??
      metaContent(doc, 'og:title', 'twitter:title') ??
      firstText(doc, 'h1') ??
      firstText(doc, 'title'),
    outlet:
      publisherName(ld, article) ??
      metaContent(doc, 'og:site_name', 'application-name') ??
      domainOf(canonicalUrl ?? pageUrl),
    canonicalUrl,
    published:
      str(node['datePublished']) ??
      metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'date') ??
      (isArticle ? cleanText(doc.querySelector('time[datetime]')?.getAttribute('datetime'), 60) : null),
    authors: ldAuthors.length > 0 ? ldAuthors : metaAuthors.length > 0 ? metaAuthors : bylineAuthors(doc),
    language,
    dir,
  };
}
