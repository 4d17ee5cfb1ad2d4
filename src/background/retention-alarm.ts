import { browser } from '../shared/browser.ts';
import { loadSettings } from '../shared/settings-storage.ts';
import { claimStore } from './store-instance.ts';

const alarmName = 'counterclaim-retention';

/** Applies the reader's retention caps now. */
export async function applyRetention(): Promise<void> {
  const { settings } = await loadSettings();
  await claimStore.enforceRetention({
    maxClaims: settings.maxClaims,
    ...(settings.maxAgeDays > 0 ? { maxAgeDays: settings.maxAgeDays } : {}),
  });
}

/** Applies retention every hour, on an alarm: the service worker may not be running in between. */
export function scheduleRetention(): void {
  void browser.alarms.create(alarmName, { periodInMinutes: 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === alarmName) void applyRetention();
  });
}
