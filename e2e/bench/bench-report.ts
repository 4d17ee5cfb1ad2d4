import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The figures of one bench run over N claims in real Chromium. */
export interface StoreBenchFigures {
  claims: number;
  stored: number;
  skippedDuplicates: number;
  batchSize: number;
  writeClaimsPerSecond: number;
  slowestBatchMs: number;
  /** Claims written per second of CPU time of all Chromium processes: what a quiet machine would approach. */
  writeClaimsPerCpuSecond: number | null;
  /** Quota manager usage after filling minus before, per stored claim. */
  usageBytesPerClaim: number;
  /** Bytes of the profile's IndexedDB files after a restart, per stored claim. */
  diskBytesPerClaim: number;
  /** 'store-stats' bytesUsed as the options page shows it. */
  statsBytesUsed: number | null;
  coldOpenMs: number;
  coldCountMs: number;
  queries: number;
  queryP50Ms: number;
  queryP95Ms: number;
  queryMaxMs: number;
  /** Mean CPU time of all Chromium processes per check, whatever the load. */
  queryCpuMsMean: number | null;
  meanConflicts: number;
  /** /proc/loadavg when the run finished: on a shared machine every figure above moves with it. */
  loadAverage: string;
  measuredAt: string;
}

/** Where the figures are kept, one entry per N, so runs at different N add up in one file. */
export const figuresFile = 'test-results/bench-store.json';

/** The figures as one line for the test log. */
export function figuresLine(f: StoreBenchFigures): string {
  return [
    `store bench N=${f.claims}: stored ${f.stored} (${f.skippedDuplicates} duplicates)`,
    `write ${f.writeClaimsPerSecond} claims/s wall, ${f.writeClaimsPerCpuSecond ?? '?'} per CPU-s (batches of ${f.batchSize}, slowest ${Math.round(f.slowestBatchMs)} ms)`,
    `size ${f.usageBytesPerClaim} B/claim by storage.estimate, ${f.diskBytesPerClaim} B/claim on disk`,
    `cold open ${f.coldOpenMs.toFixed(1)} ms + first count ${f.coldCountMs.toFixed(1)} ms`,
    `check-selection p50 ${f.queryP50Ms.toFixed(1)} ms, p95 ${f.queryP95Ms.toFixed(1)} ms, max ${f.queryMaxMs.toFixed(1)} ms over ${f.queries}, ${f.queryCpuMsMean ?? '?'} CPU-ms each (${f.meanConflicts} conflicts each)`,
    `loadavg ${f.loadAverage}`,
  ].join(' | ');
}

/** Adds (or replaces) the figures for this N in the figures file. */
export function recordFigures(f: StoreBenchFigures, file = figuresFile): void {
  const all: Record<string, StoreBenchFigures> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, StoreBenchFigures>)
    : {};
  all[String(f.claims)] = f;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/** The load average line of this machine, or '' where there is no /proc. */
export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim();
  } catch {
    return '';
  }
}
