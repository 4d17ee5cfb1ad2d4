import type { Steps } from '../core/article/index.ts';
import { timed, yieldToPage } from './main-thread.ts';

/** Work done in one task before the page gets its main thread back: well under the 50 ms of a long task. */
export const sliceBudgetMs = 8;

/**
 * Runs resumable steps in tasks of about `budgetMs` each, giving the page a turn between tasks; every task is
 * recorded as the `counterclaim:NAME` step. A short job finishes in its first task, with no pause at all.
 */
export async function runInSlices<T>(
  name: string,
  steps: Steps<T>,
  budgetMs = sliceBudgetMs,
  pause: () => Promise<void> = yieldToPage,
  now: () => number = () => performance.now(),
): Promise<T> {
  for (;;) {
    const result = timed(name, () => {
      const start = now();
      for (;;) {
        const r = steps.next();
        if (r.done === true || now() - start >= budgetMs) return r;
      }
    });
    if (result.done === true) return result.value;
    await pause();
  }
}
