import { describe, expect, it } from 'vitest';
import {
  checkFixture,
  coverage,
  locateExpected,
  locateNotQuote,
  parseFixture,
  sameSpeaker,
  type Fixture,
} from './fixture-match.ts';
import type { Quote, QuoteKind, SpeakerKind } from '../../core/quotes/types.ts';

const TEXT =
  '“No,” Ana Ruiz said. “No,” she said again. Officials said the plan would pass. The “so-called” plan failed.';

function quoteAt(text: string, from: number, kind: QuoteKind, name: string, speakerKind: SpeakerKind): Quote {
  const start = TEXT.indexOf(text, from);
  return {
    start,
    end: start + text.length,
    text,
    kind,
    cue: { start: 0, end: 0, text: 'said', lemma: 'say', stance: 'assert' },
    speaker: { name, kind: speakerKind, mention: null },
    confidence: 0.9,
  };
}

const fixture: Fixture = parseFixture('demo', TEXT, {
  quotes: [
    { text: 'No,', kind: 'direct', speaker: 'Ana Ruiz', speakerKind: 'person', cue: 'said' },
    { text: 'No,', kind: 'direct', speaker: 'Ana Ruiz', speakerKind: 'person', cue: 'said' },
    {
      text: 'the plan would pass',
      kind: 'indirect',
      speaker: 'officials',
      speakerKind: 'group',
      cue: 'said',
    },
  ],
  notQuotes: ['so-called'],
});

describe('fixture matching', () => {
  it('locates repeated quote texts in order', () => {
    expect(locateExpected(TEXT, fixture.quotes).map((s) => s?.start)).toEqual([1, 22, 58]);
  });

  it('locates a not-quote where a quote mark opens it', () => {
    expect(locateNotQuote('a so-called b “so-called”', 'so-called')).toEqual({ start: 15, end: 24 });
    expect(locateNotQuote('plain so-called', 'so-called')).toEqual({ start: 6, end: 15 });
    expect(locateNotQuote('nothing here', 'so-called')).toBeNull();
  });

  it('measures coverage of the target only', () => {
    expect(coverage({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(0.5);
    expect(coverage({ start: 0, end: 100 }, { start: 5, end: 15 })).toBe(1);
    expect(coverage({ start: 20, end: 30 }, { start: 5, end: 15 })).toBe(0);
  });

  it('compares speakers by full name, ignoring "the" only for organisations and groups', () => {
    expect(sameSpeaker('ana ruiz', 'Ana Ruiz', 'person')).toBe(true);
    expect(sameSpeaker('Ruiz', 'Ana Ruiz', 'person')).toBe(false);
    expect(sameSpeaker('Kremlin', 'the Kremlin', 'organization')).toBe(true);
    expect(sameSpeaker('The Supporters’ Trust', "Supporters' Trust", 'organization')).toBe(true);
  });

  it('passes a fixture whose quotes are all found with the right speaker and kind', () => {
    const predicted = [
      quoteAt('No,', 0, 'direct', 'Ana Ruiz', 'person'),
      quoteAt('No,', 10, 'direct', 'ana ruiz', 'person'),
      quoteAt('the plan would pass', 0, 'indirect', 'the officials', 'group'),
    ];
    const report = checkFixture(fixture, predicted);
    expect(report).toMatchObject({ expected: 3, found: 3, violated: 0, failures: [] });
  });

  it('explains a wrong speaker, a missed quote and a reported not-quote', () => {
    const predicted = [
      quoteAt('No,', 0, 'direct', 'Ruiz', 'person'),
      quoteAt('the plan', 0, 'indirect', 'officials', 'group'),
      quoteAt('so-called', 0, 'direct', 'unknown', 'unknown'),
    ];
    const report = checkFixture(fixture, predicted);
    expect(report.found).toBe(0);
    expect(report.violated).toBe(1);
    expect(report.failures).toHaveLength(4);
    expect(report.failures[0]).toMatch(/quote #0 .*wrong speaker or kind.*“Ruiz”/);
    expect(report.failures[1]).toMatch(/quote #1 .*not found$/);
    expect(report.failures[2]).toMatch(/quote #2 .*not found; best covers 42% by indirect “the plan”/);
    expect(report.failures[3]).toMatch(/not-quote “so-called” reported/);
  });

  it('rejects a malformed fixture with its name', () => {
    expect(() => parseFixture('bad', '', { quotes: [{ text: 'x', kind: 'quoted' }], notQuotes: [] })).toThrow(
      /fixture bad: quote #0 has a bad kind/,
    );
  });
});
