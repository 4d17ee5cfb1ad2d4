import type { Command } from '../command.ts';
import { claimLine } from '../claim-line.ts';
import { inputName, readLines } from '../input.ts';
import type { ClaimInput } from '../../core/claims/normalize.ts';
import { judgeClaims } from '../../core/conflicts/judge.ts';
import { shownTier } from '../../core/conflicts/tier.ts';

/** Longest input line read; longer lines are reported as errors rather than parsed. */
const MAX_LINE = 100_000;

function side(value: unknown, name: string): ClaimInput {
  if (typeof value === 'string') return { text: value };
  try {
    const { text, speaker, date } = claimLine(value);
    return { text, speaker, ...(date ? { date } : {}) };
  } catch (error) {
    throw new Error(`"${name}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `counterclaim judge [FILE|-]`: judges pairs of claims, one JSON line in, one JSON line out. */
export const judgeCommand: Command = {
  name: 'judge',
  summary: 'judge pairs of claims: conflict, agree, neutral or unrelated, with reasons',
  usage: `Usage: counterclaim judge [FILE|-]

Reads JSON lines {"id", "a", "b"} where a and b are strings or claim lines {"text", "speaker"?, "date"?}
(speaker a name or {"name"}, as every command reads them), and writes {"id", "relation", "score", "reasons",
"tier"} per line; "tier" is what the extension does with the pair: "disputed" (marked, when it has a reason),
"other-account" (listed apart) or "none". A bad line is reported on stderr with its number; the others are
still judged, and the exit code is 1.
`,
  async run(args, io) {
    let bad = 0;
    let number = 0;
    let read = 0;
    for await (const line of readLines(args[0], io)) {
      number++;
      if (line.trim().length === 0) continue;
      read++;
      try {
        if (line.length > MAX_LINE) throw new Error(`longer than ${MAX_LINE} characters`);
        const row = JSON.parse(line) as { id?: unknown; a?: unknown; b?: unknown };
        const id = typeof row.id === 'string' || typeof row.id === 'number' ? row.id : number;
        const judgement = judgeClaims(side(row.a, 'a'), side(row.b, 'b'));
        io.stdout(`${JSON.stringify({ id, ...judgement, tier: shownTier(judgement) })}\n`);
      } catch (error) {
        bad++;
        io.stderr(
          `counterclaim judge: line ${number}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    }
    if (read === 0) {
      io.stderr(`counterclaim judge: no input: ${inputName(args[0])} has no pairs\n`);
      return 1;
    }
    return bad > 0 ? 1 : 0;
  },
};
