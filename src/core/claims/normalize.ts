import type { Stance } from '../quotes/types.ts';
import { readAssertion, type Assertion } from './assertion.ts';
import { findDates, type DateMention } from './dates.ts';
import { entityKey, findEntities, type Entity } from './entities.ts';
import { findQuantities, parseNumber, type Quantity } from './numbers.ts';
import { findClauses, findDenial, findHedges, isNegator, type Clause, type Hedge } from './polarity.ts';
import { stem } from './stem.ts';
import { STOPWORDS, TITLES } from './stopwords.ts';
import { claimTokens } from './claim-tokens.ts';

/** What normalisation reads: the claim's words, who said it, how the cue framed it, and the article's date. */
export interface ClaimInput {
  text: string;
  speaker?: string | null;
  cueStance?: Stance;
  /** ISO date of the article, to resolve "Monday" or "over the weekend". */
  date?: string;
  /** The outlet that published the claim, named in the reasons a reader is shown. */
  outlet?: string | null;
}

/** One word of a normalised claim, with its stem and the clause it sits in. */
export interface ClaimWord {
  text: string;
  lower: string;
  stem: string;
  start: number;
  end: number;
  clause: number;
  /** False for function words, negators and hedges. */
  content: boolean;
}

/** A claim read for comparison: stems, entities, numbers, dates, negation, hedges and stance. */
export interface NormalizedClaim {
  text: string;
  /** Speaker name with titles folded away ("President Donald Trump" → "donald trump"), or null. */
  speaker: string | null;
  /** The speaker as given, for sentences shown to readers. */
  speakerName: string | null;
  /** The outlet that published the claim, when known, for sentences shown to readers. */
  outlet?: string;
  words: ClaimWord[];
  /** Distinct stems of the content words, in order of first use. */
  terms: string[];
  entities: Entity[];
  quantities: Quantity[];
  dates: DateMention[];
  clauses: Clause[];
  /** True when the main statement is negated (any clause is). */
  negated: boolean;
  hedges: Hedge[];
  /** The word by which the claim denies what follows it ("denied that …"), when the text says so. */
  denial: Hedge | null;
  /** The cue's stance when given, otherwise deny when the text denies, hedge when it hedges, else assert. */
  stance: Stance;
  /** What the claim asserts (the proposition after any denying frame) and the speaker's stance toward it. */
  assertion: Assertion;
  date?: string;
}

/** Folds a speaker's name to a key: titles, possessives and punctuation away ("Sen. Susan Collins" → "susan collins"). */
export function speakerKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = name
    .split(/\s+/)
    .filter((w) => w.length > 0 && !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  const key = entityKey(words.length > 0 ? words : name.split(/\s+/));
  return key.length > 0 ? key : null;
}

/** True for a word that carries content: not a function word, negator or bare number. */
export function isContentWord(lower: string): boolean {
  return !STOPWORDS.has(lower) && !isNegator(lower) && /\p{L}/u.test(lower) && lower.length > 1;
}

/** Normalises a claim for retrieval and judgement; pure and bounded (long texts are cut). */
export function normalizeClaim(input: ClaimInput): NormalizedClaim {
  const tokens = claimTokens(input.text);
  const clauses = findClauses(input.text, tokens);
  const clauseOf = new Array<number>(tokens.length).fill(0);
  clauses.forEach((c, k) => clauseOf.fill(k, c.from, c.to));
  const hedges = findHedges(tokens);
  const assertion = readAssertion(input.text, tokens, clauses, input.cueStance, hedges.length > 0);
  const frame = assertion.frame;
  // "denied reports that …" frames what is said: its words are not what the claim is about.
  const inFrame = (t: { start: number }) => frame !== null && t.start >= frame.start && t.start < frame.end;
  const words: ClaimWord[] = tokens.map((t, i) => {
    const lower = t.lower.replace(/'s$/, '').replace(/^((?:[a-z]\.)+)$/, (m) => m.replace(/\./g, ''));
    const content =
      isContentWord(lower) &&
      parseNumber(lower.split('-')[0] ?? '') === null &&
      !hedges.some((h) => h.start === t.start) &&
      !inFrame(t);
    return {
      text: t.text,
      lower,
      stem: stem(lower.replace(/^[$£€]/, '')),
      start: t.start,
      end: t.end,
      clause: clauseOf[i] ?? 0,
      content,
    };
  });
  const terms = [...new Set(words.filter((w) => w.content).map((w) => w.stem))];
  const denial =
    findDenial(tokens) ?? (frame ? { text: frame.text, start: frame.start, end: frame.end } : null);
  const stance: Stance = input.cueStance ?? (denial ? 'deny' : hedges.length > 0 ? 'hedge' : 'assert');
  return {
    text: input.text,
    speaker: speakerKey(input.speaker),
    speakerName: input.speaker ?? null,
    ...(input.outlet ? { outlet: input.outlet } : {}),
    words,
    terms,
    entities: findEntities(tokens),
    quantities: findQuantities(tokens),
    dates: findDates(tokens, input.date),
    clauses,
    negated: clauses.some((c) => c.negated),
    hedges,
    denial,
    stance,
    assertion,
    ...(input.date ? { date: input.date } : {}),
  };
}
