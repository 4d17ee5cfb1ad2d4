import type { Quote, QuoteKind, Span } from '../../core/quotes/types.ts';

/** Speaker kinds a fixture may expect (an expected speaker is never "unknown"). */
export type ExpectedSpeakerKind = 'person' | 'organization' | 'group' | 'document';

/** One expected quote of a hand-written fixture article. */
export interface ExpectedQuote {
  text: string;
  kind: QuoteKind;
  speaker: string;
  speakerKind: ExpectedSpeakerKind;
  cue: string;
}

/**
 * A fixture article with its expected quotes, the strings that must not be reported as quotes, and the words
 * that must never be reported as a speaker (a section label, a time word, a place, an adjective).
 */
export interface Fixture {
  name: string;
  text: string;
  quotes: ExpectedQuote[];
  notQuotes: string[];
  notSpeakers: string[];
}

/** The outcome of checking one fixture: counts, and a readable line per failure. */
export interface FixtureReport {
  name: string;
  expected: number;
  found: number;
  notQuotes: number;
  violated: number;
  failures: string[];
}

/** Share of an expected quote a prediction must cover to count as finding it. */
export const QUOTE_COVERAGE = 0.8;
/** Share of a not-quote a prediction may cover before it counts as reporting it. */
export const NOT_QUOTE_COVERAGE = 0.5;

const QUOTE_KINDS: readonly string[] = ['direct', 'indirect', 'mixed'];
const SPEAKER_KINDS: readonly string[] = ['person', 'organization', 'group', 'document'];
const OPENING_MARKS = '"\'“‘«';

/** Parses a fixture's JSON, throwing with the fixture name when its shape is wrong. */
export function parseFixture(name: string, text: string, json: unknown): Fixture {
  const fail = (why: string): never => {
    throw new Error(`fixture ${name}: ${why}`);
  };
  if (typeof json !== 'object' || json === null) return fail('JSON is not an object');
  const {
    quotes,
    notQuotes,
    notSpeakers = [],
  } = json as {
    quotes?: unknown;
    notQuotes?: unknown;
    notSpeakers?: unknown;
  };
  if (!Array.isArray(quotes)) return fail('"quotes" is not an array');
  if (!Array.isArray(notQuotes) || !notQuotes.every((s) => typeof s === 'string')) {
    return fail('"notQuotes" is not an array of strings');
  }
  if (!Array.isArray(notSpeakers) || !notSpeakers.every((s) => typeof s === 'string')) {
    return fail('"notSpeakers" is not an array of strings');
  }
  const parsed = quotes.map((q: unknown, i): ExpectedQuote => {
    const r = (typeof q === 'object' && q !== null ? q : {}) as Record<string, unknown>;
    const { text: t, kind, speaker, speakerKind, cue } = r;
    if (typeof t !== 'string' || t === '') return fail(`quote #${i} has no text`);
    if (typeof kind !== 'string' || !QUOTE_KINDS.includes(kind)) return fail(`quote #${i} has a bad kind`);
    if (typeof speaker !== 'string' || speaker === '') return fail(`quote #${i} has no speaker`);
    if (typeof speakerKind !== 'string' || !SPEAKER_KINDS.includes(speakerKind)) {
      return fail(`quote #${i} has a bad speakerKind`);
    }
    if (typeof cue !== 'string' || cue === '') return fail(`quote #${i} has no cue`);
    return {
      text: t,
      kind: kind as QuoteKind,
      speaker,
      speakerKind: speakerKind as ExpectedSpeakerKind,
      cue,
    };
  });
  return {
    name,
    text,
    quotes: parsed,
    notQuotes: notQuotes as string[],
    notSpeakers: notSpeakers as string[],
  };
}

/**
 * Spans of the expected quotes, each searched from the end of the previous one found, so that a string repeated
 * in the article resolves to its occurrences in order; null for a quote that does not occur.
 */
export function locateExpected(text: string, quotes: readonly ExpectedQuote[]): (Span | null)[] {
  let from = 0;
  return quotes.map((q) => {
    const start = text.indexOf(q.text, from);
    if (start < 0) return null;
    from = start + q.text.length;
    return { start, end: from };
  });
}

