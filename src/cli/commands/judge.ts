import type { Command } from '../command.ts';
import { claimLine } from '../claim-line.ts';
import { inputName, readLines } from '../input.ts';
import type { ClaimInput } from '../../core/claims/index.ts';
import { GATES } from '../../core/conflicts/gates.ts';
import { FINAL_RULES, judgeClaims } from '../../core/conflicts/judge.ts';
import { shownTier } from '../../core/conflicts/tier.ts';
import type { Judgement } from '../../core/conflicts/types.ts';

const STANCES = ['assert', 'deny', 'hedge'] as const;

/** Every gate and rule by name, with what it does: the judge's rule table, as --explain prints it. */
const RULES = new Map<string, string>([
  ...GATES.map((g) => [g.name, g.does] as const),
  ...FINAL_RULES.map((r) => [r.name, r.does] as const),
]);

/** The trace of one judgement, one fired rule a line, for a reader checking why a pair was judged so. */
export function explainTrace(j: Judgement): string {
  const lines = (j.trace ?? []).map((name) => `  ${name}: ${RULES.get(name) ?? ''}`);
  const reasons = j.reasons.map((r) => `  reason ${r.code}: ${r.text}`);
  return (
    [`  → ${j.relation} (${j.tier ?? 'none'}), score ${j.score}`, ...lines, ...reasons, ''].join('\n') + '\n'
  );
}

/** Longest input line read; longer lines are reported as errors rather than parsed. */
const MAX_LINE = 100_000;

function side(value: unknown, name: string): ClaimInput {
  if (typeof value === 'string') return { text: value };
  try {
    const { text, speaker, date, source } = claimLine(value);
    // The reporting cue's stance ("deny" for a quote the speaker denied), when the line gives it.
    const stance = STANCES.find((x) => x === (value as { stance?: unknown }).stance);
    return {
      text,
      speaker,
      ...(date ? { date } : {}),
      ...(source ? { outlet: source } : {}),
      ...(stance ? { cueStance: stance } : {}),
    };
  } catch (error) {
    throw new Error(`"${name}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `counterclaim judge [FILE|-]`: judges pairs of claims, one JSON line in, one JSON line out. */
export const judgeCommand: Command = {
  name: 'judge',
  summary: 'judge pairs of claims: conflict, agree, neutral or unrelated, with reasons',
  usage: `Usage: counterclaim judge [FILE|-] [--explain]

Reads JSON lines {"id", "a", "b"} where a and b are strings or claim lines {"text", "speaker"?, "date"?,
"source"?, "stance"?} (speaker a name or {"name"}, source the outlet, stance "deny" for a quote its speaker
denied), and writes {"id", "relation", "score", "reasons", "tier", "trace"} per line; "tier" is what the extension does with the pair: "disputed" (marked, when it has a reason),
"other-account" (listed apart) or "none". A bad line is reported on stderr with its number; the others are
still judged, and the exit code is 1.

--explain  after each line, print the gates and rules that fired (the trace), each with what it does
`,
  async run(args, io) {
    let bad = 0;
    let number = 0;
    let read = 0;
    const explain = args.includes('--explain');
    const path = args.find((a) => a !== '--explain');
    for await (const line of readLines(path, io)) {
      number++;
      if (line.trim().length === 0) continue;
      read++;
      try {
        if (line.length > MAX_LINE) throw new Error(`longer than ${MAX_LINE} characters`);
        const row = JSON.parse(line) as { id?: unknown; a?: unknown; b?: unknown };
        const id = typeof row.id === 'string' || typeof row.id === 'number' ? row.id : number;
        const judgement = judgeClaims(side(row.a, 'a'), side(row.b, 'b'));
        const shown = { ...judgement, tier: shownTier(judgement) };
        io.stdout(`${JSON.stringify({ id, ...shown })}\n`);
        if (explain) io.stdout(explainTrace(shown));
      } catch (error) {
        bad++;
        io.stderr(
          `counterclaim judge: line ${number}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    }
    if (read === 0) {
      io.stderr(`counterclaim judge: no input: ${inputName(path)} has no pairs\n`);
      return 1;
    }
    return bad > 0 ? 1 : 0;
  },
};
