import { describe, expect, it } from 'vitest';
import { articleSelection, looseSelection, refusal, trimSpan } from './selection-text.ts';

const article = 'First paragraph here.\n\nTrump said talks would start. The Kremlin disagreed.\n\nLast one.';

describe('articleSelection', () => {
  it('takes the selected text verbatim and its paragraph as context', () => {
    const start = article.indexOf('talks');
    const end = article.indexOf(' The Kremlin');
    const selection = articleSelection(article, start, end);
    expect(selection).toEqual({
      text: 'talks would start.',
      context: 'Trump said talks would start. The Kremlin disagreed.',
      span: { start, end },
    });
  });

  it('drops the paragraph break a triple click takes, and keeps every paragraph a long selection spans', () => {
    const start = article.indexOf('Trump');
    const end = article.indexOf('Last');
    const selection = articleSelection(article, start, end);
    expect(selection?.text).toBe('Trump said talks would start. The Kremlin disagreed.');
    const across = articleSelection(article, 6, article.indexOf(' The Kremlin'));
    expect(across?.text).toBe('paragraph here.\n\nTrump said talks would start.');
    expect(across?.context).toContain(across?.text);
    expect(across?.context.startsWith('First')).toBe(true);
  });

  it('is null for a selection of whitespace only', () => {
    const gap = article.indexOf('\n\n');
    expect(articleSelection(article, gap, gap + 2)).toBeNull();
    expect(trimSpan(' \n ', 0, 3)).toBeNull();
  });

  it('caps the context at 2,000 characters each side, always holding the text', () => {
    const long = `${'a'.repeat(5_000)} target ${'b'.repeat(5_000)}`;
    const start = long.indexOf('target');
    const selection = articleSelection(long, start, start + 6);
    expect(selection?.context.length).toBeLessThanOrEqual(6_000);
    expect(selection?.context).toContain('target');
  });
});

describe('looseSelection and refusal', () => {
  it('collapses whitespace of a selection outside the article text', () => {
    expect(looseSelection('  Menu\n\t Home  ')).toEqual({
      text: 'Menu Home',
      context: 'Menu Home',
      span: null,
    });
    expect(looseSelection(' \n ')).toBeNull();
  });

  it('refuses selections over 2,000 characters with a message saying so', () => {
    expect(refusal({ text: 'x'.repeat(2_000), context: '', span: null })).toBeNull();
    expect(refusal({ text: 'x'.repeat(2_001), context: '', span: null })).toMatch(
      /more than 2,000 characters/,
    );
  });

  it('stays fast on a hostile, huge selection', () => {
    const started = performance.now();
    const selection = looseSelection(' \t'.repeat(2_000_000) + 'x');
    expect(performance.now() - started).toBeLessThan(500);
    expect(selection).toBeNull();
  });
});
