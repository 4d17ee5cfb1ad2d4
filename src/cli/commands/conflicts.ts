import type { Command } from '../command.ts';
import { ClaimIndex } from '../../core/conflicts/claim-index.ts';
import type { StoredClaim } from '../../core/conflicts/rank.ts';
import { isHeader } from '../../core/claims/interchange/jsonl.ts';
import { claimLine } from '../claim-line.ts';
import { readLines } from '../input.ts';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** A stored claim from one line, or null for the header line a Counterclaim export starts with. */
function storedClaim(line: string, number: number): StoredClaim | null {
  const value: unknown = JSON.parse(line);
  if (isHeader(value)) return null;
  const { id, ...fields } = claimLine(value);
  return { id: id ?? String(number), ...fields };
}

async function readClaims(
  path: string,
  io: Parameters<Command['run']>[1],
): Promise<{ claims: StoredClaim[]; bad: number }> {
  const claims: StoredClaim[] = [];
  let bad = 0;
  let number = 0;
  for await (const line of readLines(path, io)) {
    number++;
    if (line.trim().length === 0) continue;
    try {
      const claim = storedClaim(line, number);
      if (claim) claims.push(claim);
    } catch (error) {
      bad++;
      io.stderr(
        `counterclaim conflicts: ${path} line ${number}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  }
  return { claims, bad };
}

/** `counterclaim conflicts --store CLAIMS.jsonl [--queries QUERIES.jsonl]`: ranked conflicts per query claim. */
export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: 'find the stored claims that conflict with each query claim',
  usage: `Usage: counterclaim conflicts --store CLAIMS.jsonl [--queries QUERIES.jsonl] [--limit N] [--window DAYS] [--all]

Store and query lines are claim lines {"id", "text", "speaker"?, "source"?, "url"?, "date"?}, speaker a name
or {"name"} and source an outlet or {"outlet", "url", "published"?}, so a Counterclaim export reads too; queries
default to every store line. Writes per query {"id", "conflicts": [{"id", "score", "reasons"}]}, best first, at
most 10 (--limit), never the query itself nor claims from the query's URL. --all ranks every related claim by how likely it disputes
the query (each with the judge's "relation"), not only those the judge calls conflicts.
`,
  async run(args, io) {
    const storePath = option(args, '--store');
    if (!storePath) {
      io.stderr('counterclaim conflicts: --store CLAIMS.jsonl is required\n');
      return 2;
    }
    const limit = Math.min(10, Math.max(1, Number(option(args, '--limit') ?? 10) || 10));
    const windowOption = option(args, '--window');
    const store = await readClaims(storePath, io);
    if (store.claims.length === 0 && store.bad === 0) {
      io.stderr(`counterclaim conflicts: no input: ${storePath} has no claims\n`);
      return 1;
    }
    const queriesPath = option(args, '--queries');
    const queries = queriesPath ? await readClaims(queriesPath, io) : { claims: store.claims, bad: 0 };
    const index = new ClaimIndex();
    for (const claim of store.claims) index.add(claim);
    for (const query of queries.claims) {
      const found = index.conflictsFor(query, {
        limit,
        ...(windowOption ? { window: Number(windowOption) } : {}),
        rankAll: args.includes('--all'),
      });
      const conflicts = found.map(({ id, score, reasons, relation }) => ({ id, score, reasons, relation }));
      io.stdout(`${JSON.stringify({ id: query.id, conflicts })}\n`);
    }
    return store.bad + queries.bad > 0 ? 1 : 0;
  },
};
