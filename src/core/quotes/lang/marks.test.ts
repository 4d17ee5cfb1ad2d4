import { describe, expect, it } from 'vitest';
import { normalizeMarks } from './marks.ts';

const isCue = (w: string) => ['dijo', 'afirmou', 'disse'].includes(w);

describe('quote marks of each language', () => {
  it('keeps every offset: one character for one', () => {
    const text = '«\u00a0Non\u00a0», a-t-il dit.\n» Suite';
    expect(normalizeMarks(text, 'fr', isCue)).toHaveLength(text.length);
  });

  it('reads French guillemets, and » reopening a continued paragraph', () => {
    expect(normalizeMarks('« Oui », dit-il. « Non.\n» Encore. »', 'fr', isCue)).toBe(
      '“ Oui ”, dit-il. “ Non.\n“ Encore. ”',
    );
  });

  it('reads German „…“ and »…«, and Swiss «…»', () => {
    expect(normalizeMarks('„Ja“, sagte er. »Nein«, sagte sie.', 'de', isCue)).toBe(
      '“Ja”, sagte er. “Nein”, sagte sie.',
    );
    expect(normalizeMarks('«Ja», sagte er.', 'de', isCue)).toBe('“Ja”, sagte er.');
  });

  it('reads a line of dialogue up to its incise and after it', () => {
    expect(normalizeMarks('—No cederemos —dijo Pérez—. Nunca lo haremos.', 'es', isCue)).toBe(
      '“No cederemos ”dijo Pérez“. Nunca lo haremos.',
    );
    expect(normalizeMarks('— Todo é político — disse ele.', 'pt', isCue)).toBe(
      '“ Todo é político ” disse ele.',
    );
  });

  it('leaves a line of dialogue with no verb of saying alone', () => {
    const question = '— Você se considera um artista político? — perguntamos.';
    expect(normalizeMarks(question, 'pt', isCue)).toBe(question);
  });
});
