import { spawnSync } from 'node:child_process';
import { chromiumPath, firefoxPath } from '../e2e/browsers.ts';

/** What a browser binary says of itself with `--version` (the first line), or why it could not say. */
function versionOf(path: string): string {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  // Debian's chromium wrapper prints shell noise on stderr; only stdout's first line is the version.
  const line = (result.stdout ?? '').split('\n').find((l) => l.trim() !== '');
  return line?.trim() ?? `${path}: no version (${result.error?.message ?? `exit ${result.status}`})`;
}

/**
 * The versions of the browsers the tests run in, one line each, so a run's log tells which Chromium and
 * which Firefox passed or failed (Debian 12's firefox-esr is not the same as a newer machine's).
 */
export function browserVersions(): string[] {
  return [`chromium: ${versionOf(chromiumPath)}`, `firefox: ${versionOf(firefoxPath)}`];
}
