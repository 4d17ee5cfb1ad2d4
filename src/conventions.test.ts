import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcRoot = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|test-helper/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(srcRoot).map((path) => ({
  path: relative(srcRoot, path),
  text: readFileSync(path, 'utf8'),
}));
const importsOf = (text: string) =>
  [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('house rules', () => {
  it('core/ imports nothing from the contexts, the browser or Node', () => {
    const offenders = files
      .filter((f) => f.path.startsWith('core/'))
      .flatMap((f) =>
        importsOf(f.text)
          .filter((spec) =>
            /^(node:|webextension-polyfill$)|\/(shared|background|content|popup|options|cli)\//.test(spec),
          )
          .map((spec) => `${f.path} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the browser API is imported in one place only', () => {
    const importers = files
      .filter((f) => importsOf(f.text).includes('webextension-polyfill'))
      .map((f) => f.path);
    expect(importers).toEqual(['shared/browser.ts']);
  });

  it('contexts do not import each other', () => {
    const contexts = ['background', 'content', 'popup', 'options', 'offscreen'];
    const offenders = files.flatMap((f) => {
      const own = contexts.find((c) => f.path.startsWith(`${c}/`));
      if (!own) return [];
      return importsOf(f.text)
        .filter((spec) => contexts.some((c) => c !== own && spec.includes(`/${c}/`)))
        .map((spec) => `${f.path} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });

  it('page text is never rendered as HTML in the content script, popup or options page', () => {
    const offenders = files
      .filter((f) => /^(content|popup|options)\//.test(f.path))
      .filter((f) =>
        /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(f.text),
      )
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
