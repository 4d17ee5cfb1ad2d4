import { readFile, stat, writeFile } from 'node:fs/promises';
import { keysOfText } from '../../core/claims/index.ts';
import { serializeClaims } from '../../core/claims/index.ts';
import { IMPORT_LIMITS } from '../../core/claims/index.ts';
import { parseImport } from '../../core/claims/index.ts';
import type { Command, CommandIo } from '../command.ts';
import { requireFile } from '../input.ts';

/** `counterclaim import FILE [--to OUT.jsonl]`: checks an import file as the options page would, and converts it. */
export const importCommand: Command = {
  name: 'import',
  summary: 'check a claim file (Counterclaim JSON lines or ClaimReview) and convert it to JSON lines',
  usage: [
    'Usage: counterclaim import FILE [--to OUT.jsonl]',
    '',
    'Reads FILE as the options page import does: Counterclaim claim lines, or schema.org ClaimReview (a DataFeed,',
    'an array, a @graph or one review). Prints how many claims it holds, or every refused line with its reason',
    '(exit 1; all or nothing, as in the extension). With --to, writes the claims as Counterclaim JSON lines;',
    'ClaimReview claims get their index keys computed on the way.',
    '',
    'A claim line is a claim as Counterclaim exports it, or the short line every command reads:',
    '{"text", "url", "speaker"?, "source"?, "date"?} with speaker a name or {"name", "kind"?} and source the',
    "outlet's name; import needs the url, where the claim was said.",
  ].join('\n'),
  async run(args: string[], io: CommandIo): Promise<number> {
    const toAt = args.indexOf('--to');
    const out = toAt >= 0 ? args[toAt + 1] : undefined;
    const file = args.find((a, i) => !a.startsWith('--') && (toAt < 0 || i !== toAt + 1));
    if (!file || (toAt >= 0 && !out)) {
      io.stderr('counterclaim import: say which FILE to read (and, after --to, where to write)\n');
      return 2;
    }
    requireFile(file);
    // Refused before reading: a file over the cap is not worth holding in memory.
    const { size } = await stat(file);
    if (size > IMPORT_LIMITS.fileChars * 3) throw new Error(`${file} is ${size} bytes, too large to import`);
    const text = await readFile(file, 'utf8');
    if (text.trim() === '') {
      io.stderr(`counterclaim import: no input: ${file} is empty\n`);
      return 1;
    }
    const parsed = parseImport(text, { keysFor: (claim) => keysOfText(claim.text) });
    if (parsed.rejected.length > 0) {
      for (const { line, reason } of parsed.rejected) io.stderr(`${file}:${line}: ${reason}\n`);
      io.stderr(`counterclaim import: nothing imported; ${parsed.rejected.length} problem(s) listed above\n`);
      return 1;
    }
    io.stdout(`${file}: ${parsed.claims.length} claims (${parsed.format})\n`);
    if (out) {
      await writeFile(out, serializeClaims(parsed.claims, Date.now()));
      io.stdout(`wrote ${out}\n`);
    }
    return 0;
  },
};
