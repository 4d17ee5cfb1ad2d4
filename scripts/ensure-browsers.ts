import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, firefoxPath } from '../e2e/browsers.ts';

const packages = { chromium: chromiumPath, 'firefox-esr': firefoxPath };

/**
 * Makes sure Debian's Chromium and Firefox ESR are there for the browser tests: installs the missing ones
 * with apt-get when running as root, or stops with the exact command to run.
 */
export function ensureBrowsers(): void {
  const missing = Object.entries(packages)
    .filter(([, path]) => !existsSync(path))
    .map(([name]) => name);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `Counterclaim's browser tests need ${missing.join(' and ')}. Install with:\n  sudo sh -c '${command}'\n` +
        'or point CHROMIUM_PATH / FIREFOX_PATH at the browsers you have.',
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(' and ')} with apt-get…`);
  const result = spawnSync('sh', ['-c', command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const stillMissing = Object.entries(packages).filter(([, path]) => !existsSync(path));
  if (result.status !== 0 || stillMissing.length > 0) {
    console.error(`Could not install the browsers. Run this, then try again:\n  ${command}`);
    process.exit(1);
  }
}
