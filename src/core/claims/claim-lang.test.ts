import { describe, expect, it } from 'vitest';
import { claimFromJson, ShapeError } from './interchange/claim-shape.ts';
import { makeClaim } from './make-claim.ts';

const source = { outlet: 'Le Quotidien', domain: 'quotidien.test', url: 'https://quotidien.test/a' };

describe('the language of a claim', () => {
  const parts = {
    text: 'Nous ne céderons rien',
    speaker: { name: 'Jean Dupont', kind: 'person' as const },
    cue: { text: 'a déclaré', lemma: 'déclarer', stance: 'assert' as const },
    kind: 'direct' as const,
    source,
    origin: 'page' as const,
  };

  it('is kept with the claim when the page tells it, and left out when it does not', () => {
    expect(makeClaim({ ...parts, lang: 'fr' }, 1).lang).toBe('fr');
    expect('lang' in makeClaim(parts, 1)).toBe(false);
  });

  it('survives an export and import, reduced to its primary subtag', () => {
    const claim = makeClaim({ ...parts, lang: 'fr' }, 1);
    expect(claimFromJson(JSON.parse(JSON.stringify(claim))).lang).toBe('fr');
    expect(claimFromJson({ ...claim, lang: 'pt-BR' }).lang).toBe('pt');
  });

  it('refuses a language that is no tag', () => {
    const claim = makeClaim(parts, 1);
    expect(() => claimFromJson({ ...claim, lang: '<script>' })).toThrow(ShapeError);
    expect(() => claimFromJson({ ...claim, lang: 7 })).toThrow(ShapeError);
  });
});
