import type { ClaimToken } from './claim-tokens.ts';

/** A stretch of a claim read as one statement, with its polarity: "the timeline had not been covered" is negative. */
export interface Clause {
  start: number;
  end: number;
  /** Index of the first and one past the last token of the clause. */
  from: number;
  to: number;
  negated: boolean;
  /** True when the clause opens a condition ("if Moscow has really agreed"): it asserts nothing. */
  condition: boolean;
  /** The negation words of the clause ("not", "no", "never"), as written. */
  cues: string[];
}

/** A hedge word that weakens a claim ("could", "reportedly"). */
export interface Hedge {
  text: string;
  start: number;
  end: number;
}

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
  'cannot',
  'nowhere',
  'nope',
  'hardly',
  'zero',
]);
/** Words that open a condition rather than a statement. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

// Words that close a clause: a negation before them does not reach past them.
const CLAUSE_BREAKS = new Set([
  'but',
  'however',
  'although',
  'though',
  'while',
  'whereas',
  'yet',
  'and',
  'because',
]);
/** Modal and evidential words that turn a claim into a possibility or a report. */
export const HEDGES: ReadonlySet<string> = new Set([
  'could',
  'may',
  'might',
  'potentially',
  'possibly',
  'possible',
  'reportedly',
  'allegedly',
  'apparently',
  'likely',
  'unlikely',
  'perhaps',
  'probably',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'rumored',
  'rumoured',
  'alleged',
  'supposedly',
  'seemingly',
  'suggests',
  'suggest',
  'claims',
  'claimed',
  'purportedly',
  'unconfirmed',
  'speculation',
  'expected',
  'considering',
  'mulls',
  'weighs',
  'maybe',
  'appears',
  'appear',
  'seems',
  'believed',
  'reports',
  'report',
]);

/** True for a word that negates what follows it ("not", "never", "hasn't"). */
export function isNegator(lower: string): boolean {
  return NEGATORS.has(lower) || lower.endsWith("n't") || lower === 'cannot';
}

/** Splits tokens into clauses at punctuation and joining words, marking each clause negated or not. */
export function findClauses(text: string, tokens: readonly ClaimToken[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  const close = (to: number) => {
    if (to <= from) return;
    const slice = tokens.slice(from, to);
    const cues = slice.filter((t) => isNegator(t.lower)).map((t) => t.text);
    // "not only … but", "no doubt": negators that do not deny the clause.
    const notOnly = slice.some((t, k) => t.lower === 'not' && slice[k + 1]?.lower === 'only');
    const noDoubt = slice.some(
      (t, k) => t.lower === 'no' && /^(doubt|wonder)$/.test(slice[k + 1]?.lower ?? ''),
    );
    const first = slice[0];
    const last = slice[slice.length - 1];
    if (!first || !last) return;
    // "If I thought he wasn't serious": a condition asserts nothing, so its negation denies nothing either.
    const condition = CONDITIONS.has(first.lower);
    clauses.push({
      start: first.start,
      end: last.end,
      from,
      to,
      negated: cues.length % 2 === 1 && !notOnly && !noDoubt && !condition,
      condition,
      cues,
    });
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (!token || !previous) continue;
    const gap = text.slice(previous.end, token.start);
    // "not yet approved" is one clause: "yet" after a negator is an adverb, not a joining word.
    const joins = CLAUSE_BREAKS.has(token.lower) && !(token.lower === 'yet' && isNegator(previous.lower));
    // "…" joins the parts of one quote: each part is a clause of its own.
    if (/[,;:.!?()"“”—–…]/.test(gap) || previous.text === '?' || joins) close(i);
  }
  close(tokens.length);
  return clauses;
}

/** Hedge words in a claim, plus a question mark, which turns a headline into a question. */
export function findHedges(tokens: readonly ClaimToken[]): Hedge[] {
  return (
    tokens
      // "in May" names a month: only a lower-case "may" (or one opening the claim) hedges.
      .filter((t, i) => (HEDGES.has(t.lower) && !(t.text === 'May' && i > 0)) || t.text === '?')
      .slice(0, 10)
      .map((t) => ({ text: t.text, start: t.start, end: t.end }))
  );
}

// Verbs that deny what follows them when a complement follows ("denied that", "dismissed reports", "denied using").
const DENIAL_VERBS = new Set([
  'deny',
  'denies',
  'denied',
  'denying',
  'refuted',
  'refutes',
  'dismissed',
  'dismisses',
  'rejected',
  'rejects',
]);
const DENIAL_OBJECTS = new Set([
  'that',
  'reports',
  'report',
  'claims',
  'claim',
  'allegations',
  'suggestions',
  'rumours',
  'rumors',
  'it',
  'any',
  'having',
  'being',
]);

/** The word that denies the rest of the claim ("denied that …", "dismissed reports …"), or null. */
export function findDenial(tokens: readonly ClaimToken[]): Hedge | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t || !next || !DENIAL_VERBS.has(t.lower)) continue;
    if (DENIAL_OBJECTS.has(next.lower) || /^[a-z]{2,}ing$/.test(next.lower)) {
      return { text: t.text, start: t.start, end: t.end };
    }
  }
  return null;
}
