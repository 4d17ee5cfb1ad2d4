import { quoteConfidence } from '../confidence.ts';
import { pairQuotes } from '../../text/quote-pairs.ts';
import { splitSentences, type Sentence } from '../../text/sentences.ts';
import { tokenize } from '../../text/tokenize.ts';
import type { Quote } from '../types.ts';
import { GERMAN } from './de.ts';
import { findDirect } from './direct.ts';
import { SPANISH } from './es.ts';
import { FRENCH } from './fr.ts';
import { findIndirect } from './indirect.ts';
import { normalizeMarks } from './marks.ts';
import type { LanguagePack, QuoteLanguage } from './pack.ts';
import { PORTUGUESE } from './pt.ts';
import { collectSpeakers } from './speakers.ts';
import { paragraphsOf, type LangWork } from './work.ts';

const PACKS: Readonly<Record<QuoteLanguage, LanguagePack>> = {
  fr: FRENCH,
  es: SPANISH,
  pt: PORTUGUESE,
  de: GERMAN,
};

/** The languages {@link extractQuotesIn} reads. */
export const QUOTE_LANGUAGES: readonly QuoteLanguage[] = ['fr', 'es', 'pt', 'de'];

/** Options for {@link extractQuotesIn}, as for the English reader. */
export interface LangExtractOptions {
  maxLength?: number;
  indirect?: boolean;
}

const DEFAULT_MAX_LENGTH = 1_000_000;

// "Sra. Gómez" is one sentence: a title's period ends none.
function joinTitles(w: LangWork, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    const before = w.tokens[s.first - 2];
    if (
      last &&
      last.end === s.first &&
      before &&
      w.tokens[s.first - 1]!.text === '.' &&
      w.pack.titles.has(before.text + '.')
    )
      last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/**
 * Finds the attributed quotes of a French, Spanish, Portuguese or German text: quote marks of each language,
 * its verbs of saying (simple, compound and inverted), its titles and pronouns. Same output as the English reader.
 */
export function extractQuotesIn(
  text: string,
  lang: QuoteLanguage,
  options: LangExtractOptions = {},
): Quote[] {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const input = text.length > max ? text.slice(0, max) : text;
  const pack = PACKS[lang];
  const marked = normalizeMarks(input, lang, (word) => pack.cues.has(word));
  const tokens = tokenize(marked);
  const regions = pairQuotes(tokens, marked);
  const reader = { text: input, tokens, pack };
  const w: LangWork = {
    ...reader,
    regions,
    speakers: collectSpeakers(reader),
    paragraphOf: paragraphsOf(reader),
    quotes: [],
  };
  findDirect(w);
  if (options.indirect !== false) for (const s of joinTitles(w, splitSentences(tokens))) findIndirect(w, s);
  const quotes = dropDuplicates(w.quotes.sort((a, b) => a.start - b.start || b.end - a.end));
  // The English clause and weak-verb tests do not apply here: these packs list only verbs of saying, so a quote
  // is weighed by its kind and whether its speaker was found.
  for (const q of quotes) q.confidence = quoteConfidence(q, { thatClause: true, nested: false });
  return quotes;
}

// Identical spans are reported once; a direct quote inside a mixed one belongs to it.
function dropDuplicates(sorted: Quote[]): Quote[] {
  const kept: Quote[] = [];
  let mixedEnd = -1;
  for (const q of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.start === q.start && last.end === q.end) continue;
    if (q.kind === 'direct' && q.end <= mixedEnd) continue;
    if (q.kind === 'mixed') mixedEnd = Math.max(mixedEnd, q.end);
    kept.push(q);
  }
  return kept;
}
