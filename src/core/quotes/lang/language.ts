/** The language of a page: what it declares, else a guess from its most common little words. */
import type { QuoteLanguage } from './pack.ts';

// Frequent function words that tell these languages apart; words two of them share ("que", "la", "en") are left out.
const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'was',
    'with',
    'for',
    'he',
    'she',
    'are',
    'said',
    'have',
    'this',
  ],
  fr: [
    'le',
    'les',
    'est',
    'et',
    'une',
    'dans',
    'pour',
    'qui',
    'pas',
    'sur',
    'avec',
    'il',
    'elle',
    'du',
    'au',
  ],
  es: ['el', 'los', 'las', 'del', 'una', 'por', 'con', 'para', 'es', 'se', 'su', 'pero', 'más', 'fue', 'y'],
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'uma', 'em', 'não', 'com', 'para', 'é', 'ao', 'na', 'no'],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'ein',
    'eine',
    'mit',
    'auf',
    'für',
    'sich',
    'den',
    'dem',
    'zu',
  ],
};

const LOOKUP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [lang, words] of Object.entries(STOP_WORDS)) for (const w of words) map.set(w, lang);
  return map;
})();

/** Characters of text a guess reads: a few paragraphs tell the language as well as the whole page. */
const SAMPLE_CHARS = 4000;
/** Stop words a guess needs before it names a language, so a caption or a list of names is not guessed. */
const MIN_HITS = 8;

/** The primary subtag of a language tag, lower case ("pt-BR" → "pt", "fr_FR" → "fr"), or null when it has none. */
export function baseLanguage(tag: string | null | undefined): string | null {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(base) ? base : null;
}

/**
 * Guesses a text's language among English, French, Spanish, Portuguese and German by counting their stop words
 * in its first few thousand characters; null when too few are found or two languages are too close to call.
 */
export function guessLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  for (const word of sample.split(/[^\p{L}]+/u)) {
    const lang = LOOKUP.get(word);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS) return null;
  return second && second[1] * 1.5 > best[1] ? null : best[0];
}

/** The language quotes are read in: the page's declared language when it has one, else the guess from its text. */
export function pageLanguage(declared: string | null | undefined, text: string): string | null {
  return baseLanguage(declared) ?? guessLanguage(text);
}

/** True for a language the quote reader of `./index.ts` reads besides English (French, Spanish, Portuguese, German). */
export function isQuoteLanguage(lang: string | null | undefined): lang is QuoteLanguage {
  return lang === 'fr' || lang === 'es' || lang === 'pt' || lang === 'de';
}
