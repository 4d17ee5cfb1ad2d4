import { evaluateInContentScript } from '../content-world.ts';
import type { Page } from '@playwright/test';
import type { ImportReport } from '../../src/shared/data-views.ts';
import type { SelectionCheck } from './bench-claims.ts';

/** What filling the store through 'import-claims' took. */
export interface FillFigures {
  added: number;
  skipped: number;
  batches: number;
  /** Sum of the import messages' round trips, timed in the sending page: parse, keys, write, retention. */
  importMs: number;
  /** Slowest single import message. */
  slowestBatchMs: number;
}

/**
 * Sends each claim file as one 'import-claims' message from an extension page, as the options page's import does,
 * and times each round trip inside the page, so handing the file text to the page is not counted; `onBatch` sees
 * the running figures after each message.
 */
export async function fillThroughImports(
  page: Page,
  files: Iterable<{ text: string; claims: number }>,
  onBatch: (so: FillFigures) => void = () => undefined,
): Promise<FillFigures> {
  const figures: FillFigures = { added: 0, skipped: 0, batches: 0, importMs: 0, slowestBatchMs: 0 };
  let name = 0;
  for (const file of files) {
    const { report, ms } = await page.evaluate(
      async (payload) => {
        const started = performance.now();
        const answer = (await chrome.runtime.sendMessage({ type: 'import-claims', payload })) as {
          ok: boolean;
          value?: ImportReport;
          error?: string;
        };
        const ms = performance.now() - started;
        if (!answer.ok || !answer.value) throw new Error(answer.error ?? 'no answer to import-claims');
        return { report: answer.value, ms };
      },
      { name: `bench-${name++}.jsonl`, text: file.text },
    );
    if (report.rejected.length > 0) {
      throw new Error(`import refused: line ${report.rejected[0]?.line}: ${report.rejected[0]?.reason}`);
    }
    figures.added += report.added;
    figures.skipped += report.skipped;
    figures.batches += 1;
    figures.importMs += ms;
    figures.slowestBatchMs = Math.max(figures.slowestBatchMs, ms);
    onBatch(figures);
  }
  return figures;
}

/** Round-trip times of 'check-selection' messages and how many conflicts they found. */
export interface CheckTimes {
  ms: number[];
  conflicts: number[];
}

/**
 * Sends each selection check from Counterclaim's content script on a web page (the background takes check-selection
 * only from a page's tab) and times the round trip there: validation, the claim's keys, the store's candidates,
 * document frequencies and count, ranking and judging, and the page's own claim count, as a reader's check runs.
 */
export function timeSelectionChecks(page: Page, checks: SelectionCheck[]): Promise<CheckTimes> {
  return evaluateInContentScript(
    page,
    async (checks) => {
      const times: { ms: number[]; conflicts: number[] } = { ms: [], conflicts: [] };
      for (const payload of checks) {
        const started = performance.now();
        const answer = (await chrome.runtime.sendMessage({ type: 'check-selection', payload })) as {
          ok: boolean;
          value?: { conflicts: unknown[] };
          error?: string;
        };
        times.ms.push(performance.now() - started);
        if (!answer.ok || !answer.value) throw new Error(answer.error ?? 'no answer to check-selection');
        times.conflicts.push(answer.value.conflicts.length);
      }
      return times;
    },
    checks,
  );
}

/** The value at percentile `p` (0-100) of the values, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
