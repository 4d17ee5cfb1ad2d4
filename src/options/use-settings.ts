import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, SettingsRead } from '../shared/settings.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-storage.ts';

/** The settings as the options page holds them, and a way to change them. */
export interface SettingsHandle {
  /** Null until the settings are read. */
  settings: Settings | null;
  /** Names of stored values that were invalid when the page opened and now hold their defaults. */
  invalid: (keyof Settings)[];
  /** Applies a change to the latest settings and saves it at once (open tabs hear of it). */
  update: (change: (current: Settings) => Settings) => Promise<void>;
}

/** Reads the settings, follows changes made elsewhere, and saves changes made here. */
export function useSettings(): SettingsHandle {
  const [read, setRead] = useState<SettingsRead | null>(null);
  const latest = useRef<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then((loaded) => {
      latest.current = loaded.settings;
      setRead(loaded);
    });
    return onSettingsChanged(({ settings }) => {
      latest.current = settings;
      setRead((previous) => ({ settings, invalid: previous?.invalid ?? [] }));
    });
  }, []);
  const update = async (change: (current: Settings) => Settings) => {
    if (!latest.current) return;
    const next = change(latest.current);
    latest.current = next;
    setRead((previous) => ({ settings: next, invalid: previous?.invalid ?? [] }));
    await saveSettings(next);
  };
  return { settings: read?.settings ?? null, invalid: read?.invalid ?? [], update };
}

/** The message of a thrown value, for showing to the reader. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
