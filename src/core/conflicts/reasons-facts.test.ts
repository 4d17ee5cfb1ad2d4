import { describe, expect, it } from 'vitest';
import { normalizeClaim } from '../claims/index.ts';
import { dateReason, figuresDiffer, numberReason, placeReason } from './reasons-facts.ts';
import { sameMeaning, sharedMeanings } from './synonyms.ts';
import { judgeClaims } from './judge.ts';

const n = (text: string) => normalizeClaim({ text });

describe('fact reasons', () => {
  it('compares weekdays when there is no article date', () => {
    const r = dateReason(
      n('The two presidents spoke by phone on Monday.'),
      n('The two presidents spoke by phone on Wednesday.'),
    );
    expect([r?.a, r?.b]).toEqual(['Monday', 'Wednesday']);
  });

  it('reads "14 March" as a day and tells it from "28 March"', () => {
    const r = dateReason(
      n('The presidential election will be held on 14 March.'),
      n('Voters will go to the polls on 28 March.'),
    );
    expect(r?.code).toBe('date');
  });

  it('reads "2.5 to 4 hours" as one range, which 2.5 hours falls within and 6 hours does not', () => {
    const range = n('The battery will last 2.5 to 4 hours of active use.');
    expect(numberReason(range, n('The battery will last 2.5 hours with heavy use.'))).toBeNull();
    expect(numberReason(range, n('The battery will last 6 hours of active use.'))?.a).toBe('2.5 to 4 hours');
  });

  it('matches a count named two ways ("ships" / "vessel")', () => {
    expect(numberReason(n('Turnout was 64 percent.'), n('Turnout stood at 48%.'))?.code).toBe('number');
    expect(figuresDiffer(n('Nine people were hurt.'), n('Nine prisoners were freed.'))).toBe(true);
  });

  it('finds a place after "near" on both sides and not a name said two ways', () => {
    const r = placeReason(
      n('The tanker ran aground off Cape Town.'),
      n('The tanker ran aground near Durban.'),
    );
    expect([r?.a, r?.b]).toEqual(['Cape Town', 'Durban']);
    expect(
      placeReason(n('Amazon will open a store in NY.'), n('Amazon to open a store in New York City.')),
    ).toBeNull();
  });
});

describe('same-meaning words', () => {
  it('links plant/factory and shut/close, and not unrelated words', () => {
    expect(sameMeaning('plant', 'factori')).toBe(true);
    expect(sharedMeanings(n('The Leeds factory will close.'), n('The Leeds plant will shut.')).size).toBe(3);
    expect(sameMeaning('plant', 'close')).toBe(false);
  });
});

describe('two facts at once', () => {
  it('reads a different count and a different place as two events, not a conflict', () => {
    const j = judgeClaims(
      'The storm killed four people in Florida.',
      'The storm killed two people in Georgia.',
    );
    expect(j.relation).toBe('neutral');
  });

  it('still finds one different place a conflict', () => {
    const j = judgeClaims(
      'The peace talks will take place in Geneva.',
      'The peace talks will be held in Istanbul.',
    );
    expect(j.relation).toBe('conflict');
    expect(j.reasons.map((r) => r.code)).toContain('place');
  });
});
