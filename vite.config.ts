import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { contentChunks } from './scripts/content-chunk.ts';
import { lexiconModules, prebuiltData } from './scripts/prebuilt-data.ts';

/** The browser to build for, from COUNTERCLAIM_BROWSER (scripts/build.js builds both). */
const browser = process.env.COUNTERCLAIM_BROWSER === 'firefox' ? 'firefox' : 'chrome';
/**
 * The bench build (COUNTERCLAIM_MEASURE=1, into dist/chrome-bench): the content script records its steps on the
 * page's performance timeline for the cost benchmarks. Release builds record nothing a page could read.
 */
const measure = process.env.COUNTERCLAIM_MEASURE === '1';

// One manifest serves both browsers. For Firefox the service worker becomes an event page
// (`background.scripts`), which has a DOM, so feed pages are parsed there and Chrome's offscreen
// documents are neither known nor needed.
const forBrowser = (
  browser === 'chrome'
    ? manifest
    : {
        ...manifest,
        background: { scripts: [manifest.background.service_worker], type: 'module' },
        permissions: manifest.permissions.filter((p) => p !== 'offscreen'),
      }
) as ManifestV3Export;

const content = contentChunks(manifest.content_scripts[0]!.js[0]!, [
  manifest.action.default_popup,
  manifest.options_ui.page,
]);

export default defineConfig({
  plugins: [
    // The quote reader's lexicons, built with the extension rather than on every page it reads.
    prebuiltData(lexiconModules),
    crx({ manifest: forBrowser, browser }),
    content.plugin,
  ],
  define: { __COUNTERCLAIM_MEASURE__: JSON.stringify(measure) },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: `dist/${browser}${measure ? '-bench' : ''}`,
    emptyOutDir: true,
    target: 'es2022',
    // Chrome's offscreen document (feed pages are parsed there) is a page no manifest key names, so it is
    // built as an input of its own; Firefox reads feed pages in its event page and needs none.
    rolldownOptions: {
      ...(browser === 'chrome' ? { input: { offscreen: 'src/offscreen/index.html' } } : {}),
      output: { codeSplitting: { groups: content.groups } },
    },
  },
});
