import { STOPWORDS, TITLES } from './stopwords.ts';
import type { ClaimToken } from './claim-tokens.ts';

/** A named entity: the words as written and a lower-case key with titles folded away. */
export interface Entity {
  text: string;
  key: string;
  start: number;
  end: number;
}

// Capitalised words that start sentences or headlines without naming anything.
const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an this that these those it its he she they we i you his her their our my on in at by for from to of and but
or as if when while after before with without over under yes no not nobody nothing there here why how what who where
will would could should may might can must has have had is are was were be been do does did breaking update exclusive
report reports watch video photos new monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december today yesterday`.split(
    /\s+/,
  ),
);

/** Folds an acronym or name to its key: "U.S." → "us", "Donald Trump" → "donald trump". */
export function entityKey(words: readonly string[]): string {
  return words
    .map((w) => w.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/\./g, ''))
    .filter((w) => w.length > 0)
    .join(' ');
}

function isNameWord(token: ClaimToken, titleCase: boolean): boolean {
  if (!token.capital || token.text === '?') return false;
  if (/^\p{N}/u.test(token.text)) return false;
  const bare = token.lower.replace(/'s$/, '');
  if (NOT_NAMES.has(bare)) return false;
  // In a headline set in Title Case every word is capitalised: only acronyms or words that are not common count.
  if (titleCase && STOPWORDS.has(bare)) return false;
  return true;
}

/** True when most words of the text are capitalised, as in headlines. */
export function isTitleCase(tokens: readonly ClaimToken[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && !STOPWORDS.has(t.lower));
  if (words.length < 3) return false;
  return words.filter((t) => t.capital).length / words.length > 0.7;
}

/**
 * Runs of capitalised words ("Vladimir Putin", "U.S.", "Truth Social"), with titles ("President", "Kremlin
 * aide") folded away. A single capitalised word that opens a sentence only counts when it is an acronym.
 */
export function findEntities(tokens: readonly ClaimToken[]): Entity[] {
  const titleCase = isTitleCase(tokens);
  const entities: Entity[] = [];
  let run: ClaimToken[] = [];
  const flush = () => {
    const words = run.filter((t) => !TITLES.has(t.lower.replace(/\.$/, '')));
    run = [];
    if (words.length === 0) return;
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) return;
    const acronym = /^(?:\p{Lu}\.?){2,}$/u.test(first.text);
    if (words.length === 1 && first.sentenceStart && !acronym) return;
    // Title Case headlines: keep only runs of 2+ words or acronyms, which are rarely plain words.
    if (titleCase && words.length === 1 && !acronym) return;
    const key = entityKey(words.map((w) => w.text));
    if (key.length < 2) return;
    entities.push({ text: words.map((w) => w.text).join(' '), key, start: first.start, end: last.end });
  };
  for (const token of tokens) {
    // "U.S. President Donald Trump": a dotted acronym is a name of its own, not the start of the next one.
    const dotted = /^(?:\p{Lu}\.){2,}$/u.test(token.text);
    if (dotted || (run.length > 0 && /^(?:\p{Lu}\.){2,}$/u.test(run[0]?.text ?? ''))) flush();
    if (isNameWord(token, titleCase) && run.length < 6) run.push(token);
    else flush();
    if (token.lower.endsWith("'s") && run.length > 0) flush();
  }
  flush();
  return dedupe(entities);
}

function dedupe(entities: Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((e) => (seen.has(e.key) ? false : (seen.add(e.key), true)));
}
