import type { ReasonView } from '../../shared/report.ts';

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

const nameOf = (lang: string) => NAMES[lang] ?? `the language “${lang}”`;

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
    code: 'languages',
    text:
      `Said in ${nameOf(otherLang)}, and this quote in ${nameOf(quoteLang)}: only numbers, dates and names were ` +
      'compared; no judgement of meaning was made.',
  };
}
