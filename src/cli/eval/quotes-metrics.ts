/** Scoring of predicted quotes against gold attributions, with the metric definitions of the research data. */

/** A half-open character range. */
export type Range = [number, number];

/** A gold attribution in the PolNeAR format: content, source and cue as lists of ranges. */
export interface GoldQuote {
  content: Range[];
  source: Range[];
  cue: Range[];
}

/** A predicted quote reduced to what scoring needs. */
export interface PredictedQuote {
  content: Range[];
  kind: 'direct' | 'indirect' | 'mixed';
  mention: Range | null;
}

/** Slices a gold quote belongs to. */
export type Slice = 'direct' | 'indirect' | 'mixed' | 'speaker-before' | 'speaker-after' | 'pronoun-speaker';

/** All slices, in report order. */
export const SLICES: readonly Slice[] = [
  'direct',
  'indirect',
  'mixed',
  'speaker-before',
  'speaker-after',
  'pronoun-speaker',
];

const length = (ranges: Range[]) => ranges.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);

/** Characters two range lists share. */
export function sharedLength(a: Range[], b: Range[]): number {
  let n = 0;
  for (const [as, ae] of a) for (const [bs, be] of b) n += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return n;
}

/** Share of the gold content a prediction covers (0 when the gold is empty). */
export function goldCoverage(gold: Range[], predicted: Range[]): number {
  const g = length(gold);
  return g === 0 ? 0 : sharedLength(gold, predicted) / g;
}

/**
 * One-to-one matching at a coverage threshold: pairs are taken greedily by coverage, so each gold quote
 * matches at most one prediction and each prediction at most one gold quote. Returns, per gold, the index of
 * the matched prediction or -1.
 */
export function matchQuotes(gold: GoldQuote[], predicted: PredictedQuote[], threshold: number): number[] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    const [gs, ge] = [Math.min(...g.content.map((r) => r[0])), Math.max(...g.content.map((r) => r[1]))];
    predicted.forEach((p, pi) => {
      if (!p.content.some(([s, e]) => s < ge && gs < e)) return;
      const c = goldCoverage(g.content, p.content);
      if (c >= threshold) pairs.push([c, gi, pi]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const goldTaken = new Array<number>(gold.length).fill(-1);
  const predTaken = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (goldTaken[gi] !== -1 || predTaken.has(pi)) continue;
    goldTaken[gi] = pi;
    predTaken.add(pi);
  }
  return goldTaken;
}

const OPEN_MARKS = '"“„«\'‘';
const ALL_MARKS = '"“”„«»';
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'her', 'them']);

/**
 * Kind of a gold quote from its content text (PolNeAR gives none): content that opens with a quote mark and ends
 * with one (trailing punctuation aside) is direct; content with a double quote mark elsewhere is mixed; else
 * indirect.
 */
export function goldKind(content: string): 'direct' | 'indirect' | 'mixed' {
  const t = content.trim().replace(/[\s.,;:!?)\]]+$/u, '');
  const opens = t.length > 0 && OPEN_MARKS.includes(t.charAt(0));
  const last = t.charAt(t.length - 1);
  if (opens && (last === '"' || last === '”' || last === '’' || last === "'" || last === '»'))
    return 'direct';
  for (const c of t) if (ALL_MARKS.includes(c)) return 'mixed';
  return 'indirect';
}

/** The slices of one gold quote in its article text. */
export function slicesOf(text: string, gold: GoldQuote): Slice[] {
  const content = gold.content.map(([s, e]) => text.slice(s, e)).join(' ');
  const slices: Slice[] = [goldKind(content)];
  if (gold.source.length > 0) {
    const sourceStart = Math.min(...gold.source.map((r) => r[0]));
    const contentStart = Math.min(...gold.content.map((r) => r[0]));
    slices.push(sourceStart < contentStart ? 'speaker-before' : 'speaker-after');
    const source = gold.source
      .map(([s, e]) => text.slice(s, e))
      .join(' ')
      .trim()
      .toLowerCase();
    if (PRONOUNS.has(source)) slices.push('pronoun-speaker');
  }
  return slices;
}

/** True when a predicted speaker mention overlaps the gold source span. */
export function speakerCorrect(gold: GoldQuote, predicted: PredictedQuote): boolean {
  return predicted.mention !== null && sharedLength(gold.source, [predicted.mention]) > 0;
}
