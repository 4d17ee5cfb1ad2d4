import { describe, expect, it } from 'vitest';
import { anchorSelectors } from './anchor-selectors.ts';
import { describeSelection } from './describe-selection.ts';
import { normalizeText } from './normalize-text.ts';
import { SAMPLE_ARTICLES } from '../../lab/anchor/sample-articles.ts';

const article = SAMPLE_ARTICLES[0] ?? '';
const quote = 'Construction is expected to begin next spring and to take two years';

/** Selectors for the first occurrence of `exact` in `text`. */
function select(text: string, exact: string) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`not in the text: ${exact}`);
  return describeSelection(text, start, start + exact.length);
}

describe('anchorSelectors', () => {
  const saved = select(article, quote);

  it('finds an unchanged highlight at its old position', () => {
    const anchor = anchorSelectors(article, saved);
    expect(anchor).toEqual({ start: saved[1].start, end: saved[1].end, method: 'position' });
  });

  it('finds the quote when text was inserted before it', () => {
    const page = `Advertisement\n\nA new paragraph about something else entirely.\n\n${article}`;
    const anchor = anchorSelectors(page, saved);
    expect(anchor?.method).toBe('quote');
    expect(page.slice(anchor?.start, anchor?.end)).toBe(quote);
  });

  it('finds the quote with a word changed inside it, covering the changed word', () => {
    const edited = quote.replace('next spring', 'next summer');
    const page = article.replace(quote, edited);
    const anchor = anchorSelectors(page, saved);
    expect(anchor?.method).toBe('fuzzy');
    expect(page.slice(anchor?.start, anchor?.end)).toBe(edited);
  });

  it('finds the quote when its first word changed and text was inserted before', () => {
    const edited = quote.replace('Construction', 'Building work');
    const page = `Breaking: a late update.\n\n${article.replace(quote, edited)}`;
    const anchor = anchorSelectors(page, saved);
    expect(page.slice(anchor?.start, anchor?.end)).toBe(edited);
  });

  it('finds the quote when whitespace inside and around it changed', () => {
    const spaced = quote.replaceAll(' ', '  ').replace('begin next', 'begin\n\t next');
    const page = article.replace(quote, spaced).replaceAll('\n\n', '\n \n\n');
    const anchor = anchorSelectors(page, saved);
    expect(anchor?.method).toBe('quote');
    expect(page.slice(anchor?.start, anchor?.end)).toBe(spaced);
  });

  it('tells a repeated phrase apart by its context', () => {
    const phrase = 'the council said';
    const text =
      'On Monday the council said it would wait for the report. ' +
      'Residents were unhappy. On Friday the council said the vote would go ahead anyway.';
    const second = text.lastIndexOf(phrase);
    const savedSecond = describeSelection(text, second, second + phrase.length);
    const page = `Update: the story has changed.\n${text}`;
    const anchor = anchorSelectors(page, savedSecond);
    expect(anchor?.start).toBe(page.lastIndexOf(phrase));
    expect(anchor?.method).toBe('quote');
  });

  it('goes to the occurrence nearest the old position when the contexts are identical', () => {
    const block = 'Read more: the latest news from the city. ';
    const text = block.repeat(5);
    const third = block.length * 2 + 'Read more: '.length;
    const exact = 'the latest news';
    const saved3 = describeSelection(text, third, third + exact.length);
    const page = `X${text}`;
    expect(anchorSelectors(page, saved3)?.start).toBe(third + 1);
  });

  it('returns null when the quote was deleted', () => {
    const page = article.replace(`${quote}, according to the council's infrastructure office.`, '');
    expect(page).not.toContain('Construction is expected');
    expect(anchorSelectors(page, saved)).toBeNull();
  });

  it('does not slide onto the neighbouring sentence when a short quote is deleted', () => {
    const text =
      'He told reporters, “I think he’s had enough. I think everybody has had enough.” He added more.';
    const exact = 'I think everybody has had enough.”';
    const start = text.indexOf(exact);
    const savedShort = describeSelection(text, start, start + exact.length);
    expect(anchorSelectors(text.replace(exact, ''), savedShort)).toBeNull();
  });

  it('returns null rather than guess between two equally good fuzzy matches', () => {
    const sentence = 'The minister promised a decision on the new harbour bridge before the end of June.';
    const text = `Intro line one here. ${sentence} Closing words follow.`;
    const start = text.indexOf(sentence);
    const savedSentence = describeSelection(text, start, start + sentence.length);
    const a = sentence.replace('minister', 'ministry');
    const b = sentence.replace('June', 'July');
    const page = `Other text. ${a} Closing words follow.\n\nIntro line one here. ${b} More.`;
    expect(anchorSelectors(page, savedSentence)).toBeNull();
  });

  it('anchors many highlights against one prepared text', () => {
    const prepared = normalizeText(`Ad.\n\n${article}`);
    const anchor = anchorSelectors(prepared, saved);
    expect(prepared.original.slice(anchor?.start, anchor?.end)).toBe(quote);
  });

  it('ignores malformed selectors', () => {
    const broken = [
      { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 0 },
    ] as const;
    expect(anchorSelectors(article, [{ ...broken[0] }, { ...broken[1] }])).toBeNull();
    const noPosition = [saved[0]] as unknown as typeof saved;
    expect(
      article.slice(anchorSelectors(article, noPosition)?.start, anchorSelectors(article, noPosition)?.end),
    ).toBe(quote);
    expect(anchorSelectors(article, null as unknown as typeof saved)).toBeNull();
  });

  it('stays fast on a hostile 5 MB text with a 2,000-character quote', () => {
    const unit = 'aaaa bbbb aaaa bbbb ';
    const huge = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const exactText = `${unit.repeat(99)}aaaa bbbX aaaa bbbb`;
    const hostile = describeSelection(`zz ${exactText} zz`, 3, 3 + exactText.length);
    const began = performance.now();
    const anchor = anchorSelectors(huge, hostile);
    const elapsed = performance.now() - began;
    expect(anchor).toBeNull();
    expect(elapsed).toBeLessThan(10_000);

    const prose = (SAMPLE_ARTICLES.join('\n\n') + '\n\n').repeat(Math.ceil(5_000_000 / 10_000));
    const long = prose.slice(1_000, 3_000);
    const savedLong = describeSelection(prose, 1_000, 3_000);
    const t2 = performance.now();
    anchorSelectors(`${prose.slice(0, 500)}${prose.slice(600)}`, savedLong);
    expect(performance.now() - t2).toBeLessThan(10_000);
    expect(long.length).toBe(2_000);
  });
});
