import type { Token } from '../text/tokenize.ts';

// The writer's words after a report, about it or its speaker: no part of what the speaker said.

// What a speaker did not tell: "did not elaborate", "declined to say when", "gave no figures". Said of the
// speaker by the writer, it is no part of what the speaker reported.
const NEGATIONS = new Set("did didn't would wouldn't could couldn't will won't does doesn't".split(' '));
const TELLING = new Set(
  `elaborate comment say give provide offer specify explain disclose identify name detail describe release respond
  answer indicate confirm reveal share cite present`.split(/\s+/),
);
const GIVING = new Set('gave offered provided released presented cited shared'.split(' '));
const REFUSING = new Set(['declined', 'refused']);
const WITHOUT_GERUNDS = new Set(
  'elaborating giving providing offering saying specifying explaining citing naming presenting detailing'.split(
    ' ',
  ),
);
const SUBJECTS = new Set(['he', 'she', 'they', 'it']);

// A word's lower case with a curly apostrophe made straight, or '' for anything else.
function plainWord(tokens: readonly Token[], k: number): string {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.quote >= 0) return '';
  return t.lower.includes('’') ? t.lower.replace('’', "'") : t.lower;
}

/**
 * True when the words from token `at` say what the speaker withheld: an optional pronoun subject, then "did not
 * elaborate", "declined to …", "gave no …"; or "without giving details". The clause before is the report.
 */
export function withholdsDetail(tokens: readonly Token[], at: number): boolean {
  if (plainWord(tokens, at) === 'without') return WITHOUT_GERUNDS.has(plainWord(tokens, at + 1));
  const k = SUBJECTS.has(plainWord(tokens, at)) ? at + 1 : at;
  const w = plainWord(tokens, k);
  if (NEGATIONS.has(w)) {
    const n = w.endsWith("n't") ? k + 1 : plainWord(tokens, k + 1) === 'not' ? k + 2 : -1;
    return n > 0 && TELLING.has(plainWord(tokens, n));
  }
  if (REFUSING.has(w)) return plainWord(tokens, k + 1) === 'to';
  return GIVING.has(w) && plainWord(tokens, k + 1) === 'no';
}

const VERDICT_NOUNS = new Set(
  'claim assertion allegation accusation charge account figure number estimate statement contention'.split(
    ' ',
  ),
);

/**
 * True when the words from token `at` are the writer's appositive on a whole report: "a claim that could not be
 * independently verified", "an assertion denied by the ministry". Such a phrase follows the report after a comma.
 */
export function judgesReport(tokens: readonly Token[], at: number): boolean {
  const a = tokens[at];
  const noun = tokens[at + 1];
  if (!a || !noun || a.quote >= 0 || noun.quote >= 0) return false;
  return (a.lower === 'a' || a.lower === 'an') && VERDICT_NOUNS.has(noun.lower);
}
