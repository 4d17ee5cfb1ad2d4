import type { CDPSession, Page } from '@playwright/test';
import { median } from './cost-probe.ts';
import { oursOf, type TraceEvent } from './trace-tasks.ts';

/** Our tasks as the renderer ran them: wall time and the thread's CPU time, in ms. */
export interface TracedTasks {
  /** CPU time of the page's main-thread tasks in which Counterclaim did anything, added up. */
  cpu: number;
  /** Wall time of the same tasks. */
  wall: number;
  /** The task with the most CPU time, in ms of CPU. */
  longestCpu: number;
  tasks: number;
  /** The CPU time split by what each task did for us (see `TaskKind`). */
  byKind: Record<string, number>;
}

/**
 * The trace categories: the renderer's tasks and what ran in them (devtools.timeline), our steps
 * (blink.user_timing), and the extension messaging that wakes our code with no script event of its own (mojom).
 */
const categories = [
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
  'mojom',
].join(',');

/** A Chrome trace of one page, started before it loads, for CPU time that machine load does not inflate. */
export class CpuTrace {
  private readonly events: TraceEvent[] = [];
  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Tracing.dataCollected', ({ value }) => this.events.push(...(value as unknown as TraceEvent[])));
  }

  /** Starts tracing the page's renderer (call before navigating). */
  static async start(page: Page): Promise<CpuTrace> {
    const cdp = await page.context().newCDPSession(page);
    const trace = new CpuTrace(cdp);
    await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
    return trace;
  }

  /** Stops tracing and adds up the page's main-thread tasks that did anything for Counterclaim. */
  async stop(): Promise<TracedTasks> {
    const complete = new Promise<void>((done) => this.cdp.once('Tracing.tracingComplete', () => done()));
    await this.cdp.send('Tracing.end');
    await complete;
    await this.cdp.detach();
    const ours = oursOf(this.events);
    let cpu = 0;
    let wall = 0;
    let longestCpu = 0;
    const byKind: Record<string, number> = {};
    for (const { task, kind } of ours) {
      const taskCpu = (task.tdur ?? task.dur ?? 0) / 1000;
      cpu += taskCpu;
      wall += (task.dur ?? 0) / 1000;
      longestCpu = Math.max(longestCpu, taskCpu);
      byKind[kind] = (byKind[kind] ?? 0) + taskCpu;
    }
    return { cpu, wall, longestCpu, tasks: ours.length, byKind };
  }
}

/** The median CPU time of each kind of task over several runs (a kind a run lacks counts 0 there), largest first. */
export function medianSplit(runs: readonly Record<string, number>[]): [string, number][] {
  const kinds = new Set(runs.flatMap((r) => Object.keys(r)));
  const split: [string, number][] = [...kinds].map((kind) => [kind, median(runs.map((r) => r[kind] ?? 0))]);
  return split.sort((a, b) => b[1] - a[1]);
}

/** A split as one line: `kind ms, kind ms, …`. */
export function formatSplit(split: readonly [string, number][]): string {
  return split.map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`).join(', ');
}
