import { browser } from './browser.ts';
import { readSettings, type Settings, type SettingsRead } from './settings.ts';

const key = 'settings';

/** Loads the reader's settings; invalid stored values come back as defaults and are named in `invalid`. */
export async function loadSettings(): Promise<SettingsRead> {
  const stored = await browser.storage.local.get(key);
  return readSettings(stored[key]);
}

/** Saves the whole settings object; open tabs hear of it through `onSettingsChanged`. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [key]: settings });
}

/** Calls back with the new settings whenever they change, in any context. */
export function onSettingsChanged(callback: (read: SettingsRead) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[key]) callback(readSettings(changes[key].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
