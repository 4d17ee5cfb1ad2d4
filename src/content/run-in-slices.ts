import type { Steps } from '../core/article/index.ts';
import { timed, yieldToPage } from './main-thread.ts';

/** Work done in one task before the page gets its main thread back: well under the 50 ms of a long task. */
export const sliceBudgetMs = 8;

/**
 * Runs resumable steps in tasks of about `budgetMs` each, giving the page a turn between tasks. Tasks are
 * recorded as the `counterclaim:NAME` step; a step that names a phase ends its task, and the tasks after it
 * are recorded under that phase; a short
 * job finishes in its first task, with no pause at all.
 */
export async function runInSlices<T>(
  name: string,
  steps: Steps<T>,
  budgetMs = sliceBudgetMs,
  pause: () => Promise<void> = yieldToPage,
  now: () => number = () => performance.now(),
): Promise<T> {
  let phase = name;
  for (;;) {
    const result = timed(phase, () => {
      const start = now();
      for (;;) {
        const r = steps.next();
        if (r.done === true || typeof r.value === 'string' || now() - start >= budgetMs) return r;
      }
    });
    if (result.done === true) return result.value;
    if (typeof result.value === 'string') phase = result.value;
    await pause();
  }
}
