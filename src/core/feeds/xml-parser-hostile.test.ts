import { describe, expect, it } from 'vitest';
import { HOSTILE_BOUNDS, measureCost } from '../cost.test-helper.ts';
import { parseXml } from './xml-parser.ts';

/** 94 nested elements declaring 255 prefixes each (about 24,000 in scope), then thousands of declaring children. */
function manyPrefixes(children: number): string {
  const open: string[] = [];
  for (let d = 0; d < 94; d++) {
    const decls = Array.from({ length: 255 }, (_, i) => `xmlns:p${d}_${i}="urn:${d}:${i}"`).join(' ');
    open.push(`<e${d} ${decls}>`);
  }
  const kids = Array.from({ length: children }, (_, i) => `<p0_1:k xmlns:q${i % 7}="urn:q"/>`).join('');
  const close = Array.from({ length: 94 }, (_, d) => `</e${93 - d}>`).join('');
  return `<?xml version="1.0"?>${open.join('')}${kids}${close}`;
}

describe('parseXml on hostile feeds', () => {
  it('resolves names in a scope of 24,000 prefixes without copying it for each declaring element', () => {
    const text = manyPrefixes(20_000);
    const { result, cpuMs, heapMB } = measureCost(() => parseXml(text));
    console.log(
      `xml: ${(text.length / 1e6).toFixed(2)} MB, 24,000 prefixes in scope, 20,000 declaring children: ${cpuMs.toFixed(0)} ms CPU, ${heapMB.toFixed(0)} MB heap`,
    );
    expect(result.ok).toBe(true);
    let deepest = result.ok ? result.root : null;
    while (deepest && deepest.children[0]?.type === 'element' && deepest.children[0].name !== 'p0_1:k')
      deepest = deepest.children[0];
    const kid = deepest?.children[0];
    expect(kid?.type === 'element' && kid.ns).toBe('urn:0:1');
    expect(cpuMs).toBeLessThan(HOSTILE_BOUNDS.cpuMs);
    expect(heapMB).toBeLessThan(HOSTILE_BOUNDS.heapMB);
  });

  it('takes a declaration out of scope when its element ends', () => {
    const result = parseXml('<r><a xmlns:x="urn:a"><x:i/></a><x:j/><b xmlns:x="urn:b"/><x:k/></r>');
    if (!result.ok) throw new Error(result.error.message);
    const names = result.root.children.flatMap((c) => (c.type === 'element' ? [c, ...c.children] : []));
    expect(names.map((e) => (e.type === 'element' ? `${e.name}=${e.ns}` : ''))).toEqual([
      'a=',
      'x:i=urn:a',
      'x:j=',
      'b=',
      'x:k=',
    ]);
  });
});
