// The feed reader: the background reads the feeds of the sources the reader turned on, and stores their claims.
export { onFeedStatus, onRefreshFeeds } from './handlers.ts';
export { scheduleFeeds } from './schedule.ts';
export type { FeedStatusWithProgress } from './feed-status.ts';
