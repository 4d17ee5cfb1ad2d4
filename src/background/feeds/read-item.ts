import type { FeedItem } from '../../core/feeds/index.ts';
import { htmlToText } from '../../core/feeds/index.ts';
import { readText, type Reading } from '../../core/reading/index.ts';
import type { ClaimStore } from '../store/claim-store.ts';
import { decodeHtml, isHtmlType } from './decode-html.ts';
import { fetchFailureWords } from './failure-words.ts';
import type { Fetched } from './fetch-capped.ts';
import { itemClaims, itemUrl, type ItemContext } from './item-claims.ts';
import type { ExtractFn } from './page-extractor.ts';

/** What reading an item needs: pooled fetching, a page reader, the claim store and a clock. */
export interface ItemDeps {
  fetch: (url: string, headers: Record<string, string>) => Promise<Fetched>;
  extract: ExtractFn;
  store: Pick<ClaimStore, 'putPageClaims'>;
  now: () => number;
}

/** How reading an item went: claims added, or why not and whether trying again later may help. */
export type ItemOutcome = { ok: true; claimsAdded: number } | { ok: false; words: string; retry: boolean };

async function store(deps: ItemDeps, reading: Reading, context: ItemContext): Promise<ItemOutcome> {
  if (reading.quotes.length === 0) return { ok: true, claimsAdded: 0 };
  const { page, claims } = itemClaims(reading, context, deps.now());
  const written = await deps.store.putPageClaims(page, claims);
  return { ok: true, claimsAdded: written.added };
}

async function readPage(
  item: FeedItem & { link: string },
  outlet: string,
  deps: ItemDeps,
): Promise<ItemOutcome> {
  const fetched = await deps.fetch(item.link, {});
  if (fetched.kind === 'not-modified') return { ok: false, words: 'the server sent no page', retry: true };
  if (fetched.kind === 'failed') {
    const f = fetched.failure;
    const retry =
      f.kind === 'timeout' ||
      f.kind === 'network' ||
      (f.kind === 'http' && (f.status >= 500 || f.status === 429));
    return { ok: false, words: fetchFailureWords(f), retry };
  }
  if (!isHtmlType(fetched.contentType)) return { ok: false, words: 'not a web page', retry: false };
  const extracted = await deps.extract(decodeHtml(fetched.bytes, fetched.contentType), fetched.url);
  if (extracted.status !== 'article') return { ok: true, claimsAdded: 0 };
  const published = item.published ?? extracted.page.published;
  return store(
    deps,
    { ...extracted, language: extracted.page.language },
    {
      outlet,
      url: item.link,
      headline: item.title || extracted.page.headline,
      ...(published ? { published } : {}),
    },
  );
}

/**
 * Reads one new feed item and stores its claims under the feed's source: the feed's own full text when it
 * carries one (content:encoded, Atom content), else the article page, fetched and read like a visited page.
 */
export async function readItem(
  item: FeedItem,
  feedUrl: string,
  outlet: string,
  deps: ItemDeps,
): Promise<ItemOutcome> {
  try {
    if (!item.contentHtml && item.link) return await readPage({ ...item, link: item.link }, outlet, deps);
    const text = item.contentHtml ? htmlToText(item.contentHtml).text : item.summary;
    return await store(deps, readText(text), {
      outlet,
      url: itemUrl(item, feedUrl),
      headline: item.title,
      ...(item.published ? { published: item.published } : {}),
    });
  } catch (error) {
    // A page that breaks the reader, or a store write refused, costs this item only; the feed goes on.
    return { ok: false, words: error instanceof Error ? error.message : String(error), retry: true };
  }
}
