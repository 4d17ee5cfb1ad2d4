import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command, CommandIo } from '../command.ts';
import type { ClaimInput } from '../../core/claims/normalize.ts';
import { GATES } from '../../core/conflicts/gates.ts';
import { FINAL_RULES, judgeClaims } from '../../core/conflicts/judge.ts';
import type { Judgement } from '../../core/conflicts/types.ts';

const STANCES = ['assert', 'deny', 'hedge'] as const;

/** Every gate and rule by name, with what it does: the judge's rule table, as --explain prints it. */
const RULES = new Map<string, string>([
  ...GATES.map((g) => [g.name, g.does] as const),
  ...FINAL_RULES.map((r) => [r.name, r.does] as const),
]);

/** The trace of one judgement, one fired rule a line, for a reader checking why a pair was judged so. */
export function explainTrace(j: Judgement): string {
  const lines = j.trace.map((name) => `  ${name}: ${RULES.get(name) ?? ''}`);
  const reasons = j.reasons.map((r) => `  reason ${r.code}: ${r.text}`);
  return [`  → ${j.relation} (${j.tier}), score ${j.score}`, ...lines, ...reasons, ''].join('\n') + '\n';
}

/** Longest input line read; longer lines are reported as errors rather than parsed. */
const MAX_LINE = 100_000;

function side(value: unknown, name: string): ClaimInput {
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string') {
    const v = value as {
      text: string;
      speaker?: unknown;
      date?: unknown;
      outlet?: unknown;
      stance?: unknown;
    };
    const stance = STANCES.find((s) => s === v.stance);
    return {
      text: v.text,
      speaker: typeof v.speaker === 'string' ? v.speaker : null,
      ...(typeof v.date === 'string' ? { date: v.date } : {}),
      ...(typeof v.outlet === 'string' ? { outlet: v.outlet } : {}),
      ...(stance ? { cueStance: stance } : {}),
    };
  }
  throw new Error(`"${name}" must be a string or {"text", "speaker"}`);
}

/** Reads the lines of a file, or of standard input when the path is "-" or missing. */
export function readLines(path: string | undefined, io: CommandIo): AsyncIterable<string> {
  const input = !path || path === '-' ? io.stdin : createReadStream(path, 'utf8');
  return createInterface({ input, crlfDelay: Infinity });
}

/** `counterclaim judge [FILE|-]`: judges pairs of claims, one JSON line in, one JSON line out. */
export const judgeCommand: Command = {
  name: 'judge',
  summary: 'judge pairs of claims: conflict, agree, neutral or unrelated, with reasons',
  usage: `Usage: counterclaim judge [FILE|-] [--explain]

Reads JSON lines {"id", "a", "b"} where a and b are strings or {"text", "speaker", "outlet", "stance", "date"},
and writes {"id", "relation", "score", "tier", "reasons", "trace"} per line. A bad line is reported on stderr with
its number; the others are still judged, and the exit code is 1.

--explain  after each line, print the gates and rules that fired, each with what it does (the rule table)
`,
  async run(args, io) {
    let bad = 0;
    let number = 0;
    const explain = args.includes('--explain');
    const path = args.find((a) => a !== '--explain');
    for await (const line of readLines(path, io)) {
      number++;
      if (line.trim().length === 0) continue;
      try {
        if (line.length > MAX_LINE) throw new Error(`longer than ${MAX_LINE} characters`);
        const row = JSON.parse(line) as { id?: unknown; a?: unknown; b?: unknown };
        const id = typeof row.id === 'string' || typeof row.id === 'number' ? row.id : number;
        const judgement = judgeClaims(side(row.a, 'a'), side(row.b, 'b'));
        io.stdout(`${JSON.stringify({ id, ...judgement })}\n`);
        if (explain) io.stdout(explainTrace(judgement));
      } catch (error) {
        bad++;
        io.stderr(
          `counterclaim judge: line ${number}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    }
    return bad > 0 ? 1 : 0;
  },
};
