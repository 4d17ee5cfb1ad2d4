import { isPossessive, withoutPossessive } from '../text/possessive.ts';
import type { Token } from '../text/tokenize.ts';
import { CUE_FORMS, MAX_CUE_WORDS, type CueEntry } from './cue-lexicon.ts';

/** A cue found in the text: token range [first, end) and its lexicon entry. */
export interface CueMatch {
  first: number;
  end: number;
  entry: CueEntry;
}

const FIRST_WORDS: ReadonlySet<string> = new Set([...CUE_FORMS.keys()].map((k) => k.split(' ')[0]!));

// Every word sequence that begins a multiword cue, so the look-ahead stops as soon as no cue can follow: most
// cue words ("said") begin none, and building and hashing longer keys was the matcher's main cost.
const PREFIXES: ReadonlySet<string> = (() => {
  const prefixes = new Set<string>();
  for (const key of CUE_FORMS.keys()) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    // Proper prefixes (which may continue) and the whole multiword cue (which may match).
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return prefixes;
})();

// Words after which a cue word is a noun or an adjective: "an executive order", "the reported figure".
const NOUN_BEFORE: ReadonlySet<string> = new Set(
  'a an the this these those its his her their our my your every each no any another whose new final same'.split(
    ' ',
  ),
);
const DEGREE_WORDS: ReadonlySet<string> = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too']);
// Capitalised plurals that take a base verb form ("People say", "Police report").
const PLURAL_NAMES: ReadonlySet<string> = new Set([
  'people',
  'police',
  'staff',
  'media',
  'children',
  'men',
  'women',
]);

// "the US state of Louisiana", "a Treasury note", "a TV address", "Russian state media": a base verb form after
// a singular name or a determiner is a noun. A plural subject ("Officials note", "People say") keeps the verb.
function isNoun(tokens: Token[], i: number, key: string, entry: CueEntry): boolean {
  // "the center-left think tank Third Way": a compound noun, whatever stands before it.
  if (entry.lemma === 'think' && /^tanks?$/.test(tokens[i + 1]?.lower ?? '')) return true;
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word') return false;
  if (NOUN_BEFORE.has(before.lower)) return true;
  // "an executive order", but "the executive said", "an executive tells staff": a role noun before a past form
  // or a verb that is never a noun is its subject.
  if (before.lower === 'executive') return !entry.past && !VERB_ONLY.has(entry.lemma);
  // "Editor’s note:", "Trump’s reported net worth": after a possessive, a cue word is a noun or an adjective
  // ("he’s said" is "he has said").
  if (isPossessive(before.lower) && !CONTRACTED_PRONOUNS.has(withoutPossessive(before.lower))) return true;
  // "many of the 16 states holding contests", "some states remained": "state" reports only with what it states.
  if (entry.lemma === 'state' && !entry.past && !STATED.has(tokens[i + 1]?.text ?? '')) {
    return !/^(?:they|we|i|you|it|he|she)$/.test(before.lower); // "They state their goal is …"
  }
  // "the most promising paths", "a very telling answer": after a degree word, an -ing form is an adjective.
  if (key.endsWith('ing') && DEGREE_WORDS.has(before.lower)) return true;
  // "the secretary of state", "a blizzard of tweets": after "of", a present form is a noun.
  if (!entry.past && before.lower === 'of') return true;
  if (entry.past || key !== entry.lemma.split(' ')[0] || before.quote >= 0) return false;
  const capital = before.text.charCodeAt(0) >= 65 && before.text.charCodeAt(0) <= 90;
  if (!capital || SUBJECT_PRONOUNS.has(before.text) || compoundName(tokens, i - 1)) return false;
  if (VERB_ONLY.has(entry.lemma)) return false;
  return !before.text.endsWith('s') && !PLURAL_NAMES.has(before.lower);
}

const HEADLINE_VERBS: ReadonlySet<string> = new Set(
  'Says Said Tells Told Warns Insists Argues Admits Denies Predicts Vows'.split(' '),
);
const isTitleWord = (t: Token | undefined) =>
  !!t && t.kind === 'word' && t.quote < 0 && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;

// "Bernie Sanders Says He’s Already Started Writing": a headline's verb of saying, between a capitalised subject
// and a capitalised clause of at least two words.
function headlineVerb(tokens: Token[], i: number): boolean {
  return (
    HEADLINE_VERBS.has(tokens[i]!.text) &&
    isTitleWord(tokens[i - 1]) &&
    isTitleWord(tokens[i + 1]) &&
    isTitleWord(tokens[i + 2])
  );
}

const CONTRACTED_PRONOUNS: ReadonlySet<string> = new Set(
  'he she it that there who what where here everyone nobody'.split(' '),
);
const STATED: ReadonlySet<string> = new Set(['that', ':', ',', '“', '"']);

// Base forms that are seldom nouns keep their verb after a name: "Aides to Clinton say", "Critics of Obama argue".
const VERB_ONLY: ReadonlySet<string> = new Set(
  'say tell argue insist believe warn explain contend acknowledge concede assert predict'.split(' '),
);

// Pronouns that open a sentence are capitalised and take a base verb form: "They say", "We believe".
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['I', 'They', 'We', 'You']);
const NAME_REACH = 4;

// "Jeb Bush and Chris Christie say": a name joined to another by "and" is a plural subject, not a noun's modifier.
function compoundName(tokens: Token[], last: number): boolean {
  const isName = (t: Token | undefined) => !!t && t.kind === 'word' && t.quote < 0 && /^[A-Z]/.test(t.text);
  let k = last;
  while (k > last - NAME_REACH && isName(tokens[k - 1])) k--;
  return tokens[k - 1]?.lower === 'and' && isName(tokens[k - 2]);
}

/** A punctuation mark read as "say": the colon after a speaker's name, the dash before a signature. */
export function markCue(at: number): CueMatch {
  return { first: at, end: at + 1, entry: { lemma: 'say', stance: 'assert', frame: 'q' } };
}

/** Matches the longest cue starting at token `i` (outside quotes, not past `limit`), or null. */
export function cueAt(tokens: Token[], i: number, limit: number): CueMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.quote >= 0) return null;
  let key = t.lower;
  if (!FIRST_WORDS.has(key)) return null;
  // A capitalised cue word inside a sentence is part of a name: "United States", "World Report"; in a headline
  // set in title case, a verb of saying between capitalised words is still one ("Sanders Says He Will Stay").
  if (key !== t.text && tokens[i - 1]?.kind === 'word' && t.text !== 'I' && !headlineVerb(tokens, i))
    return null;
  let best: CueMatch | null = null;
  const single = CUE_FORMS.get(key);
  if (single && !isNoun(tokens, i, key, single)) best = { first: i, end: i + 1, entry: single };
  if (!PREFIXES.has(key)) return best;
  for (let j = i + 1; j < limit && j < i + MAX_CUE_WORDS; j++) {
    const u = tokens[j]!;
    if (u.kind !== 'word' || u.quote >= 0) break;
    key += ' ' + u.lower;
    if (!PREFIXES.has(key)) break;
    const entry = CUE_FORMS.get(key);
    if (entry) best = { first: i, end: j + 1, entry };
  }
  return best;
}
