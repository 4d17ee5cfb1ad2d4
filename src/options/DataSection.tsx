import { useEffect, useState } from 'preact/hooks';
import type { StoreStats } from '../shared/data-views.ts';
import { sendToBackground } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { formatDay } from '../shared/ui/format.ts';
import { ClaimCounts } from './ClaimCounts.tsx';
import { ClearData } from './ClearData.tsx';
import { ExportClaims } from './ExportClaims.tsx';
import { ImportClaims } from './ImportClaims.tsx';
import { NumberSetting } from './NumberSetting.tsx';
import { errorText } from './use-settings.ts';

/** Props of the Data section. */
export interface DataSectionProps {
  settings: Settings;
  onUpdate: (change: (current: Settings) => Settings) => Promise<void>;
}

/** What Counterclaim keeps (claims by origin), how long, and import, export and clear. */
export function DataSection({ settings, onUpdate }: DataSectionProps) {
  const [stats, setStats] = useState<StoreStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () =>
    void sendToBackground('store-stats', {}).then(
      (s) => {
        setStats(s);
        setError(null);
      },
      (e: unknown) => setError(`Could not read the figures: ${errorText(e)}`),
    );
  useEffect(refresh, []);
  // A dash, not an ellipsis, once the figures could not be read: nothing more is coming.
  const pending = error ? '–' : '…';
  return (
    <section id="data" aria-labelledby="data-title">
      <h2 id="data-title">Data</h2>
      <ClaimCounts stats={stats} pending={pending} />
      {error && <p class="field-error">{error}</p>}
      {stats?.quota && (
        <p class="notice">
          On {formatDay(stats.quota.at)} the browser refused Counterclaim more space ({stats.quota.message}).
          Lower the caps below or clear old data.
        </p>
      )}
      <h3>Keep</h3>
      <div class="row wrap">
        <NumberSetting
          id="max-claims"
          label="At most this many claims"
          value={settings.maxClaims}
          min={100}
          max={5_000_000}
          onSave={(maxClaims) => void onUpdate((s) => ({ ...s, maxClaims }))}
        />
        <NumberSetting
          id="max-age"
          label="Forget claims older than (days; 0 keeps them)"
          value={settings.maxAgeDays}
          min={0}
          max={36_500}
          onSave={(maxAgeDays) => void onUpdate((s) => ({ ...s, maxAgeDays }))}
        />
      </div>
      <h3>Import and export</h3>
      <ImportClaims onImported={refresh} />
      <ExportClaims />
      <h3>Clear</h3>
      <ClearData stats={stats} onCleared={refresh} />
    </section>
  );
}
