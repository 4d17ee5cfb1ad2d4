import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
}

/** Our tasks as the renderer ran them: wall time and the thread's CPU time, in ms. */
export interface TracedTasks {
  /** CPU time of the main-thread tasks in which a `counterclaim:` step ran, added up. */
  cpu: number;
  /** Wall time of the same tasks. */
  wall: number;
  /** The task with the most CPU time, in ms of CPU. */
  longestCpu: number;
  tasks: number;
}

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
    await cdp.send('Tracing.start', {
      categories: 'disabled-by-default-devtools.timeline,devtools.timeline,blink.user_timing',
      transferMode: 'ReportEvents',
    });
    return trace;
  }

  /** Stops tracing and finds the tasks that ran our `counterclaim:` steps. */
  async stop(): Promise<TracedTasks> {
    const complete = new Promise<void>((done) => this.cdp.once('Tracing.tracingComplete', () => done()));
    await this.cdp.send('Tracing.end');
    await complete;
    await this.cdp.detach();
    // Our measures appear as async begin/end pairs in blink.user_timing.
    const open = new Map<string, TraceEvent>();
    const steps: { pid: number; start: number; end: number }[] = [];
    for (const e of this.events) {
      if (e.cat !== 'blink.user_timing' || !e.name.startsWith('counterclaim:')) continue;
      const key = `${e.name}|${e.id ?? e.id2?.local ?? ''}`;
      if (e.ph === 'b') open.set(key, e);
      else if (e.ph === 'e') {
        const begin = open.get(key);
        if (begin) steps.push({ pid: begin.pid, start: begin.ts, end: e.ts });
        open.delete(key);
      }
    }
    const ours = new Set<TraceEvent>();
    for (const e of this.events) {
      if (e.name !== 'RunTask' || e.ph !== 'X' || e.dur === undefined) continue;
      const end = e.ts + e.dur;
      // A measure's own timestamps can sit a hair outside its task; the middle of the step decides.
      if (steps.some((s) => s.pid === e.pid && (s.start + s.end) / 2 >= e.ts && (s.start + s.end) / 2 <= end))
        ours.add(e);
    }
    let cpu = 0;
    let wall = 0;
    let longestCpu = 0;
    for (const task of ours) {
      const taskCpu = (task.tdur ?? task.dur ?? 0) / 1000;
      cpu += taskCpu;
      wall += (task.dur ?? 0) / 1000;
      longestCpu = Math.max(longestCpu, taskCpu);
    }
    return { cpu, wall, longestCpu, tasks: ours.size };
  }
}
