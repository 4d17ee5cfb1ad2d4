/**
 * Page text is attacker-controlled, and a word like "constructor" once made a dated claim throw "Invalid time
 * value" because a lexicon was a plain object that Object.prototype answered. Every lexicon lookup and the whole
 * quote → claim → judgement path is fed each property name of Object.prototype as a word.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './claims/index.ts';
import { findEntities } from './claims/index.ts';
import { makeClaim } from './claims/index.ts';
import { normalizeClaim } from './claims/index.ts';
import { findQuantities, parseNumber } from './claims/index.ts';
import { findDenial, findHedges, isNegator } from './claims/index.ts';
import { inflections, stem } from './claims/index.ts';
import { claimTokens } from './claims/index.ts';
import { judgeClaims } from './conflicts/index.ts';
import { antonymsOf } from './conflicts/lexicon.ts';
import { predict } from './conflicts/logistic.ts';
import { defaultModel } from './conflicts/model.ts';
import { findStanceWords } from './conflicts/stance-lexicon.ts';
import { meaningsOf } from './conflicts/synonyms.ts';
import { CUE_FORMS, extractQuotes } from './quotes/index.ts';
import { roleOf } from './quotes/role-names.ts';
import { ownValue } from './text/own-value.ts';

const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];
const SOURCE = {
  url: 'https://news.test/a',
  outlet: 'News',
  domain: 'news.test',
  headline: 'A headline',
  published: '2025-03-14',
};

describe('prototype names read as plain words', () => {
  it('covers the names that once answered lookups', () => {
    expect(NAMES).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString', 'hasOwnProperty']));
  });

  describe.each(NAMES.map((n) => [n] as const))('%s', (name) => {
    const lower = name.toLowerCase();

    it('is no day, month, number or date', () => {
      expect(findDates(claimTokens(`It happened ${name} and ${lower}.`), '2025-03-14')).toEqual([]);
      expect(findDates(claimTokens(`It happened ${name}.`))).toEqual([]);
      expect(parseNumber(name)).toBeNull();
      expect(parseNumber(lower)).toBeNull();
      expect(findQuantities(claimTokens(`${name} ${lower} 12 ${lower}`))).toHaveLength(1);
    });

    it('has no cue, role, antonym, meaning or stance', () => {
      expect(CUE_FORMS.has(lower)).toBe(false);
      expect(roleOf(name)).toBeNull();
      expect(typeof stem(lower)).toBe('string');
      for (const form of inflections(lower)) expect(typeof form).toBe('string');
      expect([...antonymsOf(stem(lower))]).toEqual([]);
      expect([...meaningsOf(stem(lower))]).toEqual([stem(lower)]);
      expect(isNegator(lower)).toBe(false);
      const tokens = claimTokens(`They ${lower} the ${name}.`);
      expect(findHedges(tokens)).toEqual([]);
      expect(findDenial(tokens)).toBeNull();
      expect(findStanceWords(normalizeClaim({ text: `They ${lower} the ${name}` }).words)).toEqual([]);
      expect(findEntities(tokens).every((e) => typeof e.text === 'string')).toBe(true);
      expect(predict(defaultModel.stance, new Map([[name, 1]])).every(Number.isFinite)).toBe(true);
      expect(ownValue({ said: 1 }, name)).toBeUndefined();
    });

    it('goes through quotes, claims and the judge', () => {
      const text =
        `“The ${name} will not be finished before ${lower},” ${name} said on Monday. ` +
        `Mr. ${name} told reporters that his ${lower} ${name} had been built yesterday. ` +
        `According to ${name}, the ${lower} cost nine million.`;
      const quotes = extractQuotes(text);
      for (const q of quotes) {
        expect(typeof q.speaker.name).toBe('string');
        expect(q.start).toBeLessThan(q.end);
      }
      const claims = [text, ...quotes.map((q) => q.text)].map((t) =>
        makeClaim(
          {
            text: t,
            speaker: { name, kind: 'person' },
            cue: { text: 'said', lemma: 'say', stance: 'assert' },
            kind: 'direct',
            source: SOURCE,
            origin: 'page',
          },
          Date.UTC(2025, 2, 14),
        ),
      );
      for (const claim of claims) expect(claim.keys.terms.every((k) => typeof k === 'string')).toBe(true);
      const judged = judgeClaims(
        { text: claims[1]?.text ?? text, speaker: name, date: '2025-03-14' },
        { text: `The ${name} was finished ${lower}, ${name} denied.`, speaker: lower, date: '2025-03-14' },
      );
      expect(['conflict', 'agree', 'neutral', 'unrelated']).toContain(judged.relation);
    });
  });
});
