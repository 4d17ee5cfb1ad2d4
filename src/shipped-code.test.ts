import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcRoot = import.meta.dirname;

/** The files the extension's builds start from: each context's entry, and the worker the offscreen page starts. */
const entries = [
  'background/index.ts',
  'content/index.ts',
  'popup/index.tsx',
  'options/index.tsx',
  'offscreen/main.ts',
  'offscreen/extract-worker.ts',
];

/** Relative imports, re-exports, dynamic imports and `new URL('./x.ts', import.meta.url)` workers of a file. */
const specifiersOf = (text: string): string[] =>
  [
    ...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g),
  ]
    .map((m) => m[1]!)
    .filter((spec) => spec.startsWith('.'));

/** Every source file reached from the entries, as paths under src/. */
function reachedFrom(starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = starts.map((s) => join(srcRoot, s));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const path = relative(srcRoot, file);
    if (seen.has(path) || !/\.tsx?$/.test(file) || !existsSync(file)) continue;
    seen.add(path);
    for (const spec of specifiersOf(readFileSync(file, 'utf8'))) queue.push(join(dirname(file), spec));
  }
  return seen;
}

describe('what the extension ships', () => {
  const shipped = reachedFrom(entries);

  it('starts from entries that exist and reaches core through them', () => {
    for (const entry of entries) expect(shipped.has(entry), entry).toBe(true);
    expect([...shipped].some((path) => path.startsWith('core/reading/'))).toBe(true);
  });

  it('holds no lab code: benchmarks, fixture matchers and learning stay out of the builds', () => {
    expect([...shipped].filter((path) => path.startsWith('lab/'))).toEqual([]);
  });
});

describe('index files are the way in', () => {
  const files = readdirSync(srcRoot, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path))
    .map((path) => ({ path, text: readFileSync(join(srcRoot, path), 'utf8') }));

  it('no module outside core/claims imports one of its files but its index', () => {
    const offenders = files
      .filter((f) => !f.path.startsWith('core/claims/'))
      .flatMap((f) =>
        [...f.text.matchAll(/from\s+['"]([^'"]*\/claims\/[^'"]+)['"]/g)]
          .map((m) => m[1]!)
          .filter((spec) => spec.startsWith('.') && !spec.endsWith('/claims/index.ts'))
          .map((spec) => `${f.path} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
  });
});
