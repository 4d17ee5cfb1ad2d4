/** What one call cost: CPU time of this process and heap growth while it ran (its result still held). */
export interface Cost<T> {
  result: T;
  cpuMs: number;
  heapMB: number;
}

/**
 * Runs `work` and measures its CPU time (process.cpuUsage, user + system, so a loaded machine does not inflate it)
 * and how much the heap grew with its result held: what a hostile input costs, as the tests bound it.
 */
export function measureCost<T>(work: () => T): Cost<T> {
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const result = work();
  const cpu = process.cpuUsage(cpuBefore);
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  return { result, cpuMs: (cpu.user + cpu.system) / 1000, heapMB };
}

/** Generous bounds on a hostile input: a second of CPU and 200 MB, against minutes and gigabytes before. */
export const HOSTILE_BOUNDS = { cpuMs: 1_000, heapMB: 200 } as const;
