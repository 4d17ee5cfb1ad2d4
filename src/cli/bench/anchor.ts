import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchAnchoring } from '../../lab/anchor/bench-anchoring.ts';
import type { Command } from '../command.ts';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/quotes');

/** `counterclaim bench anchor`: re-anchoring 100 saved highlights on a revised page, per fixture article. */
export const benchAnchor: Command = {
  name: 'anchor',
  summary: 're-anchoring 100 saved highlights on a revised page (ms)',
  usage: `Usage: counterclaim bench anchor [--highlights N]

For each of the longest fixture articles, saves N highlights (default 100), revises the page (paragraphs
and ads inserted, sentences deleted, whitespace and words changed), and times re-anchoring them all,
normalisation included, as the content script does when a reader comes back. Prints the median.`,
  async run(args, io) {
    const at = args.indexOf('--highlights');
    const count = at >= 0 ? Number(args[at + 1]) : 100;
    if (!Number.isInteger(count) || count < 1) throw new Error('--highlights takes a whole number');
    const pages = readdirSync(fixtures)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(fixtures, f), 'utf8'))
      .sort((a, b) => b.length - a.length)
      .slice(0, 5);
    benchAnchoring(pages[0] ?? '', count, 0); // warm-up: compile the hot paths before timing
    const runs = pages.map((page, i) => benchAnchoring(page, count, i + 1));
    const times = runs.map((r) => r.totalMs).sort((a, b) => a - b);
    for (const r of runs) {
      io.stdout(
        `${r.words} words, ${r.highlights} highlights: ${r.totalMs.toFixed(1)} ms, found ${r.found} (${JSON.stringify(r.byMethod)})\n`,
      );
    }
    io.stdout(`median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms for ${count} highlights\n`);
    return 0;
  },
};
