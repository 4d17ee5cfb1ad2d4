import { describe, expect, it } from 'vitest';
import { normalizeClaim } from '../claims/index.ts';
import { readRefuting, refutingWords } from './refuting-evidence.ts';
import { refutingReason } from './reasons-polarity.ts';

const n = (text: string) => normalizeClaim({ text });
const words = (text: string) => refutingWords(normalizeClaim({ text })).map((w) => `${w.kind}:${w.text}`);

describe('refutingWords', () => {
  it.each([
    ["Rumours of the leader's death debunked", ['refute:debunked']],
    ['Officials shoot down claims that fighters crossed the border', ['deny:shoot down']],
    ['Experts cast doubt on the meteorite story', ['doubt:cast doubt']],
    ['The ministry dismissed reports that troops crossed', ['deny:dismissed']],
    ['The singer rebuffs internet rumours of an overdose', ['deny:rebuffs']],
    ['No, the mayor has not been arrested', ['refute:No']],
    ['Woman with three arms: real or hoax?', ['doubt:hoax']],
    ['Rebels deny the reporter was held in the town', ['deny:deny']],
    ['Surgeon denies selfie during operation', ['deny:denies']],
    ['Singer dead? Hoax goes viral', ['refute:hoax']],
    ['Sorry, the chain is not going to sell pizza again', ['refute:Sorry']],
    ['Calm down everyone, the singer is not dead', ['refute:Calm down everyone']],
  ])('reads how "%s" disputes a report', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    'The photo of the third arm is no hoax',
    'Three-armed man: they are not fake',
    'The woman denies surgery hoax claims',
  ])('reads "%s" as affirming the report, a refuting word turned around', (text) => {
    const read = readRefuting(normalizeClaim({ text }));
    expect(read.words).toEqual([]);
    expect(read.turned).toBeGreaterThan(0);
  });

  it.each([
    'The president dismissed the adviser on Friday',
    'Actually, the film opens in March',
    'The army shot down two drones',
    'Iraq shoots down two planes carrying weapons',
    'The bridge will not open before June',
    "No one in the country may share the leader's name",
    'Sorry - this page has been removed',
    'The suspect was denied bail on Monday',
    'The border guards denied him entry',
    'No, the mayor opened the bridge on Monday',
  ])('gives no reason a reader could check in "%s"', (text) => {
    expect(words(text)).toEqual([]);
  });
});

describe('refutingReason', () => {
  it('takes a denial for a reason only when the other side says something of what is denied', () => {
    const deny = n('The mayor denies the bridge was closed to lorries');
    expect(refutingReason(deny, n('The bridge was closed to lorries for a week'))?.code).toBe(
      'refuting-word',
    );
    expect(refutingReason(deny, n('The mayor announced a new cancer strategy'))).toBeNull();
  });
});
