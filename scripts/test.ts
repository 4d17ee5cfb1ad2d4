// `npm test`: type check, lint, unit tests, build, web-ext lint, Chromium e2e and the Firefox smoke test.
// Every step runs even when an earlier one failed (except those that need the build), so one run tells
// everything that is wrong; the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { browserVersions } from './browser-versions.ts';
import { ensureBrowsers } from './ensure-browsers.ts';
import { benchmarkLines, expectedFailures } from './test-summary.ts';

interface Step {
  name: string;
  command: string;
  needsBuild?: boolean;
}

const steps: Step[] = [
  { name: 'type check', command: 'npx tsc -p tsconfig.json --noEmit' },
  { name: 'lint', command: 'npx eslint . && npx prettier --check .' },
  {
    name: 'unit tests',
    command: 'npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json',
  },
  { name: 'build', command: 'npx tsx scripts/build.ts' },
  {
    name: 'web-ext lint',
    command: 'npx web-ext lint --source-dir dist/firefox --self-hosted',
    needsBuild: true,
  },
  { name: 'chromium e2e', command: 'npx playwright test', needsBuild: true },
  { name: 'firefox smoke', command: 'npx tsx e2e/firefox/smoke.ts', needsBuild: true },
];

function counts(): { passed: number; failed: number; flaky: number } {
  let passed = 0;
  let failed = 0;
  let flaky = 0;
  const read = (path: string): Record<string, unknown> | null =>
    existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : null;
  const unit = read('test-results/unit.json');
  if (unit) {
    passed += Number(unit.numPassedTests ?? 0);
    failed += Number(unit.numFailedTests ?? 0);
  }
  const e2e = read('test-results/e2e.json')?.stats as Record<string, number> | undefined;
  if (e2e) {
    passed += (e2e.expected ?? 0) + (e2e.flaky ?? 0);
    failed += e2e.unexpected ?? 0;
    flaky = e2e.flaky ?? 0;
  }
  const firefox = read('test-results/firefox.json');
  if (firefox) {
    passed += Number(firefox.passed ?? 0);
    failed += Number(firefox.failed ?? 0);
  }
  return { passed, failed, flaky };
}

ensureBrowsers();
const versions = browserVersions();
console.log(`Browsers:\n${versions.map((v) => `  ${v}`).join('\n')}`);
rmSync('test-results', { recursive: true, force: true });
const results: { name: string; ok: boolean; seconds: number }[] = [];
let built = false;
for (const step of steps) {
  if (step.needsBuild && !built) {
    results.push({ name: `${step.name} (skipped: no build)`, ok: false, seconds: 0 });
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const started = Date.now();
  const { status } = spawnSync(step.command, { shell: true, stdio: 'inherit', env: process.env });
  const ok = status === 0;
  if (step.name === 'build') built = ok;
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000 });
}

console.log('\nSummary');
for (const v of versions) console.log(`  ${v}`);
for (const r of results) console.log(`  ${r.ok ? '✓' : '✘'} ${r.name} ${r.seconds.toFixed(1)} s`);
const benchmarks = benchmarkLines();
if (benchmarks.length > 0) {
  // Timed on a machine that may be loaded: a wall-clock figure "not met" here is a figure to look at, not a
  // failed test (the tests fail only at many times the bar, as their names say).
  console.log('  Benchmarks against their bars:');
  for (const line of benchmarks) console.log(`    ${line}`);
}
// Playwright's list marks a test.fail() that failed with a (green) ✘; it is counted as passed: it is known.
for (const name of expectedFailures())
  console.log(`  expected failure (a known gap, counted as passed): ${name}`);
const { passed, failed, flaky } = counts();
const failedSteps = results.filter((r) => !r.ok).length;
// A browser test that failed once and passed on its retry is counted as passed but named here, so it is seen.
if (flaky > 0)
  console.log(`  ${flaky} browser test(s) passed only on a retry: see "flaky" in the list above`);
console.log(
  `tests: ${passed} passed, ${failed + (failed === 0 && failedSteps > 0 ? failedSteps : 0)} failed`,
);
process.exitCode = failedSteps === 0 ? 0 : 1;
