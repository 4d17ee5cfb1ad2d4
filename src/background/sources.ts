import type { ClaimSource } from '../core/claims/index.ts';
import type { PageMetadata } from '../shared/page-scan.ts';
import { sourceForUrl, type Settings, type Trust } from '../shared/settings.ts';

/** Whether claims from this URL are collected, as the reader set it (collection mode, source switches). */
export function collects(settings: Settings, url: string): boolean {
  if (settings.collection === 'never') return false;
  const source = sourceForUrl(settings, url);
  if (source && (!source.enabled || source.trust === 'ignored')) return false;
  return settings.collection === 'all' || source !== undefined;
}

/** How much the reader trusts the outlet of a URL; outlets not listed are neutral. */
export function trustOf(settings: Settings, url: string): Trust {
  const source = sourceForUrl(settings, url);
  if (!source) return 'neutral';
  return source.enabled ? source.trust : 'ignored';
}

/**
 * Whether a page's ClaimReview data may become fact-check claims: only when its address is on a listed source
 * marked as a fact-checker (and turned on). Any page can carry ClaimReview markup.
 */
export function isFactChecker(settings: Settings, url: string): boolean {
  const source = sourceForUrl(settings, url);
  return source !== undefined && source.enabled && source.factChecker;
}

/** Where a page's claims were said, from its metadata as the background trusts it (see `trustedPage`). */
export function claimSource(page: PageMetadata): ClaimSource {
  return {
    outlet: page.outlet,
    domain: page.domain,
    url: page.canonicalUrl,
    headline: page.headline,
    ...(page.published ? { published: page.published } : {}),
  };
}
