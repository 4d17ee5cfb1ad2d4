/** One event of a Chrome trace, as much of it as we read. */
export interface TraceEvent {
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
  args?: {
    name?: string;
    fileName?: string;
    worldName?: string;
    data?: { url?: string; requestId?: string; worldName?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string; watcher_notify_interface_tag?: string };
  };
}

/**
 * What a task of ours did, the first that applies: one of our steps (`step:NAME`); evaluating our modules (and
 * caching their code); running the content script file the browser injects; compiling, or loading, one of our
 * module files; a callback of ours (timer, idle callback, event listener, observer); or the answer to one of our
 * extension API calls, which resumes our code with no script event of its own (settings read, messages); or the
 * first frame painted after we drew highlights, which paints them.
 */
export type TaskKind =
  `step:${string}` | 'evaluate' | 'inject' | 'compile' | 'load' | 'callback' | 'messaging' | 'paint';

/** One main-thread task of the page in which Counterclaim did something. */
export interface OurTask {
  task: TraceEvent;
  kind: TaskKind;
}

/** The content script's isolated world is named after the extension. */
const worldName = 'Counterclaim';
const ourScheme = 'chrome-extension://';
const stepPrefix = 'counterclaim:';
/**
 * The step that draws the page's quote highlights. The report's drawing changes only our overlay, which asks for a
 * frame of its own (a callback of ours) when it has anything to show; a frame after it may be the page's alone.
 */
const drawStep = 'draw';

const ranks: readonly string[] = ['evaluate', 'inject', 'compile', 'load', 'callback', 'messaging'];

/** Our steps, from the `counterclaim:` measures (async begin/end pairs in blink.user_timing), by their middle. */
function stepsOf(events: readonly TraceEvent[]): { pid: number; mid: number; name: string }[] {
  const open = new Map<string, TraceEvent>();
  const steps: { pid: number; mid: number; name: string }[] = [];
  for (const e of events) {
    if (e.cat !== 'blink.user_timing' || !e.name.startsWith(stepPrefix)) continue;
    const key = `${e.name}|${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e);
    else if (e.ph === 'e') {
      const begin = open.get(key);
      // A measure's own timestamps can sit a hair outside its task; the middle of the step decides.
      if (begin)
        steps.push({ pid: begin.pid, mid: (begin.ts + e.ts) / 2, name: e.name.slice(stepPrefix.length) });
      open.delete(key);
    }
  }
  return steps;
}

const isOurUrl = (url: string | undefined) => url?.startsWith(ourScheme) === true;

/** What an event inside a task says about it, or null when it says nothing of ours. */
function kindOf(e: TraceEvent, ourRequests: ReadonlySet<string>): Exclude<TaskKind, `step:${string}`> | null {
  const args = e.args ?? {};
  const url = args.data?.url ?? args.fileName;
  const inOurWorld = args.worldName === worldName || args.data?.worldName === worldName;
  switch (e.name) {
    case 'v8.evaluateModule':
      return inOurWorld ? 'evaluate' : null;
    case 'v8.produceModuleCache':
      return isOurUrl(url) ? 'evaluate' : null;
    case 'EvaluateScript':
    case 'v8.compile':
      return isOurUrl(url) ? 'inject' : null;
    case 'v8.compileModule':
      return isOurUrl(url) ? 'compile' : null;
    case 'FunctionCall':
      return isOurUrl(url) ? 'callback' : null;
  }
  if (args.data?.requestId !== undefined && ourRequests.has(args.data.requestId)) return 'load';
  const mojo = args.chrome_mojo_event_info;
  const iface = mojo?.mojo_interface_tag ?? mojo?.watcher_notify_interface_tag ?? '';
  if (iface.startsWith('extensions.mojom.')) return 'messaging';
  if (inOurWorld || isOurUrl(url)) return 'callback';
  return null;
}

/** The first frame painted after each task that drew the quote highlights: the page paints them there. */
function paintsAfterDraws(thread: readonly TraceEvent[], ours: readonly OurTask[]): OurTask[] {
  const counted = new Set(ours.map((o) => o.task));
  const paints: OurTask[] = [];
  for (const { task, kind } of ours) {
    if (kind !== `step:${drawStep}`) continue;
    const drawn = task.ts + (task.dur ?? 0);
    let frame: TraceEvent | null = null;
    let painted: TraceEvent | null = null;
    for (const e of thread) {
      if (e.ts < drawn) continue;
      if (e.name === 'RunTask' && e.ph === 'X') frame = e;
      else if (e.name === 'Paint' && frame !== null && e.ts <= frame.ts + (frame.dur ?? 0)) {
        painted = frame;
        break;
      }
    }
    if (painted !== null && !counted.has(painted)) {
      counted.add(painted);
      paints.push({ task: painted, kind: 'paint' });
    }
  }
  return paints;
}

/**
 * The page's main-thread tasks in which Counterclaim did anything, each with what it did: every task of the
 * renderer that holds our isolated world, in which one of our steps ran, our script was injected, loaded,
 * compiled or evaluated, a callback of ours ran, or an answer to one of our extension API calls arrived. The
 * whole task counts, so a task that also did some of the browser's own work is counted whole.
 */
export function oursOf(events: readonly TraceEvent[]): OurTask[] {
  const steps = stepsOf(events);
  const renderers = new Set(steps.map((s) => s.pid));
  const ourRequests = new Set<string>();
  for (const e of events) {
    const args = e.args ?? {};
    if (args.worldName === worldName || args.data?.worldName === worldName) renderers.add(e.pid);
    if (e.name === 'ResourceSendRequest' && isOurUrl(args.data?.url) && args.data?.requestId)
      ourRequests.add(args.data.requestId);
  }
  const mainThreads = new Set<string>();
  for (const e of events) {
    if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && renderers.has(e.pid))
      mainThreads.add(`${e.pid}:${e.tid}`);
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push(e);
    byThread.set(thread, list);
  }
  const ours: OurTask[] = [];
  for (const [thread, list] of byThread) {
    // A task before what runs in it: at the same time stamp, the longer event first.
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const pid = Number(thread.split(':')[0]);
    for (let i = 0; i < list.length; i++) {
      const task = list[i]!;
      if (task.name !== 'RunTask' || task.ph !== 'X' || task.dur === undefined) continue;
      const end = task.ts + task.dur;
      const step = steps.find((s) => s.pid === pid && s.mid >= task.ts && s.mid <= end);
      if (step) {
        ours.push({ task, kind: `step:${step.name}` });
        continue;
      }
      let best: number | null = null;
      for (let j = i + 1; j < list.length && list[j]!.ts <= end; j++) {
        const kind = kindOf(list[j]!, ourRequests);
        const rank = kind === null ? -1 : ranks.indexOf(kind);
        if (rank >= 0 && (best === null || rank < best)) best = rank;
      }
      if (best !== null) ours.push({ task, kind: ranks[best] as TaskKind });
    }
    ours.push(...paintsAfterDraws(list, ours));
  }
  return ours;
}
