/** Scoring of predicted quotes against gold attributions, with the metric definitions of the research data. */
import { CUE_FORMS, isSpeechCue, readsAsClause } from '../../core/quotes/index.ts';

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
export type Slice =
  'direct' | 'indirect' | 'mixed' | 'speaker-before' | 'speaker-after' | 'pronoun-speaker' | 'speech-cue';

/** All slices, in report order. */
export const SLICES: readonly Slice[] = [
  'direct',
  'indirect',
  'mixed',
  'speaker-before',
  'speaker-after',
  'pronoun-speaker',
  'speech-cue',
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
 * Matching at a coverage threshold, scored on parts: each part of a prediction (a range of its content) matches
 * at most one gold quote and each gold quote at most one part, pairs taken greedily by coverage. A quote in
 * several parts ("A," she said. "B.") may so match as many gold quotes as it has parts, or, whole, one gold quote
 * annotated in the same parts. Returns, per gold, the index of the prediction that matched it, or -1.
 */
export function matchQuotes(gold: GoldQuote[], predicted: PredictedQuote[], threshold: number): number[] {
  const pairs: [number, number, number, number][] = [];
  gold.forEach((g, gi) => {
    const [gs, ge] = [Math.min(...g.content.map((r) => r[0])), Math.max(...g.content.map((r) => r[1]))];
    predicted.forEach((p, pi) => {
      p.content.forEach((part, k) => {
        if (part[0] >= ge || gs >= part[1]) return;
        const c = goldCoverage(g.content, [part]);
        if (c >= threshold) pairs.push([c, gi, pi, k]);
      });
      // The whole quote (k = -1) for a gold quote that spans its parts.
      if (p.content.length > 1 && p.content.some(([s, e]) => s < ge && gs < e)) {
        const c = goldCoverage(g.content, p.content);
        if (c >= threshold) pairs.push([c, gi, pi, -1]);
      }
    });
  });
  // On equal coverage a part goes before the whole, so the whole is taken only for a gold quote that spans parts.
  const whole = (k: number) => (k < 0 ? 1 : 0);
  pairs.sort((a, b) => b[0] - a[0] || whole(a[3]) - whole(b[3]) || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
  const goldTaken = new Array<number>(gold.length).fill(-1);
  const partTaken = new Set<string>();
  const wholeTaken = new Set<number>();
  const anyPart = new Set<number>();
  for (const [, gi, pi, k] of pairs) {
    if (goldTaken[gi] !== -1 || wholeTaken.has(pi) || partTaken.has(`${pi}:${k}`)) continue;
    if (k === -1 && anyPart.has(pi)) continue;
    goldTaken[gi] = pi;
    if (k === -1) wholeTaken.add(pi);
    else {
      partTaken.add(`${pi}:${k}`);
      anyPart.add(pi);
    }
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

/**
 * True when a gold quote is one by Counterclaim's own definition, as far as its spans tell: it has a source, its
 * cue is one word or phrase of the cue lexicon that reports speech or belief by itself (isSpeechCue), and its
 * content is quoted words or a clause. PolNeAR also annotates verbs of doing or supporting with a noun phrase
 * ("criticized the deal"), nouns ("his claim"), and cues in several pieces; those fall outside this slice.
 */
export function fitsDefinition(text: string, gold: GoldQuote): boolean {
  if (gold.source.length === 0 || gold.cue.length === 0) return false;
  const cue = gold.cue
    .map(([s, e]) => text.slice(s, e))
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const entry = CUE_FORMS.get(cue);
  if (!entry || !isSpeechCue(entry.lemma)) return false;
  return readsAsClause(gold.content.map(([s, e]) => text.slice(s, e)).join(' '));
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
  if (fitsDefinition(text, gold)) slices.push('speech-cue');
  return slices;
}

/** True when a predicted speaker mention overlaps the gold source span. */
export function speakerCorrect(gold: GoldQuote, predicted: PredictedQuote): boolean {
  return predicted.mention !== null && sharedLength(gold.source, [predicted.mention]) > 0;
}
