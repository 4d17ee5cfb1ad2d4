import type { ExtractAnswer, ExtractRequest } from '../shared/page-extraction/extracted-page.ts';
import type { WorkerReply, WorkerTask } from './worker-protocol.ts';

/** The part of a dedicated Worker the page reader uses, so tests can stand in for it. */
export interface WorkerLike {
  postMessage(task: WorkerTask): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerReply }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
  terminate(): void;
}

/** How the page reader starts its worker, reads in place where no worker runs, and how long a page may take. */
export interface PageReaderOptions {
  startWorker: () => WorkerLike;
  inPlace: (request: ExtractRequest) => Promise<ExtractAnswer>;
  timeoutMs: number;
}

interface Pending {
  request: ExtractRequest;
  resolve: (answer: ExtractAnswer) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Reads pages in a worker, off the thread the popup renders on. A worker that never starts (no Worker, a
 * script refused) gives way to reading in place for good; one stuck on a page past `timeoutMs` is ended,
 * the page answered with an error, and a fresh worker takes the next page.
 */
export class PageReader {
  private worker: WorkerLike | null = null;
  private everAnswered = false;
  private broken = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly options: PageReaderOptions) {}

  /** Reads one page: its text, metadata and quotes, or an error in words. */
  read(request: ExtractRequest): Promise<ExtractAnswer> {
    const worker = this.broken ? null : this.ensureWorker();
    if (!worker) return this.options.inPlace(request);
    return new Promise((resolve) => {
      const id = this.nextId++;
      const timer = setTimeout(() => this.timedOut(id), this.options.timeoutMs);
      this.pending.set(id, { request, resolve, timer });
      worker.postMessage({ id, request });
    });
  }

  private ensureWorker(): WorkerLike | null {
    if (this.worker) return this.worker;
    try {
      const worker = this.options.startWorker();
      worker.addEventListener('message', (event) => this.answered(event.data));
      worker.addEventListener('error', () => this.failed());
      this.worker = worker;
      return worker;
    } catch {
      this.broken = true;
      return null;
    }
  }

  private answered({ id, answer }: WorkerReply): void {
    this.everAnswered = true;
    const task = this.pending.get(id);
    if (!task) return;
    clearTimeout(task.timer);
    this.pending.delete(id);
    task.resolve(answer);
  }

  private stopWorker(): Pending[] {
    this.worker?.terminate();
    this.worker = null;
    const tasks = [...this.pending.values()];
    for (const task of tasks) clearTimeout(task.timer);
    this.pending.clear();
    return tasks;
  }

  private timedOut(id: number): void {
    const stuck = this.pending.get(id);
    const others = this.stopWorker().filter((t) => t !== stuck);
    stuck?.resolve({ ok: false, error: 'the page took too long to read' });
    // Pages queued behind the stuck one were never looked at: a fresh worker reads them.
    for (const task of others) void this.read(task.request).then(task.resolve);
  }

  private failed(): void {
    const tasks = this.stopWorker();
    if (!this.everAnswered) {
      // The worker never ran (its script refused or missing): read here from now on.
      this.broken = true;
      for (const task of tasks) void this.options.inPlace(task.request).then(task.resolve);
      return;
    }
    for (const task of tasks) task.resolve({ ok: false, error: 'the page reader stopped on this page' });
  }
}
