import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HOSTILE_BOUNDS, measureCost } from '../cost.test-helper.ts';
import { readJsonLd } from './json-ld-parse.ts';

function page(script: string): Document {
  return parseHTML(
    `<html><head><script type="application/ld+json">${script}</script></head><body></body></html>`,
  ).document as unknown as Document;
}

// Each just under the one-megabyte cap on a script: long flat arrays are what made shift() quadratic.
const cases: [string, string][] = [
  ['an array of 300,000 empty objects', `[${Array(300_000).fill('{}').join(',')}]`],
  ['an array of 300,000 empty arrays', `[${Array(300_000).fill('[]').join(',')}]`],
  [
    '50 arrays of 9,000 numbers',
    `[${Array.from({ length: 50 }, () => `[${Array(9_000).fill('0').join(',')}]`).join(',')}]`,
  ],
  ['a graph of 120,000 nodes', `{"@graph":[${Array(120_000).fill('{"a":1}').join(',')}]}`],
];

describe('readJsonLd on hostile pages', () => {
  for (const [name, script] of cases) {
    it(`reads ${name} in linear time`, () => {
      expect(script.length).toBeLessThan(1_000_000);
      const doc = page(script);
      const { result, cpuMs, heapMB } = measureCost(() => readJsonLd(doc));
      console.log(
        `json-ld: ${name} (${(script.length / 1e6).toFixed(2)} MB): ${cpuMs.toFixed(0)} ms CPU, ${heapMB.toFixed(0)} MB heap`,
      );
      expect(result.top.length).toBeLessThanOrEqual(20_000);
      expect(cpuMs).toBeLessThan(HOSTILE_BOUNDS.cpuMs);
      expect(heapMB).toBeLessThan(HOSTILE_BOUNDS.heapMB);
    });
  }

  it('still reads every page-level node of a graph and its nested arrays', () => {
    const { top } = readJsonLd(page('[{"@graph":[{"@type":"A"},[{"@type":"B"}]]},{"@type":"C"}]'));
    expect(top.map((n) => n['@type'])).toEqual([undefined, 'C', 'A', 'B']);
  });
});
