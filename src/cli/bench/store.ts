import type { Command, CommandIo } from '../command.ts';
import type { Claim } from '../../core/claims/index.ts';
import { openClaimStore } from '../../background/store/claim-store.ts';
import { claimBytes } from '../../background/store/size-estimate.ts';
import { toRecord } from '../../background/store/claim-record.ts';
import { seededRandom, syntheticPages } from './store-data.ts';

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} takes a positive whole number`);
  return value;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** `counterclaim bench store`: write throughput, size per claim, cold open and candidate latency of the claim store. */
export const benchStore: Command = {
  name: 'store',
  summary: 'claim store on fake-indexeddb: writes/s, bytes per claim, cold open, candidate query latency',
  usage: [
    'Usage: counterclaim bench store [--claims N] [--per-page N] [--queries N]',
    '',
    'Fills a claim store on fake-indexeddb (in memory) with N synthetic claims (default 200000), written page by',
    'page as scans would (--per-page, default 25), then reports write throughput, estimated bytes per claim,',
    'the time to open the store cold and to answer candidate queries (--queries, default 200).',
  ].join('\n'),
  async run(args: string[], io: CommandIo): Promise<number> {
    const total = option(args, '--claims', 200_000);
    const perPage = option(args, '--per-page', 25);
    const queries = option(args, '--queries', 200);
    // Loaded here, not at the top, so other CLI commands do not get IndexedDB globals they never asked for.
    const { IDBFactory } = await import('fake-indexeddb');
    await import('./store-globals.ts');
    const factory = new IDBFactory();
    let store = openClaimStore('counterclaim-bench', factory);

    const sample: Claim[] = [];
    let record = 0;
    let index = 0;
    let written = 0;
    let writeMs = 0;
    const cpuBefore = process.cpuUsage();
    for (const { page, claims } of syntheticPages(total, perPage)) {
      for (const claim of claims) {
        const bytes = claimBytes(toRecord(claim));
        record += bytes.record;
        index += bytes.index;
      }
      if (sample.length < 5_000 && written % 97 === 0) sample.push(claims[0] as Claim);
      const started = performance.now();
      await store.putPageClaims(page, claims);
      writeMs += performance.now() - started;
      written += claims.length;
      if (written % 20_000 < perPage) {
        io.stderr(`  ${written} claims written, ${Math.round(written / (writeMs / 1000))} claims/s so far\n`);
      }
    }

    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    await store.close();
    const openStarted = performance.now();
    store = openClaimStore('counterclaim-bench', factory);
    const count = await store.count();
    const openMs = performance.now() - openStarted;

    const random = seededRandom(7);
    const latencies: number[] = [];
    let found = 0;
    for (let q = 0; q < queries; q++) {
      const probe = sample[Math.floor(random() * sample.length)] as Claim;
      const started = performance.now();
      const { candidates: hits } = await store.search({
        keys: { ...probe.keys, terms: probe.keys.terms.slice(0, 12) },
        excludeUrl: probe.source.url,
      });
      latencies.push(performance.now() - started);
      found += hits.length;
    }
    latencies.sort((a, b) => a - b);
    const stats = await store.stats();

    io.stdout(
      [
        `claims stored        ${count} (${total} written in pages of ${perPage})`,
        `write throughput     ${Math.round(written / (writeMs / 1000))} claims/s (${ms(writeMs)} wall in putPageClaims; ${Math.round(written / (cpuMs / 1000))} claims per CPU-second)`,
        `bytes per claim      ${Math.round((record + index) / written)} estimated: record ${Math.round(record / written)} (UTF-8 JSON) + index entries ${Math.round(index / written)} (key + id + 8 per entry)`,
        `store size           ${(stats.bytesEstimate / 1e6).toFixed(1)} MB estimated by stats() from a 200-record sample`,
        `cold open            ${ms(openMs)} (close, reopen, first count)`,
        `candidate query      p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(latencies.at(-1) ?? 0)} over ${queries} queries of up to 12 terms + 2 entities, ${Math.round(found / queries)} claims each`,
        `heap used            ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
        '',
      ].join('\n'),
    );
    await store.close();
    return 0;
  },
};
