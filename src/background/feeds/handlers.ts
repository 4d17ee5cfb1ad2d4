import { loadSettings } from '../../shared/settings-storage.ts';
import { feedStatuses, type FeedStatusWithProgress } from './feed-status.ts';
import { refreshFeeds, refreshProgress } from './refresh.ts';

/** 'refresh-feeds': reads every enabled, permitted feed now; resolves when the refresh is done. */
export async function onRefreshFeeds(): Promise<null> {
  await refreshFeeds(true);
  return null;
}

/** 'feed-status': the state of every configured feed, with progress while a refresh runs. */
export async function onFeedStatus(): Promise<FeedStatusWithProgress[]> {
  const { settings } = await loadSettings();
  return feedStatuses(settings, { progress: refreshProgress });
}
