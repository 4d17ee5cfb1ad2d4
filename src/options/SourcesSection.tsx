import { useState } from 'preact/hooks';
import { browser } from '../shared/browser.ts';
import type { Feed, Settings, Source } from '../shared/settings.ts';
import { countOf } from '../shared/ui/format.ts';
import { filterSources } from '../shared/ui/source-form.ts';
import { SourceForm } from './SourceForm.tsx';
import { SourceRow } from './SourceRow.tsx';

/** Props of the Sources section. */
export interface SourcesSectionProps {
  sources: Source[];
  onUpdate: (change: (current: Settings) => Settings) => Promise<void>;
}

const replace = (sources: Source[], next: Source) => sources.map((s) => (s.id === next.id ? next : s));

/** The reader's sources, one line each: search, add, trust, which feeds to read; edit and remove behind Edit. */
export function SourcesSection({ sources, onUpdate }: SourcesSectionProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [removed, setRemoved] = useState<{ source: Source; at: number } | null>(null);
  const shown = filterSources(sources, query);
  const change = (next: Source) => void onUpdate((s) => ({ ...s, sources: replace(s.sources, next) }));
  const save = (next: Source) => {
    const adding = editing === 'new';
    void onUpdate((s) => ({ ...s, sources: adding ? [...s.sources, next] : replace(s.sources, next) }));
    setEditing(null);
    setStatus(adding ? `Added ${next.name}.` : `Saved ${next.name}.`);
  };
  const remove = (source: Source) => {
    const at = sources.findIndex((s) => s.id === source.id);
    void onUpdate((s) => ({ ...s, sources: s.sources.filter((x) => x.id !== source.id) }));
    setRemoved({ source, at });
    setStatus(`Removed ${source.name}.`);
  };
  const undo = () => {
    if (!removed) return;
    void onUpdate((s) => {
      const list = [...s.sources];
      list.splice(removed.at, 0, removed.source);
      return { ...s, sources: list };
    });
    setStatus(`Restored ${removed.source.name}.`);
    setRemoved(null);
  };
  const toggleFeed = async (source: Source, feed: Feed, enabled: boolean) => {
    if (enabled) {
      // Reading a feed needs access to its site; the browser asks the reader, here, on their click.
      // Match patterns carry no port (Firefox refuses one), so the grant covers the host on any port.
      const { protocol, hostname } = new URL(feed.url);
      const origin = `${protocol}//${hostname}/*`;
      const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
      if (!granted) {
        setStatus(`Counterclaim needs your permission to read ${feed.url}; the feed stays off.`);
        return;
      }
    }
    const feeds = source.feeds.map((f) => (f.url === feed.url ? { ...f, enabled } : f));
    change({ ...source, feeds });
  };
  return (
    <section id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <p class="muted">
        Trusted sources rank first; ignored ones are neither collected nor shown. “Read feed” fetches the
        source’s news feed in the background, so its claims are there before you read it. Edit a source to
        change its domains or feeds, turn it off or remove it.
      </p>
      <div class="row">
        <label for="source-search">Search sources</label>
        <input
          id="source-search"
          type="search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="button" class="primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          Add a source
        </button>
      </div>
      <p aria-live="polite" class="status" data-testid="sources-status">
        {status}
        {removed && status.startsWith('Removed') && (
          <button type="button" class="link-button" onClick={undo}>
            Undo
          </button>
        )}
      </p>
      {editing === 'new' && <SourceForm sources={sources} onSave={save} onCancel={() => setEditing(null)} />}
      <p class="muted">
        {query ? `${countOf(shown.length, 'source')} match “${query}”.` : countOf(sources.length, 'source')}
      </p>
      <ul class="sources">
        {shown.map((source) =>
          editing === source.id ? (
            <li key={source.id} class="source editing">
              <SourceForm
                editing={source}
                sources={sources}
                onSave={save}
                onCancel={() => setEditing(null)}
              />
              <button
                type="button"
                class="danger"
                onClick={() => {
                  setEditing(null);
                  remove(source);
                }}
                aria-label={`Remove ${source.name}`}
              >
                Remove {source.name}
              </button>
            </li>
          ) : (
            <SourceRow
              key={source.id}
              source={source}
              onChange={change}
              onFeedToggle={(s, f, on) => void toggleFeed(s, f, on)}
              onEdit={() => setEditing(source.id)}
            />
          ),
        )}
      </ul>
    </section>
  );
}
