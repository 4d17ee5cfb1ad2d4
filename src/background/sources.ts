import type { ClaimSource } from '../core/claims/index.ts';
import type { PageMetadata } from '../shared/page-scan.ts';
import { hostOf, sourceForUrl, type Settings, type Trust } from '../shared/settings.ts';

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

/** Where a page's claims were said: the listed source's name when the reader listed the outlet. */
export function claimSource(settings: Settings, page: PageMetadata): ClaimSource {
  const listed = sourceForUrl(settings, page.url);
  return {
    outlet: listed?.name ?? page.outlet,
    domain: hostOf(page.url),
    url: page.canonicalUrl,
    headline: page.headline,
    ...(page.published ? { published: page.published } : {}),
  };
}
