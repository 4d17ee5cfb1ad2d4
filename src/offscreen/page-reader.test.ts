import { describe, expect, it, vi } from 'vitest';
import type { ExtractAnswer, ExtractRequest } from '../shared/page-extraction/extracted-page.ts';
import { EXTRACT_MESSAGE } from '../shared/page-extraction/extracted-page.ts';
import { PageReader, type WorkerLike } from './page-reader.ts';
import type { WorkerReply, WorkerTask } from './worker-protocol.ts';

const request = (url: string): ExtractRequest => ({
  target: 'offscreen',
  type: EXTRACT_MESSAGE,
  html: '',
  url,
});
const pageOf = (url: string): ExtractAnswer => ({
  ok: true,
  page: { status: 'article', page: {} as never, quotes: [], claimReviews: [], textLength: url.length },
});

/** A worker stand-in: records tasks; the test answers them, or makes it fail. */
class FakeWorker implements WorkerLike {
  tasks: WorkerTask[] = [];
  terminated = false;
  private onMessage: (event: { data: WorkerReply }) => void = () => undefined;
  private onError: (event: unknown) => void = () => undefined;
  postMessage(task: WorkerTask): void {
    this.tasks.push(task);
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.onMessage = listener;
    else this.onError = listener;
  }
  terminate(): void {
    this.terminated = true;
  }
  answerAll(): void {
    for (const t of this.tasks.splice(0))
      this.onMessage({ data: { id: t.id, answer: pageOf(t.request.url) } });
  }
  fail(): void {
    this.onError(new Event('error'));
  }
}

function reader(timeoutMs = 1_000) {
  const workers: FakeWorker[] = [];
  const inPlace = vi.fn((r: ExtractRequest) => Promise.resolve(pageOf(`in place ${r.url}`)));
  const pages = new PageReader({
    startWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    inPlace,
    timeoutMs,
  });
  return { pages, workers, inPlace };
}

describe('PageReader', () => {
  it('reads pages in one worker and gives each caller its own answer', async () => {
    const { pages, workers, inPlace } = reader();
    const a = pages.read(request('a'));
    const b = pages.read(request('b'));
    workers[0]!.answerAll();
    await expect(a).resolves.toEqual(pageOf('a'));
    await expect(b).resolves.toEqual(pageOf('b'));
    expect(workers).toHaveLength(1);
    expect(inPlace).not.toHaveBeenCalled();
  });

  it('reads in place for good when the worker never starts', async () => {
    const { pages, workers } = reader();
    const a = pages.read(request('a'));
    workers[0]!.fail();
    await expect(a).resolves.toEqual(pageOf('in place a'));
    await expect(pages.read(request('b'))).resolves.toEqual(pageOf('in place b'));
    expect(workers).toHaveLength(1);
  });

  it('reads in place when no worker can be made at all', async () => {
    const pages = new PageReader({
      startWorker: () => {
        throw new Error('Worker is not defined');
      },
      inPlace: (r) => Promise.resolve(pageOf(`in place ${r.url}`)),
      timeoutMs: 1_000,
    });
    await expect(pages.read(request('a'))).resolves.toEqual(pageOf('in place a'));
  });

  it('gives up a page that takes too long, and a fresh worker reads the next', async () => {
    vi.useFakeTimers();
    try {
      const { pages, workers } = reader(500);
      const first = pages.read(request('a'));
      workers[0]!.answerAll();
      await first;
      const stuck = pages.read(request('stuck'));
      vi.advanceTimersByTime(500);
      await expect(stuck).resolves.toEqual({ ok: false, error: 'the page took too long to read' });
      expect(workers[0]!.terminated).toBe(true);
      const next = pages.read(request('b'));
      workers[1]!.answerAll();
      await expect(next).resolves.toEqual(pageOf('b'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers an error for a page that crashed a worker that had been working', async () => {
    const { pages, workers } = reader();
    const first = pages.read(request('a'));
    workers[0]!.answerAll();
    await first;
    const crashing = pages.read(request('crash'));
    workers[0]!.fail();
    await expect(crashing).resolves.toEqual({ ok: false, error: 'the page reader stopped on this page' });
  });
});
