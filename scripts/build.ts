// Builds the extension for Chrome and Firefox into dist/, zips each into artifacts/, builds dist/chrome-bench for
// the cost benchmarks, and reports the content script's size: it is loaded into every page a reader opens, so its
// weight is watched.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import webExt from 'web-ext';

const browsers = ['chrome', 'firefox'];

/** Gzipped bytes of everything the content script loads: its loader and the modules it may import. */
function contentScriptSize(dir: string): { raw: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;
  const files = new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []));
  for (const resource of (manifest.web_accessible_resources ?? []) as { resources: string[] }[]) {
    for (const file of resource.resources) if (file.endsWith('.js')) files.add(file);
  }
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

mkdirSync('artifacts', { recursive: true });
for (const browser of browsers) {
  process.env.COUNTERCLAIM_BROWSER = browser;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  await webExt.cmd.build(
    {
      sourceDir: `dist/${browser}`,
      artifactsDir: 'artifacts',
      filename: `counterclaim-${browser}.zip`,
      overwriteDest: true,
    },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  const size = contentScriptSize(`dist/${browser}`);
  console.log(
    `built dist/${browser} and artifacts/counterclaim-${browser}.zip; content script ${(size.raw / 1024).toFixed(1)} kB, ${(size.gzip / 1024).toFixed(1)} kB gzip`,
  );
}
// The bench build: the same Chrome extension, with its content script's steps on the page's performance timeline
// for the cost benchmarks (page-cost, hostile-pages). It is never packaged.
process.env.COUNTERCLAIM_BROWSER = 'chrome';
process.env.COUNTERCLAIM_MEASURE = '1';
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
delete process.env.COUNTERCLAIM_MEASURE;
console.log('built dist/chrome-bench (content-script steps measured on the page timeline)');
