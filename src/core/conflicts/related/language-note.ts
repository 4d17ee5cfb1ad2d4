import type { ReasonView } from './claim-view.ts';

const NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  pt: 'Portuguese',
  de: 'German',
  it: 'Italian',
  nl: 'Dutch',
  ar: 'Arabic',
};

// Read through own keys only: a language tag comes from the page.
const nameOf = (lang: string) => (Object.hasOwn(NAMES, lang) ? NAMES[lang] : `the language “${lang}”`);

/** The code of the note beside a claim in another language. */
export const LANGUAGE_NOTE = 'languages';

/**
 * The reason shown beside a claim said in another language than the quote it is set against: the judge compares
 * numbers, dates and names across languages, but reads the meaning of words in English only. Null when both
 * languages are the same or one is unknown.
 */
export function languageNote(
  quoteLang: string | undefined,
  otherLang: string | undefined,
): ReasonView | null {
  if (!quoteLang || !otherLang || quoteLang === otherLang) return null;
  return {
    code: LANGUAGE_NOTE,
    text:
      `Said in ${nameOf(otherLang)}, and this quote in ${nameOf(quoteLang)}: only numbers, dates and names were ` +
      'compared; no judgement of meaning was made.',
  };
}
