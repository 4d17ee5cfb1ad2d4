import type { Runtime } from '../shared/browser.ts';
import { limits } from '../shared/limits.ts';
import type { PageMetadata } from '../shared/page-scan.ts';
import { sameSite } from '../shared/registrable-domain.ts';
import { hostOf, sourceForUrl, type Settings } from '../shared/settings.ts';

/**
 * The address of the page a content-script message came from, as the browser reports it: never what the page
 * says about itself. Throws for senders without an http(s) page.
 */
export function senderPageUrl(sender: Runtime.MessageSender): string {
  const url = sender.url ?? sender.tab?.url ?? '';
  if (!/^https?:\/\//i.test(url)) throw new Error('this message is only accepted from a web page');
  return url.slice(0, limits.urlChars);
}

/** The page's canonical URL when it names one on the sender's own site; the sender's address otherwise. */
export function acceptedCanonical(senderUrl: string, claimed: string | undefined): string {
  return claimed && sameSite(claimed, senderUrl) ? claimed : senderUrl;
}

/**
 * The outlet a page is filed under: the listed source whose domains hold the sender's host; else the name the
 * page gives itself, unless that is the name of a listed outlet (which lives elsewhere), then its host.
 */
export function outletFor(settings: Settings, senderUrl: string, claimedName: string): string {
  const listed = sourceForUrl(settings, senderUrl);
  if (listed) return listed.name;
  const host = hostOf(senderUrl);
  const name = claimedName.trim();
  const lower = name.toLowerCase();
  const impersonates = settings.sources.some((s) => s.name.toLowerCase() === lower);
  return name && !impersonates ? name : host;
}

/**
 * A page's metadata with its address, canonical URL and domain from the sender and its host as the outlet: what
 * can be said of it without the settings (an error report, when reading them may be what failed).
 */
export function senderPage(sender: Runtime.MessageSender, page: PageMetadata): PageMetadata {
  const url = senderPageUrl(sender);
  const domain = hostOf(url);
  return { ...page, url, canonicalUrl: acceptedCanonical(url, page.canonicalUrl), domain, outlet: domain };
}

/**
 * A page's metadata as the background trusts it: its address and domain from the sender, its canonical URL only
 * on the same site, its outlet from the sources list. Headline, date and authors stay the page's own words.
 */
export function trustedPage(
  settings: Settings,
  sender: Runtime.MessageSender,
  page: PageMetadata,
): PageMetadata {
  const shown = senderPage(sender, page);
  return { ...shown, outlet: outletFor(settings, shown.url, page.outlet) };
}

/** Whether the sender is a tab in a private (incognito) window. */
export function isPrivateSender(sender: Runtime.MessageSender): boolean {
  return sender.tab?.incognito === true;
}
