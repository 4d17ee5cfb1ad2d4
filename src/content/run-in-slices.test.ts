import { describe, expect, it, vi } from 'vitest';
import type { Steps } from '../core/article/index.ts';
import { runInSlices } from './run-in-slices.ts';

/** Steps that each advance a fake clock by `cost` ms, `count` of them, ending in `value`. */
function* costly(count: number, cost: number, clock: { t: number }, value: string): Steps<string> {
  for (let i = 0; i < count; i++) {
    clock.t += cost;
    yield;
  }
  return value;
}

describe('runInSlices', () => {
  it('finishes a short job in one task, without pausing', async () => {
    const clock = { t: 0 };
    const pause = vi.fn(() => Promise.resolve());
    const value = await runInSlices('test', costly(3, 1, clock, 'done'), 8, pause, () => clock.t);
    expect(value).toBe('done');
    expect(pause).not.toHaveBeenCalled();
  });

  it('pauses once per budget of work, so no task runs far past it', async () => {
    const clock = { t: 0 };
    const marks: number[] = [];
    const pause = vi.fn(() => {
      marks.push(clock.t);
      return Promise.resolve();
    });
    const value = await runInSlices('test', costly(100, 1, clock, 'long'), 8, pause, () => clock.t);
    expect(value).toBe('long');
    // 100 ms of work in tasks of 8 ms: 12 pauses, each after exactly one budget's worth.
    expect(pause).toHaveBeenCalledTimes(12);
    for (let i = 1; i < marks.length; i++) expect(marks[i]! - marks[i - 1]!).toBe(8);
  });
});

describe('runInSlices with phases', () => {
  it('begins each named phase in a task of its own and records the tasks under it', async () => {
    function* phased(): Generator<string | void, string, void> {
      yield;
      yield 'second';
      yield;
      yield 'third';
      return 'end';
    }
    const pause = vi.fn(() => Promise.resolve());
    const clock = { t: 0 };
    expect(await runInSlices('first', phased(), 8, pause, () => clock.t)).toBe('end');
    expect(pause).toHaveBeenCalledTimes(2);
  });
});
