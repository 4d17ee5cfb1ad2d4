import type { FeedStatus } from '../../shared/data-views.ts';
import type { Settings } from '../../shared/settings.ts';
import { loadFeedRecords, type KeyValueArea } from './feed-book.ts';
import { configuredFeeds, hasPermission, type ContainsFn } from './feed-list.ts';
import { freshRecord } from './feed-record.ts';
import type { FeedProgress, RefreshProgress } from './progress.ts';

/** A feed's state with the progress of the refresh reading it (null when it is not being read). */
export interface FeedStatusWithProgress extends FeedStatus {
  progress: FeedProgress | null;
}

/** What the status needs: the stored records, the permission check and the running refresh's progress. */
export interface StatusSources {
  area?: KeyValueArea;
  contains?: ContainsFn;
  progress: RefreshProgress;
}

/**
 * Every configured feed's state for the options page: on or off, permitted or not, last read, items read,
 * claims added, the last error in words, and whether (and how far) a refresh is reading it now.
 */
export async function feedStatuses(
  settings: Settings,
  sources: StatusSources,
): Promise<FeedStatusWithProgress[]> {
  const records = await loadFeedRecords(sources.area);
  const out: FeedStatusWithProgress[] = [];
  for (const feed of configuredFeeds(settings)) {
    const record = records.get(feed.url) ?? freshRecord(feed.url);
    const permitted = await hasPermission(feed.url, sources.contains);
    const progress = sources.progress.of(feed.url) ?? null;
    out.push({
      url: feed.url,
      sourceId: feed.source.id,
      enabled: feed.enabled,
      permitted,
      lastRead: record.lastRead,
      itemsRead: record.itemsRead,
      claimsAdded: record.claimsAdded,
      // A grant made since the last refresh clears the complaint at once.
      error: permitted && record.error?.startsWith('permission missing') ? null : record.error,
      refreshing: progress !== null,
      progress,
    });
  }
  return out;
}
