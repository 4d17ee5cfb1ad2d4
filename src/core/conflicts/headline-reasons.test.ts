import { describe, expect, it } from 'vitest';
import { normalizeClaim } from '../claims/index.ts';
import { placeReason } from './reasons-facts.ts';
import { isOpenNegation, negationReason } from './reasons-polarity.ts';

const n = (text: string) => normalizeClaim({ text });

describe('place reason on headlines', () => {
  it('still finds two places for one event', () => {
    expect(
      placeReason(n('The peace talks will take place in Oslo.'), n('The peace talks will be held in Doha.'))
        ?.code,
    ).toBe('place');
  });

  it('reads one place spelt two ways as one place', () => {
    expect(
      placeReason(n('Rebels shelled the market in Kobane'), n('Rebels shelled the market in Kobani')),
    ).toBeNull();
  });

  it('does not take the capitals of a title-case headline for a name', () => {
    const a = n('Acme will open its first bookshop in Boston this year');
    const b = n('Acme To Open First Bricks-And-Mortar Bookshop This Year');
    expect(placeReason(a, b)).toBeNull();
  });

  it('does not read a people\'s word ("Danish sailors") as the place of the event', () => {
    const a = n('Two Danish sailors rescued the stranded whale yesterday');
    const b = n('Two sailors rescued the stranded whale near Oslo yesterday');
    expect(placeReason(a, b)).toBeNull();
  });

  it('does not read "outside" a country as a place against one inside another', () => {
    const a = n('The phone will be sold in Spain in May');
    const b = n('The phone will be sold outside Canada in May');
    expect(placeReason(a, b)).toBeNull();
  });
});

describe('negation that leaves the event open', () => {
  it('does not read "may or may not" as denying it', () => {
    const a = n('The summit will be held in June');
    const b = n('The summit may or may not be held in June');
    expect(isOpenNegation(b, 0)).toBe(true);
    expect(negationReason(a, b)).toBeNull();
  });

  it('does not read "reasons not to" as denying it', () => {
    expect(
      negationReason(
        n('The bank is buying the startup'),
        n('Three reasons not to fear the bank buying the startup'),
      ),
    ).toBeNull();
  });

  it('still reads a plain negation', () => {
    expect(
      negationReason(n('The summit will be held in June'), n('The summit will not be held in June'))?.code,
    ).toBe('negation');
  });

  it('stays fast on a hostile run of "or not"', () => {
    const hostile = n(`${'or may '.repeat(5000)}nothing`);
    const started = performance.now();
    for (let i = 0; i < hostile.clauses.length; i++) isOpenNegation(hostile, i);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
