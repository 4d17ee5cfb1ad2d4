import type { Collection, Settings } from '../shared/settings.ts';
import { SitesList } from './SitesList.tsx';

/** Props of the Collection section. */
export interface CollectionSectionProps {
  settings: Settings;
  onUpdate: (change: (current: Settings) => Settings) => Promise<void>;
}

const choices: { value: Collection; label: string }[] = [
  { value: 'all', label: 'Collect claims from every article I read' },
  { value: 'listed', label: 'Only from articles of my listed sources' },
  { value: 'never', label: 'Never collect claims from what I read' },
];

/** Which articles become claims, which sites are never read, and how highlights look. */
export function CollectionSection({ settings, onUpdate }: CollectionSectionProps) {
  return (
    <section id="collection" aria-labelledby="collection-title">
      <h2 id="collection-title">Collection</h2>
      <fieldset>
        <legend>Which articles become claims</legend>
        {choices.map((choice) => (
          <label key={choice.value} class="choice">
            <input
              type="radio"
              name="collection"
              value={choice.value}
              checked={settings.collection === choice.value}
              onChange={() => void onUpdate((s) => ({ ...s, collection: choice.value }))}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      <label class="choice">
        <input
          type="checkbox"
          checked={settings.readPrivateWindows}
          onChange={(e) => {
            const readPrivateWindows = e.currentTarget.checked;
            void onUpdate((s) => ({ ...s, readPrivateWindows }));
          }}
        />{' '}
        Read pages in private windows too (off: nothing from them is stored or looked up)
      </label>
      <SitesList
        sites={settings.disabledSites}
        onChange={(sites) => void onUpdate((s) => ({ ...s, disabledSites: sites }))}
      />
      <h3>Highlights</h3>
      <div class="row">
        <label>
          <input
            type="checkbox"
            checked={settings.highlights}
            onChange={(e) => {
              const highlights = e.currentTarget.checked;
              void onUpdate((s) => ({ ...s, highlights }));
            }}
          />{' '}
          Highlight quotes on pages
        </label>
        <label for="highlight-color">Colour of saved highlights</label>
        <input
          id="highlight-color"
          type="color"
          value={settings.highlightColor}
          onChange={(e) => {
            const highlightColor = e.currentTarget.value;
            if (/^#[0-9a-f]{6}$/i.test(highlightColor)) void onUpdate((s) => ({ ...s, highlightColor }));
          }}
        />
      </div>
    </section>
  );
}
