import { describe, expect, it } from 'vitest';
import { HOSTILE_BOUNDS, measureCost } from '../../cost.test-helper.ts';
import { measureJson } from './json-shape.ts';
import { parseImport } from './parse-import.ts';

describe('parseImport on hostile files', () => {
  it('keeps 100 reasons for 2 MB of bad lines and counts the lines left unread', () => {
    const text = Array(1_000_000).fill('x').join('\n');
    const { result, cpuMs, heapMB } = measureCost(() => parseImport(text));
    console.log(`import: 2 MB of bad lines: ${cpuMs.toFixed(0)} ms CPU, ${heapMB.toFixed(0)} MB heap`);
    expect(result.claims).toEqual([]);
    expect(result.rejected).toHaveLength(101);
    expect(result.rejected[100]).toEqual({ line: 0, reason: 'and 999900 more lines not checked' });
    expect(cpuMs).toBeLessThan(HOSTILE_BOUNDS.cpuMs);
    expect(heapMB).toBeLessThan(HOSTILE_BOUNDS.heapMB);
  });

  it('refuses a 48 MB array before building it', () => {
    const text = `[${Array(16_000_000).fill('{}').join(',')}]`;
    expect(text.length).toBeGreaterThan(47_000_000);
    const { result, cpuMs, heapMB } = measureCost(() => parseImport(text));
    console.log(`import: 48 MB array: ${cpuMs.toFixed(0)} ms CPU, ${heapMB.toFixed(0)} MB heap`);
    expect(result.rejected).toEqual([
      {
        line: 0,
        reason: 'the document holds more than 2000000 values; export large files as claim lines',
      },
    ]);
    expect(cpuMs).toBeLessThan(HOSTILE_BOUNDS.cpuMs);
    expect(heapMB).toBeLessThan(HOSTILE_BOUNDS.heapMB);
  });

  it('refuses a deeply nested document before building it', () => {
    const text = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const { result, cpuMs } = measureCost(() => parseImport(text));
    expect(result.rejected).toEqual([{ line: 0, reason: 'the document nests deeper than 32 levels' }]);
    expect(cpuMs).toBeLessThan(HOSTILE_BOUNDS.cpuMs);
  });
});

describe('measureJson', () => {
  it('counts values and depth, skipping strings with escapes', () => {
    expect(measureJson('{"a":[1,true,"x\\"][",{"b":null}]}', 10, 100)).toEqual({ depth: 3, values: 9 });
  });
});
