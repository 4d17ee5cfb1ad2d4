import type { StoreStats } from '../shared/data-views.ts';
import { formatBytes } from '../shared/ui/format.ts';

/** Props of the claim counts. */
export interface ClaimCountsProps {
  stats: StoreStats | null;
  /** What to show for a figure not read (yet): an ellipsis while loading, a dash after an error. */
  pending: string;
}

// Every origin a claim can have, in the words a reader uses; together they add up to the total.
const origins = [
  ['page', 'From articles you read'],
  ['feed', 'From feeds'],
  ['factcheck', 'From fact-checks'],
  ['import', 'Imported'],
  ['selection', 'Your saved highlights'],
] as const;

/** How many claims Counterclaim keeps, and where they came from; the space they take once there are some. */
export function ClaimCounts({ stats, pending }: ClaimCountsProps) {
  const figure = (value: number | undefined) =>
    value === undefined ? pending : value.toLocaleString('en-GB');
  return (
    <>
      <dl class="stats" data-testid="stats" aria-live="polite">
        <div class="total">
          <dt>Claims kept</dt>
          <dd data-testid="stat-claims">{figure(stats?.claims)}</dd>
        </div>
        {origins.map(([origin, label]) => (
          <div key={origin}>
            <dt>{label}</dt>
            <dd data-testid={`stat-${origin}`}>{figure(stats?.byOrigin[origin])}</dd>
          </div>
        ))}
      </dl>
      {/* The browser's figure includes settings and empty databases: only worth saying once claims are kept. */}
      {stats && stats.claims > 0 && stats.bytesUsed !== null && (
        <p class="muted" data-testid="stat-bytes">
          They take about {formatBytes(stats.bytesUsed)} of your browser’s storage.
        </p>
      )}
    </>
  );
}
