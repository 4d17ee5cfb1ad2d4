import { useEffect, useState } from 'preact/hooks';
import type { FeedStatus } from '../shared/data-views.ts';
import { sendToBackground } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { countOf, formatAgo } from '../shared/ui/format.ts';
import { NumberSetting } from './NumberSetting.tsx';
import { errorText } from './use-settings.ts';

/** Props of the Feeds section. */
export interface FeedsSectionProps {
  settings: Settings;
  onUpdate: (change: (current: Settings) => Settings) => Promise<void>;
}

// While a refresh runs, ask for progress this often, at most this many times.
const pollMs = 1_000;
const maxPolls = 300;

function describe(feed: FeedStatus, now: number): string {
  if (feed.refreshing) return 'reading now…';
  if (!feed.enabled) return 'off';
  if (!feed.permitted) return 'waiting for your permission to read this site';
  if (feed.lastRead === null) return 'not read yet';
  return `read ${formatAgo(feed.lastRead, now)}: ${countOf(feed.itemsRead, 'item')}, ${countOf(feed.claimsAdded, 'claim')} added`;
}

/** Where each feed stands, a "Refresh now" button, and how often feeds are read. */
export function FeedsSection({ settings, onUpdate }: FeedsSectionProps) {
  const [feeds, setFeeds] = useState<FeedStatus[] | null>(null);
  const [status, setStatus] = useState('');
  const [polls, setPolls] = useState(0);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () =>
        void sendToBackground('feed-status', {}).then(
          (list) => {
            if (!current) return;
            setFeeds(list);
            if (list.some((f) => f.refreshing) && polls < maxPolls) setPolls(polls + 1);
          },
          (e: unknown) => current && setStatus(`Could not read the feeds’ state: ${errorText(e)}`),
        ),
      polls === 0 ? 0 : pollMs,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [polls]);
  const refresh = async () => {
    setStatus('Reading feeds…');
    try {
      await sendToBackground('refresh-feeds', {});
      setStatus('Feeds read.');
    } catch (e) {
      setStatus(`Could not read feeds: ${errorText(e)}`);
    }
    setPolls(polls + 1);
  };
  const name = (id: string) => settings.sources.find((s) => s.id === id)?.name ?? id;
  const now = Date.now();
  return (
    <section id="feeds" aria-labelledby="feeds-title">
      <h2 id="feeds-title">Feeds</h2>
      <p class="muted">
        Turn feeds on in the Sources list. Counterclaim fetches nothing but the feeds you turn on.
      </p>
      <div class="row wrap">
        <button type="button" onClick={() => void refresh()}>
          Refresh now
        </button>
        <NumberSetting
          id="feed-interval"
          label="Read feeds every (minutes)"
          value={settings.feedIntervalMinutes}
          min={5}
          max={10_080}
          onSave={(feedIntervalMinutes) => void onUpdate((s) => ({ ...s, feedIntervalMinutes }))}
        />
      </div>
      <p aria-live="polite" class="status" data-testid="feeds-status">
        {status}
      </p>
      {feeds && feeds.length > 0 && (
        <table class="feed-table">
          <caption class="visually-hidden">Feeds and when they were read</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Feed</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((feed) => (
              <tr key={feed.url} data-testid="feed-status">
                <td>{name(feed.sourceId)}</td>
                <td class="feed-url">{feed.url}</td>
                <td>
                  {describe(feed, now)}
                  {feed.error && <span class="field-error"> Last error: {feed.error}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {feeds && feeds.length === 0 && <p class="muted">No feeds yet.</p>}
    </section>
  );
}
