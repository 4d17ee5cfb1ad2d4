import type { Feed, Source, Trust } from '../shared/settings.ts';

/** Props of one source in the list. */
export interface SourceRowProps {
  source: Source;
  onChange: (source: Source) => void;
  onFeedToggle: (source: Source, feed: Feed, enabled: boolean) => void;
  onEdit: () => void;
  onRemove: () => void;
}

/** One source: name, domains, on/off, trust, feeds with their switches, and edit/remove. */
export function SourceRow({ source, onChange, onFeedToggle, onEdit, onRemove }: SourceRowProps) {
  const id = `source-${source.id}`;
  return (
    <li class="source" data-testid="source" data-source-id={source.id}>
      <div class="source-head">
        <h3 id={`${id}-name`} class="source-name">
          {source.name}
          {source.factChecker && <span class="tag">fact-checker</span>}
        </h3>
        <p class="muted source-domains">{source.domains.join(', ')}</p>
      </div>
      <div class="source-controls">
        <label>
          <input
            type="checkbox"
            checked={source.enabled}
            onChange={(e) => onChange({ ...source, enabled: e.currentTarget.checked })}
            aria-describedby={`${id}-name`}
          />{' '}
          Enabled
        </label>
        <label>
          Trust{' '}
          <select
            value={source.trust}
            aria-describedby={`${id}-name`}
            data-testid="trust"
            onChange={(e) => onChange({ ...source, trust: e.currentTarget.value as Trust })}
          >
            <option value="trusted">trusted</option>
            <option value="neutral">neutral</option>
            <option value="ignored">ignored</option>
          </select>
        </label>
        <button type="button" onClick={onEdit} aria-label={`Edit ${source.name}`}>
          Edit
        </button>
        <button type="button" class="danger" onClick={onRemove} aria-label={`Remove ${source.name}`}>
          Remove
        </button>
      </div>
      {source.feeds.length > 0 && (
        <ul class="feeds" aria-label={`Feeds of ${source.name}`}>
          {source.feeds.map((feed) => (
            <li key={feed.url}>
              <label>
                <input
                  type="checkbox"
                  checked={feed.enabled}
                  onChange={(e) => onFeedToggle(source, feed, e.currentTarget.checked)}
                />{' '}
                <span class="feed-url">{feed.url}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
