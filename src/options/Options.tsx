import { CollectionSection } from './CollectionSection.tsx';
import { DataSection } from './DataSection.tsx';
import { FeedsSection } from './FeedsSection.tsx';
import { SavedSection } from './SavedSection.tsx';
import { SourcesSection } from './SourcesSection.tsx';
import { useSettings } from './use-settings.ts';

const settingNames: Record<string, string> = {
  collection: 'which articles become claims',
  disabledSites: 'sites never to scan',
  highlights: 'highlights on or off',
  highlightColor: 'highlight colour',
  maxClaims: 'the cap on claims',
  maxAgeDays: 'the age limit on claims',
  feedIntervalMinutes: 'the feed interval',
  sources: 'the sources list',
  version: 'the settings version',
};

/** The options page: sources, collection and the reader's data. */
export function Options() {
  const { settings, invalid, update } = useSettings();
  return (
    <main class="options">
      <h1>Counterclaim settings</h1>
      <nav aria-label="Contents" class="toc">
        <ul>
          <li>
            <a href="#sources">Sources</a>: which outlets count, and their feeds
          </li>
          <li>
            <a href="#collection">Collection</a>: which articles become claims, sites never to scan
          </li>
          <li>
            <a href="#feeds">Feeds</a>: when they were read, how often
          </li>
          <li>
            <a href="#data">Data</a>: what is kept, import, export, clear
          </li>
          <li>
            <a href="#saved">Saved highlights</a>: the sentences you kept
          </li>
        </ul>
      </nav>
      <p class="muted">Changes are saved at once and apply in open tabs.</p>
      {invalid.length > 0 && (
        <p class="notice" role="alert" data-testid="invalid-notice">
          Some stored settings could not be read and are back to their defaults:{' '}
          {invalid.map((key) => settingNames[key] ?? key).join(', ')}.
        </p>
      )}
      {settings === null ? (
        <p class="muted">Loading…</p>
      ) : (
        <>
          <SourcesSection sources={settings.sources} onUpdate={update} />
          <CollectionSection settings={settings} onUpdate={update} />
          <FeedsSection settings={settings} onUpdate={update} />
          <DataSection settings={settings} onUpdate={update} />
          <SavedSection />
        </>
      )}
    </main>
  );
}
