import { describe, expect, it } from 'vitest';
import { GATES } from './gates.ts';
import { judgeClaims } from './judge.ts';

// The rule table is read as documentation: each gate's own example must make that very gate fire.
describe('the judge rule table', () => {
  it('names each gate once and gives each an example and what it does', () => {
    expect(new Set(GATES.map((g) => g.name)).size).toBe(GATES.length);
    for (const gate of GATES) expect(gate.does.length, gate.name).toBeGreaterThan(20);
  });

  for (const gate of GATES) {
    it(`fires "${gate.name}" on its own example`, () => {
      const { a, b } = gate.example;
      const date = gate.name === 'other-story' ? ['2025-01-05', '2025-05-20'] : [];
      const j = judgeClaims(
        { text: a, ...(date[0] ? { date: date[0] } : {}) },
        { text: b, ...(date[1] ? { date: date[1] } : {}) },
      );
      expect(j.trace).toContain(gate.name);
    });
  }
});
