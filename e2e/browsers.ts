import { existsSync } from 'node:fs';

/** Debian's Chromium, or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Firefox ESR, or FIREFOX_PATH. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Whether a browser binary is present. */
export const hasBrowser = (path: string): boolean => existsSync(path);

/**
 * Chromium flags for a machine with a closed network: no background traffic, no first-run UI, and every
 * `*.test` host mapped to the local fixture server so each made-up outlet has a domain of its own.
 */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
    '--host-resolver-rules=MAP *.test 127.0.0.1',
  ];
}
