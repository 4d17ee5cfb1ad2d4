import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e/specs',
  // Each test starts its own Chromium with the extension; two at a time suits a 2-core machine.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One retry: a real browser on a busy 2-core machine can miss a deadline once; a test that needed the retry
  // is reported as flaky by name in the output and in the summary of `npm test`.
  retries: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
});
