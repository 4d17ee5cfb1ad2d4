import type { Command } from '../command.ts';
import { findRelated, MemorySource } from '../../core/conflicts/index.ts';
import { claimOfLine } from '../claim-line.ts';
import { syntheticClaims } from './conflicts-corpus.ts';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(
  size: number,
  queries: number,
  io: Parameters<Command['run']>[1],
): Promise<Record<string, number>> {
  const started = performance.now();
  const source = new MemorySource();
  for (const line of syntheticClaims(size)) source.add(claimOfLine(line));
  const built = performance.now() - started;
  const heap = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (const line of syntheticClaims(queries, 7)) {
    // The claim is made (its keys read) before the check, as the background makes a page's claims first.
    const query = claimOfLine({ ...line, id: `q-${line.id}`, url: `https://reader.test/${line.id}` });
    const t = performance.now();
    const used = process.cpuUsage();
    found += (await findRelated(source, query)).conflicts.length;
    times.push(performance.now() - t);
    // CPU time beside wall time: on a shared, loaded machine the wall clock also counts time spent waiting.
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
  }
  times.sort((x, y) => x - y);
  cpu.sort((x, y) => x - y);
  const result = {
    claims: size,
    queries,
    buildSeconds: Math.round(built / 100) / 10,
    heapMB: Math.round(heap / 1e6),
    p50ms: Math.round(percentile(times, 50) * 10) / 10,
    p95ms: Math.round(percentile(times, 95) * 10) / 10,
    cpuP50ms: Math.round(percentile(cpu, 50) * 10) / 10,
    cpuP95ms: Math.round(percentile(cpu, 95) * 10) / 10,
    meanConflicts: Math.round((found / queries) * 10) / 10,
  };
  io.stdout(`${JSON.stringify(result)}\n`);
  return result;
}

/** `counterclaim bench conflicts`: query latency of the conflict finder over generated claim stores. */
export const benchConflictsCommand: Command = {
  name: 'conflicts',
  summary: 'conflict query latency over 100k (and, with --large, 1M) generated claims',
  usage: `Usage: counterclaim bench conflicts [--large] [--queries N] [--sizes N,N]

Builds in-memory claim indexes from a generated news-like corpus and times conflict queries (p50, p95).
Default: 100,000 claims. --large adds 1,000,000 (about a minute or two and ~2 GB of heap).
Bars: p95 < 30 ms at 100k, < 300 ms at 1M.
`,
  async run(args, io) {
    const at = args.indexOf('--queries');
    const queries = at >= 0 ? Number(args[at + 1]) || 200 : 200;
    const sizesAt = args.indexOf('--sizes');
    const sizes =
      sizesAt >= 0
        ? (args[sizesAt + 1] ?? '')
            .split(',')
            .map(Number)
            .filter((n) => n > 0)
        : args.includes('--large')
          ? [100_000, 1_000_000]
          : [100_000];
    for (const size of sizes) await measure(size, queries, io);
    return 0;
  },
};
