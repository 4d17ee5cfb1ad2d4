import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestPool } from './request-pool.ts';

describe('RequestPool', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function deferred() {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  }

  it('keeps at most three requests in flight overall', async () => {
    const pool = new RequestPool({ maxInFlight: 3, originSpacingMs: 0 });
    let running = 0;
    let most = 0;
    const gates = Array.from({ length: 6 }, deferred);
    const all = gates.map((gate, i) =>
      pool.run(`https://site${i}.example/feed`, async () => {
        running++;
        most = Math.max(most, running);
        await gate.promise;
        running--;
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(running).toBe(3);
    for (const gate of gates) gate.resolve();
    await vi.runAllTimersAsync();
    await Promise.all(all);
    expect(most).toBe(3);
  });

  it('spaces the starts of requests to one origin and lets other origins through meanwhile', async () => {
    const pool = new RequestPool({ maxInFlight: 3, originSpacingMs: 250 }, () => Date.now());
    const starts: [string, number][] = [];
    const t0 = Date.now();
    const task = (url: string) => pool.run(url, async () => void starts.push([url, Date.now() - t0]));
    const all = [
      task('https://a.example/1'),
      task('https://a.example/2'),
      task('https://b.example/1'),
      task('https://a.example/3'),
    ];
    await vi.runAllTimersAsync();
    await Promise.all(all);
    const a = starts.filter(([u]) => u.startsWith('https://a.')).map(([, t]) => t);
    expect(a).toEqual([0, 250, 500]);
    expect(starts.find(([u]) => u.startsWith('https://b.'))?.[1]).toBe(0);
  });

  it('passes a failing request on to its caller and goes on', async () => {
    const pool = new RequestPool({ maxInFlight: 1, originSpacingMs: 0 });
    const failing = pool.run('https://a.example/', () => Promise.reject(new Error('boom')));
    const next = pool.run('https://b.example/', () => Promise.resolve('ok'));
    await expect(failing).rejects.toThrow('boom');
    await vi.runAllTimersAsync();
    await expect(next).resolves.toBe('ok');
  });
});
