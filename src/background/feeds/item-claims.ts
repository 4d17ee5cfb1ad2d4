import type { Claim, ClaimSource } from '../../core/claims/index.ts';
import type { FeedItem } from '../../core/feeds/index.ts';
import { claimsOf, hostOf, limits, type Reading } from '../../core/reading/index.ts';
import type { PageInput } from '../store/claim-store.ts';

/** A feed item's claims and the page record they are stored under. */
export interface ItemClaims {
  page: PageInput;
  claims: Claim[];
}

/** What an item's claims need besides the item: the outlet's name from the settings and where it was read. */
export interface ItemContext {
  outlet: string;
  /** Where the item's text came from: its article page, or the feed (for items with no link). */
  url: string;
  headline: string;
  published?: string;
}

const clip = (s: string): string => s.slice(0, limits.shortChars);

/** Turns the quotes of an item's reading into claims of origin `feed`, with the page record to store them under. */
export function itemClaims(reading: Reading, context: ItemContext, now: number): ItemClaims {
  const source: ClaimSource = {
    outlet: clip(context.outlet),
    domain: hostOf(context.url),
    url: context.url,
    ...(context.headline ? { headline: clip(context.headline) } : {}),
    ...(context.published ? { published: clip(context.published) } : {}),
  };
  const page: PageInput = {
    url: source.url,
    outlet: source.outlet,
    domain: source.domain,
    ...(source.headline ? { headline: source.headline } : {}),
    ...(source.published ? { published: source.published } : {}),
    quoteCount: reading.quotes.length,
  };
  return { page, claims: claimsOf({ ...reading, claimReviews: [] }, source, 'feed', now).quotes };
}

/** Where an item's claims are said to come from: its link, else the feed (an item with no page of its own). */
export function itemUrl(item: FeedItem, feedUrl: string): string {
  return (item.link ?? feedUrl).slice(0, limits.urlChars);
}
