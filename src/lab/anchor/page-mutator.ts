/**
 * Simulated page revisions for measuring re-anchoring: random edits of an article (paragraphs and ads inserted,
 * sentences deleted, words changed, whitespace changed) that track exactly where a saved selection's text ends up.
 */
import { pick, randomInt } from './seeded-random.ts';

/** A page text and the range of a saved selection in it. */
export interface TrackedPage {
  text: string;
  start: number;
  end: number;
}

const ADS = [
  'Advertisement',
  'Subscribe to our newsletter for the day’s top stories, delivered every morning.',
  'Read more: What the new rules mean for you',
  'Sponsored content. Discover the holiday deals everyone is talking about this week.',
  'Share this article\nFacebook Twitter Email',
];
const WORDS = [
  'officials',
  'Tuesday',
  'roughly',
  'the',
  'several',
  'government',
  'reportedly',
  'new',
  'said',
  'local',
];
const SPACES = ['  ', '\n', ' \n ', '\t', '\u00a0'];

/** Replaces [at, at + remove) with `insert`, moving the tracked range; edits must not straddle its edges. */
export function applyEdit(page: TrackedPage, at: number, remove: number, insert: string): TrackedPage {
  const delta = insert.length - remove;
  const text = page.text.slice(0, at) + insert + page.text.slice(at + remove);
  if (at + remove <= page.start) return { text, start: page.start + delta, end: page.end + delta };
  if (at >= page.end) return { text, start: page.start, end: page.end };
  if (at >= page.start && at + remove <= page.end) return { text, start: page.start, end: page.end + delta };
  throw new Error('edit straddles the tracked range');
}

/** Offsets matching a global regular expression (simple, linear patterns only). */
function positions(text: string, pattern: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(pattern)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Paragraph boundaries (just after a blank line) plus the text's two ends. */
function paragraphStarts(text: string): number[] {
  return [0, ...positions(text, /\n\n/g).map(([, end]) => end), text.length];
}

/** Inserts an ad or another article's paragraph at a paragraph boundary before or after the selection. */
function insertParagraph(random: () => number, page: TrackedPage, others: readonly string[]): TrackedPage {
  const before = random() < 0.5;
  const spots = paragraphStarts(page.text).filter((p) => (before ? p <= page.start : p >= page.end));
  if (spots.length === 0) return page;
  const at = pick(random, spots);
  const paragraphs = others.flatMap((o) => o.split(/\n\n/)).filter((p) => p.length > 0);
  const filler = random() < 0.5 || paragraphs.length === 0 ? pick(random, ADS) : pick(random, paragraphs);
  return applyEdit(page, at, 0, at === page.text.length ? `\n\n${filler}` : `${filler}\n\n`);
}

/** Deletes one sentence that does not overlap the selection. */
function deleteSentence(random: () => number, page: TrackedPage): TrackedPage {
  const sentences = positions(page.text, /[A-Z“"][^.!?\n]{10,300}[.!?]["”]? ?/g).filter(
    ([s, e]) => e <= page.start || s >= page.end,
  );
  if (sentences.length === 0) return page;
  const [s, e] = pick(random, sentences);
  return applyEdit(page, s, e - s, '');
}

/** Changes one word, either away from the selection or inside it. */
function changeWord(random: () => number, page: TrackedPage, inside: boolean): TrackedPage {
  const words = positions(page.text, /[A-Za-z]{2,}/g).filter(([s, e]) =>
    inside ? s >= page.start && e <= page.end : e <= page.start || s >= page.end,
  );
  if (words.length === 0) return page;
  const [s, e] = pick(random, words);
  const word = page.text.slice(s, e);
  let replacement = pick(random, WORDS);
  if (replacement === word) replacement = `${word}s`;
  return applyEdit(page, s, e - s, replacement);
}

/** Replaces a single space with other whitespace, inside or outside the selection. */
function changeWhitespace(random: () => number, page: TrackedPage): TrackedPage {
  const spaces = positions(page.text, / /g);
  if (spaces.length === 0) return page;
  const [s] = pick(random, spaces);
  return applyEdit(page, s, 1, pick(random, SPACES));
}

/**
 * Applies one to six random edits (insertions before or after, deletions elsewhere, word edits away from the
 * selection, whitespace changes) and at most `maxInsideEdits` word changes inside the selection.
 */
export function mutatePage(
  random: () => number,
  page: TrackedPage,
  others: readonly string[],
  maxInsideEdits = 2,
): TrackedPage {
  let current = page;
  const insideEdits = Math.min(maxInsideEdits, pick(random, [0, 0, 1, 1, 2]));
  for (let i = 0; i < insideEdits; i++) current = changeWord(random, current, true);
  const edits = randomInt(random, 1, 6);
  for (let i = 0; i < edits; i++) {
    const kind = random();
    if (kind < 0.3) current = insertParagraph(random, current, others);
    else if (kind < 0.5) current = deleteSentence(random, current);
    else if (kind < 0.75) current = changeWord(random, current, false);
    else current = changeWhitespace(random, current);
  }
  return current;
}

/** Changes `count` random words anywhere on the page (for benchmarks, where no one range is tracked). */
export function changeRandomWords(random: () => number, text: string, count: number): string {
  let page: TrackedPage = { text, start: 0, end: 0 };
  for (let i = 0; i < count; i++) page = changeWord(random, page, false);
  return page.text;
}

/** Picks a sentence-ish span of 20 to 300 characters: from a word's start to a word's end, half of them sentences. */
export function pickSelection(random: () => number, text: string): { start: number; end: number } {
  const sentenceStarts = positions(text, /(?:^|[.!?]["”]? |\n\n)[A-Z“"]/g).map(([, e]) => e - 1);
  const wordStarts = positions(text, /\b[A-Za-z0-9“"]/g).map(([s]) => s);
  for (let attempt = 0; attempt < 50; attempt++) {
    const starts = random() < 0.5 && sentenceStarts.length > 0 ? sentenceStarts : wordStarts;
    const start = pick(random, starts);
    let end = Math.min(text.length, start + randomInt(random, 20, 300));
    // Grow to the end of the word, so the span ends as a reader's selection does.
    while (end < text.length && /[\w’'.,”"]/.test(text.charAt(end))) end++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end - start >= 20 && end - start <= 320) return { start, end };
  }
  return { start: 0, end: Math.min(text.length, 40) };
}
