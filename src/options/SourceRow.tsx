import type { Feed, Source, Trust } from '../shared/settings.ts';

/** Props of one source in the list. */
export interface SourceRowProps {
  source: Source;
  onChange: (source: Source) => void;
  onFeedToggle: (source: Source, feed: Feed, enabled: boolean) => void;
  onEdit: () => void;
}

const host = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/**
 * One source on one line: its name and domains, its trust, a switch for each of its feeds, and Edit (which
 * opens the form with everything else: domains, feeds, on/off, remove).
 */
export function SourceRow({ source, onChange, onFeedToggle, onEdit }: SourceRowProps) {
  const id = `source-${source.id}`;
  const several = source.feeds.length > 1;
  return (
    <li class="source" data-testid="source" data-source-id={source.id}>
      <p class="source-head">
        <span id={`${id}-name`} class="source-name">
          {source.name}
        </span>
        {source.factChecker && <span class="tag">fact-checker</span>}
        {!source.enabled && <span class="tag">turned off</span>}{' '}
        <span class="muted source-domains">{source.domains.join(', ')}</span>
      </p>
      <label class="source-trust">
        <span class="visually-hidden">Trust {source.name}</span>
        <select
          value={source.trust}
          data-testid="trust"
          onChange={(e) => onChange({ ...source, trust: e.currentTarget.value as Trust })}
        >
          <option value="trusted">trusted</option>
          <option value="neutral">neutral</option>
          <option value="ignored">ignored</option>
        </select>
      </label>
      <span class="source-feeds">
        {source.feeds.length === 0 && <span class="muted">no feed</span>}
        {source.feeds.map((feed) => (
          <label key={feed.url} class="feed-switch" title={feed.url}>
            <input
              type="checkbox"
              role="switch"
              checked={feed.enabled}
              aria-label={`Read feed of ${source.name}${several ? ` at ${host(feed.url)}` : ''}`}
              onChange={(e) => onFeedToggle(source, feed, e.currentTarget.checked)}
            />{' '}
            Read feed{several ? ` (${host(feed.url)})` : ''}
          </label>
        ))}
      </span>
      <button type="button" onClick={onEdit} aria-label={`Edit ${source.name}`}>
        Edit
      </button>
    </li>
  );
}
