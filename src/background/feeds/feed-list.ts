import { browser } from '../../shared/browser.ts';
import type { Settings, Source } from '../../shared/settings.ts';

/** A feed as the settings configure it, with its source and whether the reader has it on. */
export interface ConfiguredFeed {
  url: string;
  source: Source;
  /** The feed is on, and its source is on and not ignored. */
  enabled: boolean;
}

/** Every feed in the settings, each URL once (the first source that lists it owns it). */
export function configuredFeeds(settings: Settings): ConfiguredFeed[] {
  const out = new Map<string, ConfiguredFeed>();
  for (const source of settings.sources) {
    for (const feed of source.feeds) {
      if (out.has(feed.url)) continue;
      const enabled = feed.enabled && source.enabled && source.trust !== 'ignored';
      out.set(feed.url, { url: feed.url, source, enabled });
    }
  }
  return [...out.values()];
}

/**
 * The host-permission patterns that cover a feed: its host on any port (the form both browsers accept), and
 * the origin with its port, which Chrome also accepts and the options page may have asked for.
 */
export function permissionPatterns(url: string): string[] {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return [];
    const anyPort = `${u.protocol}//${u.hostname}/*`;
    return u.port ? [anyPort, `${u.origin}/*`] : [anyPort];
  } catch {
    return [];
  }
}

/** How to ask the browser about a permission; the real API by default. */
export type ContainsFn = (origins: string[]) => Promise<boolean>;

const browserContains: ContainsFn = (origins) => browser.permissions.contains({ origins });

/** Whether the reader granted access to the feed's site (any pattern that covers it will do). */
export async function hasPermission(url: string, contains: ContainsFn = browserContains): Promise<boolean> {
  for (const pattern of permissionPatterns(url)) {
    // A pattern one browser rejects (Firefox refuses ports) throws; the next may still answer.
    if (await contains([pattern]).catch(() => false)) return true;
  }
  return false;
}
