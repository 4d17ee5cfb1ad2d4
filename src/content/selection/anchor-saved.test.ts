import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../core/anchor/index.ts';
import { makeClaim } from '../../core/claims/index.ts';
import type { SavedHighlight } from '../../shared/data-views.ts';
import { anchorSaved } from './anchor-fully.ts';
import { anchorVerbatim } from './anchor-saved.ts';

const source = {
  outlet: 'The Ledger',
  domain: 'ledger.test',
  url: 'http://ledger.test/a.html',
  headline: 'A call',
};
const original =
  'Donald Trump said the two sides would immediately start negotiations toward a ceasefire.\n\n' +
  'The Kremlin said the question of a timeline was not raised in the conversation.\n\n' +
  'Putin has increased his drone and missile assaults on Ukraine.';

function saved(text: string, page = original): SavedHighlight {
  const start = page.indexOf(text);
  const selectors = describeSelection(page, start, start + text.length, 64);
  return makeClaim(
    { text, speaker: null, cue: null, kind: 'statement', source, origin: 'selection', selectors },
    0,
  ) as SavedHighlight;
}

describe('anchorSaved', () => {
  const quote = 'the question of a timeline was not raised';
  const drone = 'Putin has increased his drone and missile assaults on Ukraine.';

  it('finds each highlight on the page it was saved on, at its place', () => {
    const highlights = [saved(quote), saved(drone)];
    const { found, missing } = anchorSaved(original, highlights);
    expect(missing).toEqual([]);
    expect(found.map((f) => original.slice(f.start, f.end))).toEqual([quote, drone]);
    expect(found.every((f) => f.method === 'position')).toBe(true);
  });

  it('finds them again after a paragraph was inserted before, a word changed inside and whitespace changed', () => {
    const edited = `An advertisement paragraph.\n\n${original}`
      .replace('missile assaults', 'missile attacks')
      .replace('a timeline was', 'a  timeline\n was');
    const { found, missing } = anchorSaved(edited, [saved(quote), saved(drone)]);
    expect(missing).toEqual([]);
    const texts = found.map((f) => edited.slice(f.start, f.end));
    expect(texts[0]).toBe('the question of a  timeline\n was not raised');
    expect(texts[1]).toBe('Putin has increased his drone and missile attacks on Ukraine.');
  });

  it('keeps the ids of highlights no longer on the page, and of highlights without selectors', () => {
    const gone = saved(quote);
    const { selectors: _drop, ...bare } = saved(drone);
    const { found, missing } = anchorSaved('A different story altogether.', [gone, bare as SavedHighlight]);
    expect(found).toEqual([]);
    expect([...missing].sort()).toEqual([gone.id, bare.id].sort());
  });

  it('settles a highlight with its context intact by string compares: moved, it is found by its quote; twice, it is left to the matcher', () => {
    const { selectors } = saved(quote);
    expect(anchorVerbatim(original, selectors!)?.method).toBe('position');
    const moved = `Inserted before.\n\n${original}`;
    const anchor = anchorVerbatim(moved, selectors!);
    expect(anchor && moved.slice(anchor.start, anchor.end)).toBe(quote);
    expect(anchor?.method).toBe('quote');
    expect(anchorVerbatim(`${original}\n\n${original}`.slice(20), selectors!)).toBeNull();
    const [q, p] = selectors!;
    expect(anchorVerbatim(original, [q, { ...p, start: Number.NaN }])?.method).toBe('quote');
  });
});
