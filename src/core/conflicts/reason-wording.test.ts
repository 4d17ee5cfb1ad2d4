import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeClaim, type ClaimInput, type NormalizedClaim } from '../claims/index.ts';
import { judgeClaims } from './judge.ts';
import { loadFixturePairs, type PairSide } from '../../lab/conflicts/fixture-pairs.ts';
import type { Reason } from './types.ts';

// Every reason the judge gives on fixtures/pairs and on the demo site's designed pairs is rendered and read as a
// reader would: a capital at the start, a full stop at the end, both sides named, and every quotation a whole
// clause of what was said (no fragment spliced, nothing cut mid-clause).
const DEMO = fileURLToPath(new URL('../../../e2e/site/conflicts.json', import.meta.url));

type Side = PairSide;

function fixturePairs(): [ClaimInput, ClaimInput][] {
  return loadFixturePairs().map(({ a, b }): [ClaimInput, ClaimInput] => [a, b]);
}

function demoPairs(): [ClaimInput, ClaimInput][] {
  const outlet = (page: string) => page.split('/')[0] ?? '';
  const data = JSON.parse(readFileSync(DEMO, 'utf8')) as {
    conflicts: { a: Side & { page: string; kind: string }; b: Side & { page: string; kind: string } }[];
  };
  return data.conflicts.map(({ a, b }) => {
    const side = (s: Side & { page: string; kind: string }): ClaimInput => ({
      text: s.text,
      speaker: s.speaker,
      outlet: outlet(s.page),
      ...(s.kind.includes('denied') ? { cueStance: 'deny' as const } : {}),
    });
    return [side(a), side(b)];
  });
}

/** True when a quotation is one or more whole clauses of a claim: it starts and ends on clause boundaries. */
function isWholeClauses(quote: string, claim: NormalizedClaim): boolean {
  const text = claim.text.replace(/\s+/g, ' ');
  const at = text.indexOf(quote);
  if (at < 0) return false;
  const starts = new Set(claim.clauses.map((c) => c.start));
  const ends = new Set(claim.clauses.map((c) => c.end));
  // Offsets in the normalised text match the claim's when it has no runs of spaces (true of every fixture).
  return (starts.has(at) || at === claim.assertion.start) && ends.has(at + quote.length);
}

function check(reason: Reason, a: NormalizedClaim, b: NormalizedClaim): string[] {
  const problems: string[] = [];
  const text = reason.text;
  if (!/^[\p{Lu}\p{N}$£€]/u.test(text)) problems.push('does not start with a capital');
  if (!/[.]$/.test(text)) problems.push('does not end with a full stop');
  for (const side of [a, b]) {
    const name = side.speakerName ?? side.outlet;
    if (name && !text.toLowerCase().includes(name.toLowerCase())) problems.push(`does not name ${name}`);
  }
  const quotes = [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1] ?? '');
  for (const q of quotes) {
    // Single words and figures name what clashes ("approve" against "reject", "hoax"); longer quotations are
    // what each side said and must be whole clauses of it.
    if (q.split(' ').length <= 2) continue;
    if (!isWholeClauses(q, a) && !isWholeClauses(q, b)) problems.push(`quotes a part of a clause: “${q}”`);
  }
  return problems;
}

describe('reasons a reader is shown', () => {
  const pairs = [...fixturePairs(), ...demoPairs()];
  const rendered: { text: string; problems: string[] }[] = [];
  for (const [x, y] of pairs) {
    const a = normalizeClaim(x);
    const b = normalizeClaim(y);
    for (const reason of judgeClaims(a, b).reasons)
      rendered.push({ text: reason.text, problems: check(reason, a, b) });
  }

  it('renders enough reasons to mean something', () => {
    expect(rendered.length).toBeGreaterThan(150);
  });

  it('starts each with a capital, names both sides, and quotes whole clauses only', () => {
    const bad = rendered
      .filter((r) => r.problems.length > 0)
      .map((r) => `${r.text}\n    ${r.problems.join('; ')}`);
    expect(bad).toEqual([]);
  });

  it('names the outlet and the speaker on both sides when they are known', () => {
    const [a, b] = demoPairs().find(([x]) => x.text.includes('two hours')) ?? [];
    expect(a && b).toBeTruthy();
    const reasons = judgeClaims(a!, b!).reasons.map((r) => r.text);
    expect(reasons).toContain(
      'Two hours (ledger, Donald Trump) against a little over an hour (tribune, Yuri Ushakov).',
    );
  });
});
