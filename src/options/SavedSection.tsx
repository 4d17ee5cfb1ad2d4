import { useEffect, useState } from 'preact/hooks';
import type { SavedHighlight } from '../shared/data-views.ts';
import { sendToBackground } from '../shared/messages.ts';
import { formatDay } from '../shared/ui/format.ts';
import { clip, isHttpUrl } from '../shared/ui/urls.ts';
import { errorText } from './use-settings.ts';

const shownAtMost = 100;

/** The reader's saved highlights, newest first: search, open where they were saved, delete. */
export function SavedSection() {
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<SavedHighlight[] | null>(null);
  const [status, setStatus] = useState('');
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    sendToBackground('list-saved', { query: query.trim().slice(0, 200), limit: shownAtMost }).then(
      (list) => current && setItems(list),
      (e: unknown) => current && setStatus(`Could not list saved highlights: ${errorText(e)}`),
    );
    // A slower answer to an older search must not replace the newer one.
    return () => {
      current = false;
    };
  }, [query, version]);
  const remove = async (item: SavedHighlight) => {
    try {
      await sendToBackground('delete-claim', { id: item.id });
      setStatus(`Deleted “${clip(item.text, 60)}”.`);
      setVersion(version + 1);
    } catch (e) {
      setStatus(`Could not delete: ${errorText(e)}`);
    }
  };
  return (
    <section id="saved" aria-labelledby="saved-title">
      <h2 id="saved-title">Saved highlights</h2>
      <div class="row">
        <label for="saved-search">Search saved highlights</label>
        <input
          id="saved-search"
          type="search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <p aria-live="polite" class="status" data-testid="saved-status">
        {status}
      </p>
      {items === null ? (
        <p class="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p class="muted">
          {query
            ? 'No saved highlight matches.'
            : 'Nothing saved yet. Select a sentence on a page and save it.'}
        </p>
      ) : (
        <ul class="saved-list">
          {items.map((item) => (
            <li key={item.id} class="saved" data-testid="saved">
              <blockquote>“{clip(item.text, 300)}”</blockquote>
              <p class="muted">
                {item.source.outlet}
                {item.source.headline && ` · ${clip(item.source.headline, 120)}`}
                {formatDay(item.collected) && ` · saved ${formatDay(item.collected)}`}
              </p>
              <div class="actions">
                {isHttpUrl(item.source.url) && (
                  <a href={item.source.url} target="_blank" rel="noopener noreferrer">
                    Open the page<span class="visually-hidden"> (new tab)</span>
                  </a>
                )}
                <button type="button" class="danger" onClick={() => void remove(item)}>
                  Delete<span class="visually-hidden"> this saved highlight</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {items && items.length >= shownAtMost && (
        <p class="muted">Showing the newest {shownAtMost}; search to find others.</p>
      )}
    </section>
  );
}
