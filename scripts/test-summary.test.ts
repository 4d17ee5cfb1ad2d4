import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkLines, expectedFailures } from './test-summary.ts';

describe("npm test's summary", () => {
  it('prints each figure with a bar as met or not met, and skips figures kept for reference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-summary-'));
    const figure = (value: number, bar: number | null) => ({ value, unit: 'ms', bar, runs: [value] });
    writeFileSync(
      join(dir, 'page-cost.json'),
      JSON.stringify({
        measuredAt: '',
        loadavg: [],
        figures: { cpu: figure(9.8, 15), work: figure(55.6, 15), words: figure(20000, null) },
      }),
    );
    writeFileSync(join(dir, 'e2e.json'), JSON.stringify({ suites: [] }));
    expect(benchmarkLines(dir)).toEqual([
      'met     page-cost cpu: 9.8 ms (bar 15 ms)',
      'not met page-cost work: 55.6 ms (bar 15 ms)',
    ]);
  });

  it('names a test.fail() that failed as an expected failure, and no other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-summary-'));
    const spec = (title: string, expectedStatus: string, status: string) => ({
      title,
      file: 'article-pages.spec.ts',
      tests: [{ expectedStatus, status }],
    });
    const report = {
      suites: [
        {
          title: 'article-pages.spec.ts',
          specs: [spec('arabic', 'failed', 'expected'), spec('plain', 'passed', 'expected')],
          suites: [{ title: 'inner', specs: [spec('broken', 'failed', 'unexpected')] }],
        },
      ],
    };
    writeFileSync(join(dir, 'e2e.json'), JSON.stringify(report));
    expect(expectedFailures(join(dir, 'e2e.json'))).toEqual(['article-pages.spec.ts › arabic']);
  });
});
