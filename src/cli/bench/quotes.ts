import nlp from 'compromise';
import { extractQuotes } from '../../core/quotes/index.ts';
import type { Command } from '../command.ts';
import { readGold } from '../eval/quotes-data.ts';
import { researchDataPath } from '../research-data.ts';
import { hostileInputs } from './quotes-hostile.ts';

interface Timing {
  wallMs: number;
  cpuMs: number;
}

// CPU time of this process measures one core's work even when other processes share the machine.
function time(run: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const mbps = (chars: number, ms: number) => (chars / 1e6 / (ms / 1000)).toFixed(1);

/** `counterclaim bench quotes [--rounds N]`: extractor speed on PolNeAR texts, beside compromise, and on hostile inputs. */
export const benchQuotes: Command = {
  name: 'quotes',
  summary: 'quote extractor throughput (MB/s) vs compromise, and hostile inputs',
  usage: `Usage: counterclaim bench quotes [--rounds N]

Times extractQuotes over every PolNeAR article text (after one warm-up pass; N timed rounds, default 3) and,
in the same run, compromise's .quotations() over the same texts. MB/s counts UTF-16 characters (millions per
second); the figure "cpu" uses this process's CPU time, so it stays a one-core figure on a busy machine.
Then times two hostile inputs, each of which must finish in under a second.`,
  async run(args, io) {
    const roundsAt = args.indexOf('--rounds');
    const rounds = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1]) || 3) : 3;
    const texts = readGold(researchDataPath('quotes/polnear-train.jsonl'), 'all').map((a) => a.text);
    const chars = texts.reduce((n, t) => n + t.length, 0);
    io.stdout(`${texts.length} PolNeAR texts, ${(chars / 1e6).toFixed(2)} M characters, ${rounds} rounds\n`);
    let found = 0;
    for (const t of texts) found += extractQuotes(t).length; // warm-up
    const ours = time(() => {
      for (let r = 0; r < rounds; r++) for (const t of texts) extractQuotes(t);
    });
    const total = chars * rounds;
    io.stdout(
      `extractQuotes:          ${mbps(total, ours.cpuMs)} MB/s cpu, ${mbps(total, ours.wallMs)} MB/s wall (${found} quotes per pass)\n`,
    );
    for (const t of texts.slice(0, 50)) nlp(t).quotations(); // warm-up
    let spans = 0;
    const theirs = time(() => {
      for (const t of texts) spans += nlp(t).quotations().length;
    });
    io.stdout(
      `compromise .quotations: ${mbps(chars, theirs.cpuMs)} MB/s cpu, ${mbps(chars, theirs.wallMs)} MB/s wall (${spans} quoted spans, no speakers)\n`,
    );
    let slow = 0;
    for (const input of hostileInputs()) {
      let n = 0;
      const t = time(() => {
        n = extractQuotes(input.text).length;
      });
      const ok = t.cpuMs < 1000;
      if (!ok) slow++;
      io.stdout(
        `${input.name}: ${t.cpuMs.toFixed(0)} ms cpu, ${t.wallMs.toFixed(0)} ms wall, ${n} quotes ${ok ? 'ok' : 'TOO SLOW'}\n`,
      );
    }
    return slow > 0 ? 1 : 0;
  },
};
