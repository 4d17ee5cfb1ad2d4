import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

/**
 * The source of one exported value as data: a Map or Set from a JSON text (the engine reads JSON much faster
 * than it runs the code that built the value, or a literal of the same size), or a plain JSON value.
 */
export function dataSource(value: unknown, where: string): string {
  const json = (v: unknown) => {
    if (!isJson(v)) throw new Error(`${where} is not data: it cannot be built ahead`);
    return `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(v))})`;
  };
  if (value instanceof Map) return `/* @__PURE__ */ new Map(${json([...value])})`;
  if (value instanceof Set) return `/* @__PURE__ */ new Set(${json([...value])})`;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return json(value);
}

/** Whether a value survives JSON unchanged: strings, finite numbers, booleans, null, arrays and plain objects of them. */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isJson);
}

/** A module's exports as a module of data: each export built from JSON. */
export function dataModule(exports: Record<string, unknown>, id: string): string {
  return Object.entries(exports)
    .map(([name, value]) => `export const ${name} = ${dataSource(value, `${id}: ${name}`)};`)
    .join('\n');
}

/** The quote reader's lexicons: modules of data alone, built with the extension. */
export const lexiconModules: readonly string[] = [
  'src/core/quotes/cue-lexicon.ts',
  'src/core/quotes/speaker-words.ts',
  'src/core/quotes/first-names.ts',
];

/**
 * Builds data modules when the extension is built, not when a page loads it. The lexicons of the quote reader are
 * written as tables that code turns into Maps and Sets (every inflected form of every verb of saying, word lists);
 * run in the content script, that code cost every page it was loaded into a few milliseconds before anything was
 * read. The modules named here must export data only (Maps, Sets, JSON values): the build runs them once and ships
 * their values. Their source stays as it is for the tests and the CLI.
 */
export function prebuiltData(modules: readonly string[]): Plugin {
  return {
    name: 'counterclaim:prebuilt-data',
    enforce: 'pre',
    async load(id) {
      if (!modules.some((module) => id.endsWith(module))) return null;
      const exports = (await tsImport(id, import.meta.url)) as Record<string, unknown>;
      return dataModule(exports, id);
    },
  };
}