/**
 * Span of a not-quote: its first occurrence right after an opening quote mark (where the trap is), else its first
 * occurrence anywhere; null when it does not occur.
 */
export function locateNotQuote(text: string, notQuote: string): Span | null {
  let first = -1;
  for (let at = text.indexOf(notQuote); at >= 0; at = text.indexOf(notQuote, at + 1)) {
    if (first < 0) first = at;
    if (at > 0 && OPENING_MARKS.includes(text.charAt(at - 1)))
      return { start: at, end: at + notQuote.length };
  }
  return first < 0 ? null : { start: first, end: first + notQuote.length };
}

/** Share of `target`'s characters that `predicted` covers (0 to 1). */
export function coverage(predicted: Span, target: Span): number {
  const length = target.end - target.start;
  if (length <= 0) return 0;
  const shared = Math.min(predicted.end, target.end) - Math.max(predicted.start, target.start);
  return Math.max(0, shared) / length;
}

// Folds case, spacing and typographic apostrophes, so "Supporters’ Trust" equals "Supporters' Trust".
function normalizeName(name: string): string {
  return name.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Whether a predicted speaker name is the expected one: case-insensitive and, for organisations and groups, with
 * a leading "the" ignored; a person needs the full name (a surname alone does not count).
 */
export function sameSpeaker(predicted: string, expected: string, kind: ExpectedSpeakerKind): boolean {
  const strip = (s: string): string => (kind === 'person' ? s : s.replace(/^the /, ''));
  return strip(normalizeName(predicted)) === strip(normalizeName(expected));
}

function clip(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function describePrediction(q: Quote, target: Span): string {
  const share = Math.round(coverage(q, target) * 100);
  return `${share}% by ${q.kind} “${clip(q.text, 40)}” speaker “${q.speaker.name}” (${q.speaker.kind})`;
}

/** Checks an extractor's predictions against one fixture and explains every miss and every reported trap. */
export function checkFixture(fixture: Fixture, predicted: readonly Quote[]): FixtureReport {
  const failures: string[] = [];
  let found = 0;
  const spans = locateExpected(fixture.text, fixture.quotes);
  fixture.quotes.forEach((q, i) => {
    const span = spans[i];
    const label = `quote #${i} ${q.kind} “${clip(q.text)}” (${q.speaker})`;
    if (!span) {
      failures.push(`${label}: text not found in the article`);
      return;
    }
    const covering = predicted.filter((p) => coverage(p, span) >= QUOTE_COVERAGE);
    const hit = covering.find(
      (p) => p.kind === q.kind && sameSpeaker(p.speaker.name, q.speaker, q.speakerKind),
    );
    if (hit) {
      found++;
      return;
    }
    if (covering.length > 0) {
      failures.push(
        `${label}: wrong speaker or kind; predicted ${covering.map((p) => describePrediction(p, span)).join('; ')}`,
      );
      return;
    }
    const best = [...predicted].sort((a, b) => coverage(b, span) - coverage(a, span))[0];
    const near = best && coverage(best, span) > 0 ? `; best covers ${describePrediction(best, span)}` : '';
    failures.push(`${label}: not found${near}`);
  });
  let violated = 0;
  for (const notQuote of fixture.notQuotes) {
    const span = locateNotQuote(fixture.text, notQuote);
    const reported = span ? predicted.find((p) => coverage(p, span) >= NOT_QUOTE_COVERAGE) : undefined;
    if (!span) failures.push(`not-quote “${clip(notQuote)}”: text not found in the article`);
    else if (reported) {
      violated++;
      failures.push(
        `not-quote “${clip(notQuote)}” reported as a quote: ${describePrediction(reported, span)}`,
      );
    }
  }
  for (const word of fixture.notSpeakers) {
    if (!fixture.text.includes(word)) failures.push(`not-speaker “${word}”: text not found in the article`);
    const reported = predicted.find((p) => normalizeName(p.speaker.name) === normalizeName(word));
    if (reported) {
      violated++;
      failures.push(`not-speaker “${word}” reported as the speaker of “${clip(reported.text, 40)}”`);
    }
  }
  return {
    name: fixture.name,
    expected: fixture.quotes.length,
    found,
    notQuotes: fixture.notQuotes.length + fixture.notSpeakers.length,
    violated,
    failures,
  };
}
