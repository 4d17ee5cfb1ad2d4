import { describe, expect, it } from 'vitest';
import { normalizeClaim } from '../claims/index.ts';
import { isKnownPlace, twoPlacesApart } from './places.ts';
import { placeReason } from './reasons-facts.ts';

const n = (text: string) => normalizeClaim({ text });

describe('the place gazetteer', () => {
  it('knows places by their names, abbreviations and peoples', () => {
    for (const name of ['istanbul', 'ny', 'kharkiv', 'scottish', 'the hague'])
      expect(isKnownPlace(name)).toBe(true);
    for (const name of ['osu', 'alaska airlines', 'three days', 'isis'])
      expect(isKnownPlace(name)).toBe(false);
  });

  it.each([
    ['ny', 'manhattan'],
    ['michigan', 'ann arbor'],
    ['sweden', 'stockholm'],
    ['scottish', 'ayr'],
    ['geneva', 'geneva'],
  ])('does not set %s apart from %s', (p, q) => {
    expect(twoPlacesApart(p, q)).toBe(false);
    expect(twoPlacesApart(q, p)).toBe(false);
  });

  it.each([
    ['lyon', 'marseille'],
    ['ohio', 'texas'],
    ['kharkiv', 'odesa'],
  ])('sets %s apart from %s', (p, q) => {
    expect(twoPlacesApart(p, q)).toBe(true);
  });
});

describe('the place rule', () => {
  it.each([
    [
      'Amazon will open its first physical store in NY this year',
      'Amazon to open its first physical store in Manhattan',
    ],
    [
      'A pizza delivery driver in Michigan received a huge tip',
      'A pizza delivery driver in Ann Arbor received a huge tip',
    ],
    ['Scorpion stings woman on Alaska Airlines flight', 'Scorpion stings woman on OSU plane'],
  ])('finds no clash between "%s" and "%s"', (a, b) => {
    expect(placeReason(n(a), n(b))).toBeNull();
  });

  it('still sets two cities of one event against each other, and two venues the table does not know', () => {
    expect(
      placeReason(n('The plane crashed near Lyon.'), n('The plane came down near Marseille.'))?.code,
    ).toBe('place');
    expect(
      placeReason(
        n('The talks will be hosted by the Vatican.'),
        n('Istanbul remains the venue of the talks.'),
      )?.code,
    ).toBe('place');
  });
});
