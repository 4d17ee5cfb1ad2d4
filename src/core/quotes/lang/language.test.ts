import { describe, expect, it } from 'vitest';
import { baseLanguage, guessLanguage, pageLanguage } from './language.ts';

describe('the language of a page', () => {
  it('reads the primary subtag of a declared tag', () => {
    expect(baseLanguage('pt-BR')).toBe('pt');
    expect(baseLanguage('fr_FR')).toBe('fr');
    expect(baseLanguage(' DE ')).toBe('de');
    expect(baseLanguage('')).toBeNull();
    expect(baseLanguage('x-klingon-9')).toBeNull();
  });

  it('guesses each language from its little words', () => {
    const samples: Record<string, string> = {
      en: 'The minister said on Monday that the plan was not ready and that he would meet the unions for talks this week.',
      fr: 'Le ministre a déclaré lundi que le plan est prêt et il rencontre les syndicats dans la semaine pour une réunion sur les salaires.',
      es: 'El ministro dijo el lunes que el plan no está listo y que se reunirá con los sindicatos para una negociación por los salarios.',
      pt: 'O ministro disse na segunda-feira que o plano não está pronto e que vai se reunir com os sindicatos para uma negociação dos salários.',
      de: 'Der Minister sagte am Montag, dass der Plan nicht fertig ist und er sich mit den Gewerkschaften zu einem Gespräch auf dem Amt treffen wird.',
    };
    for (const [lang, text] of Object.entries(samples)) expect(guessLanguage(text), lang).toBe(lang);
  });

  it('names no language for a text too short or too mixed to tell', () => {
    expect(guessLanguage('Merz, Macron, Sánchez')).toBeNull();
    expect(guessLanguage('')).toBeNull();
  });

  it('prefers what the page declares to the guess', () => {
    expect(
      pageLanguage(
        'en-GB',
        'Le ministre a déclaré que le plan est prêt et il est dans la semaine pour les syndicats.',
      ),
    ).toBe('en');
    expect(
      pageLanguage(
        null,
        'Le ministre a déclaré que le plan est prêt et il est dans la semaine pour les syndicats.',
      ),
    ).toBe('fr');
  });
});
