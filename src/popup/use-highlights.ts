import { useEffect, useState } from 'preact/hooks';
import { sendToTab } from '../shared/messages.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-storage.ts';

/** The highlights setting and a setter that saves it and tells the tab at once. */
export function useHighlights(tabId: number | null): [boolean | null, (visible: boolean) => Promise<void>] {
  const [visible, setVisible] = useState<boolean | null>(null);
  useEffect(() => {
    void loadSettings().then(({ settings }) => setVisible(settings.highlights));
    return onSettingsChanged(({ settings }) => setVisible(settings.highlights));
  }, []);
  const change = async (next: boolean) => {
    setVisible(next);
    // The saved setting reaches every open tab; the message makes this tab follow without waiting for it.
    const { settings } = await loadSettings();
    await saveSettings({ ...settings, highlights: next });
    if (tabId !== null) await sendToTab(tabId, 'set-highlights', { visible: next }).catch(() => false);
  };
  return [visible, change];
}
