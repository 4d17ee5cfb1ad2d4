import { useEffect, useState } from 'preact/hooks';
import { sendToTab } from '../shared/messages.ts';

/** The tab's saved highlights and how many of them were not found on the page (null until known). */
export function useSavedStatus(tabId: number | null): { saved: number; notFound: number } | null {
  const [status, setStatus] = useState<{ saved: number; notFound: number } | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    sendToTab(tabId, 'saved-status', {}).then(setStatus, () => setStatus(null));
  }, [tabId]);
  return status;
}
