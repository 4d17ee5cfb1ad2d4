import type { Command } from '../command.ts';
import { findRelated, MemorySource, rankRelatedClaims } from '../../core/conflicts/index.ts';
import { isHeader } from '../../core/claims/index.ts';
import { claimLine, claimOfLine, type IdentifiedClaimLine } from '../claim-line.ts';
import { readLines } from '../input.ts';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** A claim line with its id (the line number when it has none), or null for an export's header line. */
function identifiedLine(line: string, number: number): IdentifiedClaimLine | null {
  const value: unknown = JSON.parse(line);
  if (isHeader(value)) return null;
  const { id, ...fields } = claimLine(value);
  return { id: id ?? String(number), ...fields };
}

async function readClaims(
  path: string,
  io: Parameters<Command['run']>[1],
): Promise<{ claims: IdentifiedClaimLine[]; bad: number }> {
  const claims: IdentifiedClaimLine[] = [];
  let bad = 0;
  let number = 0;
  for await (const line of readLines(path, io)) {
    number++;
    if (line.trim().length === 0) continue;
    try {
      const claim = identifiedLine(line, number);
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

/** `counterclaim conflicts --store CLAIMS.jsonl [--queries QUERIES.jsonl]`: what the extension shows per query claim. */
export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: 'find the stored claims that dispute (or give another account of) each query claim',
  usage: `Usage: counterclaim conflicts --store CLAIMS.jsonl [--queries QUERIES.jsonl] [--limit N] [--all]

Store and query lines are claim lines {"id", "text", "speaker"?, "source"?, "url"?, "date"?}, speaker a name
or {"name"} and source an outlet or {"outlet", "url", "published"?}, so a Counterclaim export reads too; queries
default to every store line. Runs the extension's own search (same candidates, time window of 45 days around dated claims, ranking,
judge and reason rule) and writes per query {"id", "conflicts": [...], "otherAccounts": [...]}, each entry
{"id", "score", "reasons"}, at most 10 (--limit), never the query itself nor claims from the query's URL.
--all instead ranks every related claim by how likely it disputes the query, each with the judge's "relation"
and "tier", not only those shown.
`,
  async run(args, io) {
    const storePath = option(args, '--store');
    if (!storePath) {
      io.stderr('counterclaim conflicts: --store CLAIMS.jsonl is required\n');
      return 2;
    }
    const limit = Math.min(10, Math.max(1, Number(option(args, '--limit') ?? 10) || 10));
    const store = await readClaims(storePath, io);
    if (store.claims.length === 0 && store.bad === 0) {
      io.stderr(`counterclaim conflicts: no input: ${storePath} has no claims\n`);
      return 1;
    }
    const queriesPath = option(args, '--queries');
    const queries = queriesPath ? await readClaims(queriesPath, io) : { claims: store.claims, bad: 0 };
    const source = new MemorySource();
    for (const line of store.claims) source.add(claimOfLine(line));
    for (const line of queries.claims) {
      const query = claimOfLine(line);
      if (args.includes('--all')) {
        const ranked = await rankRelatedClaims(source, query, { limit, rankAll: true });
        const conflicts = ranked.map(({ id, score, reasons, relation, tier }) => ({
          id,
          score,
          reasons,
          relation,
          tier,
        }));
        io.stdout(`${JSON.stringify({ id: query.id, conflicts })}\n`);
        continue;
      }
      const related = await findRelated(source, query);
      const entry = (v: { claimId: string; score: number; reasons: unknown[] }) => ({
        id: v.claimId,
        score: v.score,
        reasons: v.reasons,
      });
      io.stdout(
        `${JSON.stringify({
          id: query.id,
          conflicts: related.conflicts.slice(0, limit).map(entry),
          otherAccounts: related.otherAccounts.slice(0, limit).map(entry),
        })}\n`,
      );
    }
    return store.bad + queries.bad > 0 ? 1 : 0;
  },
};
