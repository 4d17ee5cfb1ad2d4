import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairQuotes } from '../text/quote-pairs.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokenize.ts';
import { findAskedClauses } from './asked-clause.ts';
import { findDirectQuotes } from './direct.ts';
import type { Work } from './emit.ts';
import { findHeadlineColon } from './headline-colon.ts';
import { findIndirectQuotes } from './indirect.ts';
import { findNominalQuotes } from './nominal.ts';
import { findPollSources } from './poll-source.ts';
import { mayHoldSpeech } from './sentence-gate.ts';
import { buildSpeakerContext } from './speaker-resolver.ts';

const dir = join(import.meta.dirname, '../../../fixtures/quotes');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

/** What every sentence-level finder emits for the sentences the gate turns away (it must be nothing). */
function foundInGatedSentences(text: string): { gated: number; sentences: number; found: string[] } {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const ctx = buildSpeakerContext(text, tokens, sentences);
  const work: Work = {
    text,
    tokens,
    regions: pairQuotes(tokens, text),
    used: new Uint8Array(tokens.length),
    quotes: [],
  };
  findDirectQuotes(work, ctx, sentences);
  const before = work.quotes.length;
  let gated = 0;
  for (const sentence of sentences) {
    if (mayHoldSpeech(tokens, sentence)) continue;
    gated++;
    findNominalQuotes(work, ctx, sentence);
    findAskedClauses(work, ctx, sentence);
    findIndirectQuotes(work, ctx, sentence);
    findHeadlineColon(work, ctx, sentence);
    findPollSources(work, ctx, sentence);
  }
  return { gated, sentences: sentences.length, found: work.quotes.slice(before).map((q) => q.text) };
}

describe('the sentence gate before the sentence-level finders', () => {
  it('has texts to check', () => expect(texts.length).toBeGreaterThan(20));

  it.each(texts)('turns away only sentences where nothing is found: %s', (_name, text) => {
    expect(foundInGatedSentences(text).found).toEqual([]);
  });

  it('turns away a good share of a news text', () => {
    let gated = 0;
    let all = 0;
    for (const [, text] of texts) {
      const r = foundInGatedSentences(text);
      gated += r.gated;
      all += r.sentences;
    }
    expect(gated / all).toBeGreaterThan(0.05);
  });

  it('passes sentences with a cue, a nominal cue, a poll or a colon', () => {
    for (const s of [
      'The minister said taxes would rise.',
      'According to the report, taxes will rise.',
      'His claim that taxes would rise was false.',
      'In a poll released Monday, Smith led by four points.',
      'Asked whether taxes would rise, Smith shrugged.',
      'Smith: Taxes will rise next year',
    ]) {
      const tokens = tokenize(s);
      expect(mayHoldSpeech(tokens, splitSentences(tokens)[0]!), s).toBe(true);
    }
    const plain = tokenize('The bridge reopened on Monday after two years of repairs.');
    expect(mayHoldSpeech(plain, splitSentences(plain)[0]!)).toBe(false);
  });
});
