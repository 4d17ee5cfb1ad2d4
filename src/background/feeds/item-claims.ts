import { reportableQuotes } from '../../shared/page-extraction/reportable-quotes.ts';
import type { Claim, ClaimSelectors, ClaimSource } from '../../core/claims/claim.ts';
import { makeClaim } from '../../core/claims/make-claim.ts';
import type { FeedItem } from '../../core/feeds/index.ts';
import { quotesInLanguage } from '../../shared/page-extraction/quotes-in-language.ts';
import type { ExtractedQuote } from '../../shared/page-extraction/extracted-page.ts';
import { limits } from '../../shared/limits.ts';
import { hostOf } from '../../shared/settings.ts';
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
  /** The language the item's quotes were read in. */
  lang?: string;
}

type QuoteParts = Omit<ExtractedQuote, 'selectors'> & { selectors?: ClaimSelectors };

const clip = (s: string): string => s.slice(0, limits.shortChars);

/** Turns an item's quotes into claims of origin `feed`, with the page record to store them under. */
export function itemClaims(quotes: readonly QuoteParts[], context: ItemContext, now: number): ItemClaims {
  const source: ClaimSource = {
    outlet: clip(context.outlet),
    domain: hostOf(context.url),
    url: context.url,
    ...(context.headline ? { headline: clip(context.headline) } : {}),
    ...(context.published ? { published: clip(context.published) } : {}),
  };
  const claims = quotes.map((q) =>
    makeClaim(
      {
        text: q.text,
        speaker: q.speaker,
        cue: q.cue,
        kind: q.kind,
        source,
        origin: 'feed',
        ...(q.selectors ? { selectors: q.selectors } : {}),
        ...(context.lang ? { lang: context.lang } : {}),
      },
      now,
    ),
  );
  const page: PageInput = {
    url: source.url,
    outlet: source.outlet,
    domain: source.domain,
    ...(source.headline ? { headline: source.headline } : {}),
    ...(source.published ? { published: source.published } : {}),
    quoteCount: quotes.length,
  };
  return { page, claims };
}

/** The quotes of a text that came in the feed itself (no page fetched), capped as a page's are. */
export function quotesOfFeedText(text: string, lang?: string | null): QuoteParts[] {
  return reportableQuotes(quotesInLanguage(text, lang)).map((q) => ({
    text: q.text,
    kind: q.kind,
    speaker: { name: clip(q.speaker.name), kind: q.speaker.kind },
    cue: { text: clip(q.cue.text), lemma: clip(q.cue.lemma), stance: q.cue.stance },
  }));
}

/** Where an item's claims are said to come from: its link, else the feed (an item with no page of its own). */
export function itemUrl(item: FeedItem, feedUrl: string): string {
  return (item.link ?? feedUrl).slice(0, limits.urlChars);
}
