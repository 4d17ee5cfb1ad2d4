import type { RelatedClaimView } from '../report.ts';
import { formatDay } from './format.ts';
import { clip, isHttpUrl } from './urls.ts';

/** What the reader is shown of a related claim, the same in the popup and in the page's card. */
export interface RelatedClaimLines {
  /** What was said, clipped for display. */
  said: string;
  /** Who said it; a claim without a named speaker says so in the same words everywhere. */
  who: string;
  /** The outlet's name, or its domain when it has none. */
  outlet: string;
  /** The day it was published ("3 May 2025"), when known. */
  day: string | null;
  /** The article to open, when it is an http(s) address and not this page. */
  href: string | null;
  onThisPage: boolean;
  trusted: boolean;
  /** Why it was picked, one sentence each; at most `maxReasons`. */
  reasons: string[];
}

/** The words for a claim whose speaker the article does not name. */
export const UNNAMED_SPEAKER = 'Speaker not named';

/** The one view model of a related claim: who said it, where and when, what, and why it is shown. */
export function relatedClaimLines(view: RelatedClaimView, maxChars = 400, maxReasons = 5): RelatedClaimLines {
  return {
    said: clip(view.text, maxChars),
    who: view.speaker ?? UNNAMED_SPEAKER,
    outlet: view.outlet || view.domain,
    day: formatDay(view.published),
    href: !view.onThisPage && isHttpUrl(view.url) ? view.url : null,
    onThisPage: view.onThisPage,
    trusted: view.trusted,
    reasons: view.reasons
      .map((r) => r.text)
      .filter((text) => text.trim().length > 0)
      .slice(0, maxReasons),
  };
}
