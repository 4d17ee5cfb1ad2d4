import { describe, expect, it } from 'vitest';
import { languageNote } from './language-note.ts';

describe('the note on claims in two languages', () => {
  it('says which languages and that meaning was not judged', () => {
    const note = languageNote('en', 'fr');
    expect(note?.code).toBe('languages');
    expect(note?.text).toContain('Said in French, and this quote in English');
    expect(note?.text).toContain('no judgement of meaning');
  });

  it('says nothing when the languages are the same or one is unknown', () => {
    expect(languageNote('de', 'de')).toBeNull();
    expect(languageNote(undefined, 'fr')).toBeNull();
    expect(languageNote('fr', undefined)).toBeNull();
  });
});
