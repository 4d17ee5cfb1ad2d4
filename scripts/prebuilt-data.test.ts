import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataModule, dataSource, lexiconModules } from './prebuilt-data.ts';

/** Runs a module's source and returns its exports. */
const run = (source: string) =>
  import(`data:text/javascript,${encodeURIComponent(source)}`) as Promise<Record<string, unknown>>;

describe('prebuilt data', () => {
  it('ships each lexicon with the very values its source builds', async () => {
    for (const module of lexiconModules) {
      const built = (await import(resolve(import.meta.dirname, '..', module))) as Record<string, unknown>;
      const shipped = await run(dataModule(built, module));
      expect(Object.keys(shipped).sort(), module).toEqual(Object.keys(built).sort());
      for (const [name, value] of Object.entries(built)) expect(shipped[name], name).toEqual(value);
    }
  });

  it('refuses what is not data', () => {
    expect(() => dataSource(() => 1, 'f')).toThrow(/not data/);
    expect(() => dataSource(new Map([['a', new Set(['b'])]]), 'nested set')).toThrow(/not data/);
    expect(() => dataSource({ at: new Date(0) }, 'date')).toThrow(/not data/);
    expect(dataSource(4, 'n')).toBe('4');
  });
});
