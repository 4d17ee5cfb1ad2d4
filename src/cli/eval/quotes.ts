import { extractQuotes, REPORT_CONFIDENCE, type Quote } from '../../core/quotes/index.ts';
import { reportableQuotes } from '../../core/reading/index.ts';
import type { Command } from '../command.ts';
import { readGold, type Split } from './quotes-data.ts';
import { SLICES, type PredictedQuote } from './quotes-metrics.ts';
import { emptyScoreboard, prf, scoreArticle, type Tally } from './quotes-score.ts';

/** Reduces an extracted quote to what scoring needs. */
export function toPredicted(q: Quote): PredictedQuote {
  const parts = q.parts ?? [q];
  return {
    content: parts.map((p): [number, number] => [p.start, p.end]),
    kind: q.kind,
    mention: q.speaker.mention ? [q.speaker.mention.start, q.speaker.mention.end] : null,
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

// Four thresholds beside the shipped one, for the precision/recall curve.
const OTHER_THRESHOLDS = [0.2, 0.4, 0.6, 0.8];
const CURVE = [...OTHER_THRESHOLDS, REPORT_CONFIDENCE].sort((a, b) => a - b);

function curveRow(label: string, t: Tally): string {
  const loose = prf(t.rightLoose, t.predicted, t.matchedLoose, t.gold);
  const strict = prf(t.rightStrict, t.predicted, t.matchedStrict, t.gold);
  const speaker = t.speakerScored === 0 ? '    -' : pct(t.speakerRight / t.speakerScored);
  return [
    label.padEnd(26),
    String(t.predicted).padStart(6),
    pct(loose.p),
    pct(loose.r),
    pct(loose.f1),
    pct(strict.p),
    pct(strict.r),
    pct(strict.f1),
    speaker,
  ].join('  ');
}

const thresholdLabel = (threshold: number) =>
  `conf >= ${threshold.toFixed(2)}${threshold === REPORT_CONFIDENCE ? ' (shipped)' : ''}`;

function row(label: string, t: Tally, withPrecision: boolean): string {
  const loose = prf(t.rightLoose, t.predicted, t.matchedLoose, t.gold);
  const strict = prf(t.rightStrict, t.predicted, t.matchedStrict, t.gold);
  const speaker = t.speakerScored === 0 ? '    -' : pct(t.speakerRight / t.speakerScored);
  const p = (x: number) => (withPrecision ? pct(x) : '    -');
  return [
    label.padEnd(16),
    String(t.gold).padStart(6),
    String(withPrecision ? t.predicted : '-').padStart(6),
    p(loose.p),
    pct(loose.r),
    p(loose.f1),
    p(strict.p),
    pct(strict.r),
    p(strict.f1),
    speaker,
  ].join('  ');
}

/** `counterclaim eval quotes FILE.jsonl [--split heldout|tune|all]`: scores the quote extractor on gold data. */
export const evalQuotes: Command = {
  name: 'quotes',
  summary: 'score the quote extractor on a PolNeAR-format gold file',
  usage: `Usage: counterclaim eval quotes FILE.jsonl [--split heldout|tune|all]

Scores extractQuotes on a gold file in the PolNeAR format (one {"id","text","quotes"} per line).
--split  heldout (default): the articles whose id hashes to 0 mod 10; tune: the others; all: every article.
Prints precision/recall/F1 at coverage 0.3 and 0.8 and speaker accuracy, overall and per slice, for the quotes
the extension reports (reportableQuotes: confidence at least REPORT_CONFIDENCE, a named source unless direct);
then the same overall for every reading the extractor makes, and for four other confidence thresholds;
throughput.
A quote in several parts is scored on its parts (each part may match one gold quote).
Slices: a gold quote's kind comes from its content: quote marks around all of it → direct, some marks → mixed,
none → indirect; speaker before/after compares the source's and content's first offsets; pronoun speaker is a
source that is a bare personal pronoun; speech-cue holds the gold quotes that are quotes by Counterclaim's own
definition (a source, a cue of saying or believing from its lexicon, a clause or quoted words: fitsDefinition),
where recall tells what the extractor misses of what it means to find. Per-slice precision is given for kinds only
(by predicted kind).`,
  async run(args, io) {
    const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--split');
    const splitAt = args.indexOf('--split');
    const split = (splitAt >= 0 ? args[splitAt + 1] : 'heldout') as Split;
    if (!file || !['heldout', 'tune', 'all'].includes(split)) {
      io.stderr(`${this.usage}\n`);
      return 2;
    }
    const articles = readGold(file, split);
    const shipped = emptyScoreboard();
    const everyReading = emptyScoreboard();
    const curve = CURVE.map(() => emptyScoreboard());
    let chars = 0;
    let millis = 0;
    let cpuMillis = 0;
    for (const a of articles) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const quotes = extractQuotes(a.text);
      const c = process.cpuUsage(c0);
      cpuMillis += (c.user + c.system) / 1000;
      millis += performance.now() - t0;
      chars += a.text.length;
      scoreArticle(shipped, a.text, a.quotes, reportableQuotes(quotes).map(toPredicted));
      scoreArticle(everyReading, a.text, a.quotes, quotes.map(toPredicted));
      CURVE.forEach((threshold, k) => {
        scoreArticle(curve[k]!, a.text, a.quotes, reportableQuotes(quotes, threshold).map(toPredicted));
      });
    }
    const header = [
      'slice'.padEnd(16),
      '  gold',
      '  pred',
      '  P.3',
      '  R.3',
      ' F1.3',
      '  P.8',
      '  R.8',
      ' F1.8',
      'spkr',
    ];
    io.stdout(
      `quotes on ${file} (split ${split}: ${articles.length} articles), as reported at confidence >= ` +
        `${REPORT_CONFIDENCE.toFixed(2)}\n${header.join('  ')}\n`,
    );
    io.stdout(`${row('reported', shipped.all, true)}\n`);
    for (const s of SLICES) io.stdout(`${row(s, shipped.slices[s], SLICES.indexOf(s) < 3)}\n`);
    io.stdout(
      `\nby confidence              pred    P.3    R.3   F1.3    P.8    R.8   F1.8  spkr\n` +
        `${curveRow('every reading', everyReading.all)}\n` +
        CURVE.map((threshold, k) => `${curveRow(thresholdLabel(threshold), curve[k]!.all)}\n`).join(''),
    );
    const mb = chars / 1e6;
    io.stdout(
      `throughput: ${(mb / (cpuMillis / 1000)).toFixed(1)} MB/s cpu, ${(mb / (millis / 1000)).toFixed(1)} MB/s wall ` +
        `(${mb.toFixed(2)} M chars, one cold pass; \`bench quotes\` gives warm figures)\n`,
    );
    return 0;
  },
};
