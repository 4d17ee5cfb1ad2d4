import { readFile } from 'node:fs/promises';
import { extractQuotes, type Quote } from '../../core/quotes/index.ts';
import { extractQuotesIn, guessLanguage, isQuoteLanguage } from '../../core/quotes/lang/index.ts';
import type { Command, CommandIo } from '../command.ts';

// Texts above this size are refused rather than analysed, as the extension itself caps page text.
const MAX_TEXT_CHARS = 5_000_000;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Why one JSONL line cannot be processed, or its id and text. */
export function parseTextLine(line: string): { id: string; text: string } | { error: string } {
  if (line.includes('\u0000')) return { error: 'binary data (NUL byte)' };
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { error: 'not a JSON object' };
  const { id, text } = json as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { error: 'no "text" string field' };
  if (text.length > MAX_TEXT_CHARS) return { error: `"text" longer than ${MAX_TEXT_CHARS} characters` };
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number')
    return { error: '"id" is not a string or number' };
  return { id: id === undefined ? '' : String(id), text };
}

/** The reader for `--lang`: English by default, one of fr, es, pt, de, or `auto` to guess from each text. */
export function readerFor(lang: string): ((text: string) => Quote[]) | null {
  if (lang === 'en') return extractQuotes;
  if (isQuoteLanguage(lang)) return (text) => extractQuotesIn(text, lang);
  if (lang !== 'auto') return null;
  return (text) => {
    const guess = guessLanguage(text);
    return isQuoteLanguage(guess) ? extractQuotesIn(text, guess) : extractQuotes(text);
  };
}

/** Runs JSONL mode: one `{"id","quotes"}` line per good input line; returns how many lines failed. */
export function extractJsonl(
  input: string,
  io: CommandIo,
  extract: (text: string) => Quote[] = extractQuotes,
): number {
  let failed = 0;
  const lines = input.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const parsed = parseTextLine(line);
    if ('error' in parsed) {
      failed++;
      io.stderr(`counterclaim extract: line ${i + 1}: ${parsed.error}\n`);
      return;
    }
    io.stdout(`${JSON.stringify({ id: parsed.id, quotes: extract(parsed.text) })}\n`);
  });
  return failed;
}

/** `counterclaim extract [FILE|-] [--jsonl]`: prints the attributed quotes of a text as JSON. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'find attributed quotes and their speakers in plain text (or JSONL)',
  usage: `Usage: counterclaim extract [FILE|-] [--jsonl] [--lang=LANG]

Reads plain text from FILE (or standard input when FILE is - or missing) and prints its attributed quotes as
a JSON array: content offsets and text, kind (direct | indirect | mixed), cue (text, lemma, stance) and
speaker (name, kind, mention offsets), and confidence (0..1): every reading, also those below the
threshold the extension reports at (REPORT_CONFIDENCE in src/core/quotes/confidence.ts).
--jsonl  read one {"id", "text"} object per line and print one {"id", "quotes"} line for each; a bad line is
         reported on standard error with its line number, the others are still processed, and the exit code
         is 1 when any line failed.
--lang   the language of the text: en (the default), fr, es, pt, de, or auto to guess it from each text.`,
  async run(args, io) {
    const jsonl = args.includes('--jsonl');
    const unknown = args.filter((a) => a.startsWith('--') && a !== '--jsonl' && !a.startsWith('--lang='));
    if (unknown.length > 0) {
      io.stderr(`counterclaim extract: unknown option ${unknown[0]}\n`);
      return 2;
    }
    const lang = args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? 'en';
    const extract = readerFor(lang);
    if (!extract) {
      io.stderr(`counterclaim extract: --lang must be en, fr, es, pt, de or auto, not "${lang}"\n`);
      return 2;
    }
    const file = args.find((a) => !a.startsWith('--'));
    const input = !file || file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
    if (jsonl) return extractJsonl(input, io, extract) > 0 ? 1 : 0;
    if (input.includes('\u0000')) {
      io.stderr('counterclaim extract: input looks binary (NUL byte); expected plain text\n');
      return 1;
    }
    if (input.length > MAX_TEXT_CHARS) {
      io.stderr(`counterclaim extract: input longer than ${MAX_TEXT_CHARS} characters\n`);
      return 1;
    }
    io.stdout(`${JSON.stringify(extract(input), null, 2)}\n`);
    return 0;
  },
};
