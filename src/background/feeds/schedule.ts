import { browser } from '../../shared/browser.ts';
import { loadSettings, onSettingsChanged } from '../../shared/settings-storage.ts';
import type { Settings } from '../../shared/settings.ts';
import { loadFeedRecords } from './feed-book.ts';
import { configuredFeeds } from './feed-list.ts';
import { refreshFeeds } from './refresh.ts';

/** The alarm that wakes the background to read the feeds that are due. */
export const FEED_ALARM = 'counterclaim-feeds';

async function setAlarm(settings: Settings): Promise<void> {
  const period = settings.feedIntervalMinutes;
  const current = await browser.alarms.get(FEED_ALARM);
  // Re-creating an alarm restarts its clock, so it is left alone unless the reader changed the interval.
  if (current?.periodInMinutes === period) return;
  await browser.alarms.create(FEED_ALARM, { periodInMinutes: period, delayInMinutes: 1 });
}

// A feed just turned on is read at once rather than at the next alarm.
async function readNewFeeds(settings: Settings): Promise<void> {
  const records = await loadFeedRecords();
  if (configuredFeeds(settings).some((f) => f.enabled && !records.get(f.url)?.lastAttempt))
    await refreshFeeds(false);
}

/**
 * Reads due feeds on an alarm every `feedIntervalMinutes` (the worker need not be running in between), and
 * feeds as soon as they are turned on. Call at the top level of the background so the listeners are there
 * when the alarm wakes it.
 */
export function scheduleFeeds(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void refreshFeeds(false).catch(() => undefined);
  });
  onSettingsChanged(({ settings }) => {
    void setAlarm(settings).catch(() => undefined);
    void readNewFeeds(settings).catch(() => undefined);
  });
  void loadSettings()
    .then(({ settings }) => setAlarm(settings))
    .catch(() => undefined);
}
