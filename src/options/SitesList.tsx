import { useState } from 'preact/hooks';
import { validateSiteHost } from '../shared/ui/hosts.ts';

/** Props of the list of sites never to scan. */
export interface SitesListProps {
  sites: string[];
  onChange: (sites: string[]) => void;
}

/** Sites Counterclaim never reads: add (checked at the field) and remove. */
export function SitesList({ sites, onChange }: SitesListProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (event: Event) => {
    event.preventDefault();
    const parsed = validateSiteHost(text, sites);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    setText('');
    onChange([...sites, parsed.host]);
  };
  return (
    <div class="sites">
      <h3 id="sites-title">Sites never to scan</h3>
      <form class="row" onSubmit={add} noValidate>
        <label for="site-input">Site</label>
        <input
          id="site-input"
          type="text"
          placeholder="example.com"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
        />
        <button type="submit">Add site</button>
      </form>
      {error && (
        <p class="field-error" id="site-error" data-testid="error-site">
          {error}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="muted">None: Counterclaim reads articles on every site.</p>
      ) : (
        <ul class="site-list" aria-labelledby="sites-title">
          {sites.map((site) => (
            <li key={site} data-testid="disabled-site">
              <span>{site}</span>{' '}
              <button
                type="button"
                onClick={() => onChange(sites.filter((s) => s !== site))}
                aria-label={`Scan ${site} again`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
