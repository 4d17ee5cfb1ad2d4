// Parts of `npm test`'s summary read from what the runs left in test-results/: each benchmark figure against its
// bar, and the tests that were expected to fail and did.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FiguresFile } from '../e2e/bench/figures.ts';

/** Each benchmark figure with a bar, as "met" or "not met", from the `test-results/*.json` files that hold figures. */
export function benchmarkLines(dir = 'test-results'): string[] {
  if (!existsSync(dir)) return [];
  const lines: string[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let parsed: Partial<FiguresFile>;
    try {
      parsed = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Partial<FiguresFile>;
    } catch {
      continue;
    }
    if (typeof parsed.figures !== 'object' || parsed.figures === null) continue;
    for (const [figure, { value, unit, bar }] of Object.entries(parsed.figures)) {
      if (bar === null || typeof value !== 'number') continue;
      const verdict = value <= bar ? 'met    ' : 'not met';
      const shown = unit === 'MB' ? value.toFixed(2) : value.toFixed(1);
      lines.push(
        `${verdict} ${name.replace(/\.json$/, '')} ${figure}: ${shown} ${unit} (bar ${bar} ${unit})`,
      );
    }
  }
  return lines;
}

interface JsonSuite {
  title: string;
  file?: string;
  suites?: JsonSuite[];
  specs?: { title: string; file: string; tests: { expectedStatus: string; status: string }[] }[];
}

/** The Playwright tests marked `test.fail` that failed as expected, as "file › title". */
export function expectedFailures(e2eReport = 'test-results/e2e.json'): string[] {
  if (!existsSync(e2eReport)) return [];
  const report = JSON.parse(readFileSync(e2eReport, 'utf8')) as { suites?: JsonSuite[] };
  const found: string[] = [];
  const walk = (suite: JsonSuite) => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((t) => t.expectedStatus === 'failed' && t.status === 'expected'))
        found.push(`${spec.file} › ${spec.title}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return found;
}
