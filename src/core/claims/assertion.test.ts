import { describe, expect, it } from 'vitest';
import { normalizeClaim } from './normalize.ts';

const read = (text: string, cueStance?: 'assert' | 'deny' | 'hedge') =>
  normalizeClaim({ text, speaker: 'Kremlin', ...(cueStance ? { cueStance } : {}) }).assertion;

describe('readAssertion: what a claim asserts and how its speaker holds it', () => {
  it.each([
    ['The Kremlin denied that Putin had agreed to an immediate ceasefire', 'denied that'],
    ['Moscow rejected reports that Putin had agreed to an immediate ceasefire', 'rejected reports that'],
    ['Officials dismissed claims that the talks had collapsed', 'dismissed claims that'],
    ['The minister called it false that troops had crossed the border', 'called it false that'],
    ['It is not true that the president agreed to a ceasefire', 'It is not true that'],
    ["It isn't true that the president agreed to a ceasefire", "It isn't true that"],
    ['There is no truth to reports that the plant will close', 'no truth to reports that'],
  ])('reads "%s" as a denial framed by "%s"', (text, frame) => {
    const a = read(text);
    expect(a.stance).toBe('deny');
    expect(a.frame?.text).toBe(frame);
    expect(a.polarity).toBe(-1);
    expect(text.slice(a.start)).not.toContain(frame);
  });

  it('takes the denial from the cue when the quote holds only the proposition', () => {
    const a = read('Mr Putin had agreed to an immediate ceasefire', 'deny');
    expect(a).toMatchObject({ stance: 'deny', frame: null, start: 0, negated: false, polarity: -1 });
  });

  it('reads a denied negation as holding that the event happened, and a plain negation as denying it', () => {
    expect(read('The ministry denied that no troops had crossed').polarity).toBe(1);
    expect(read('No troops crossed the border')).toMatchObject({ stance: 'assert', polarity: -1 });
    expect(read('Troops crossed the border')).toMatchObject({ stance: 'assert', frame: null, polarity: 1 });
  });

  it('does not read a frame where none denies', () => {
    expect(read('It is true that the talks went well').frame).toBeNull();
    expect(read('The senate rejected the bill').frame).toBeNull();
    expect(read('She called it a success').frame).toBeNull();
  });
});
