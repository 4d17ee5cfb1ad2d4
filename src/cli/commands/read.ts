import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from '../command.ts';
import { readingJson, readingText } from '../read/format-reading.ts';
import { MAX_HTML_CHARS, readHtml } from '../read/read-html.ts';

interface ReadArgs {
  files: string[];
  url?: string;
  jsonl: boolean;
}

function parseArgs(args: string[]): ReadArgs | { error: string } {
  const parsed: ReadArgs = { files: [], jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--jsonl') parsed.jsonl = true;
    else if (arg === '--url') {
      const url = args[++i];
      if (!url || !/^https?:\/\//i.test(url)) return { error: '--url needs an http(s) URL' };
      parsed.url = url;
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) return { error: 'say which HTML file to read' };
  if (parsed.url && parsed.files.length > 1) return { error: '--url names the address of one file only' };
  return parsed;
}

/** `counterclaim read FILE.html... [--url URL] [--jsonl]`: what the extension reports for a saved page. */
export const readCommand: Command = {
  name: 'read',
  summary: 'read a saved HTML page as the extension does: metadata, paragraphs, reportable quotes',
  usage: `Usage: counterclaim read FILE.html... [--url URL] [--jsonl]

Reads each HTML page as the extension reads a page you visit (the same code, with linkedom's parser; the
page's scripts are not run) and prints its title, byline, date, the article's paragraphs, and the quotes
the extension reports for it, with their speakers, kinds, cues and offsets in the article text.
--url URL  the address the page was served from (default: the file's file:// URL); the outlet, the
           domain and relative canonical links are read from it, as the extension reads them from the tab
--jsonl    print one JSON object per file: {file, status, reason, page, paragraphs, quotes, claimReviews,
           textLength}; page, quotes and claimReviews are exactly the report the extension sends`,
  async run(args, io) {
    const parsed = parseArgs(args);
    if ('error' in parsed) {
      io.stderr(`counterclaim read: ${parsed.error}\n`);
      return 2;
    }
    let failed = 0;
    for (const file of parsed.files) {
      const size = await stat(file).then(
        (s) => s.size,
        () => -1,
      );
      if (size < 0 || size > MAX_HTML_CHARS * 4) {
        io.stderr(`counterclaim read: ${file}: ${size < 0 ? 'no such file' : 'file too large'}\n`);
        failed++;
        continue;
      }
      const html = await readFile(file, 'utf8');
      if (html.length > MAX_HTML_CHARS) {
        io.stderr(`counterclaim read: ${file}: longer than ${MAX_HTML_CHARS} characters\n`);
        failed++;
        continue;
      }
      const reading = readHtml(html, parsed.url ?? pathToFileURL(resolve(file)).href);
      io.stdout(parsed.jsonl ? `${readingJson(file, reading)}\n` : readingText(reading));
    }
    return failed > 0 ? 1 : 0;
  },
};
