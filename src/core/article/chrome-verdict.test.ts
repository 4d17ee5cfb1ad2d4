import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isNameShaped } from './byline.ts';
import { readArticle } from './index.ts';

const para = (n: number, words = 'the council said the plan would go ahead next year despite the cost') =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i}: ${words}, and residents were told to expect delays.</p>`,
  ).join('');

function read(body: string): string {
  const { document } = parseHTML(
    `<html><head><meta property="og:type" content="article"></head><body>${body}</body></html>`,
  );
  return readArticle(document as unknown as Document).text;
}

describe('chrome by what it holds', () => {
  it('keeps a chrome-named block that holds most of the text', () => {
    for (const name of ['class="share-tools"', 'id="comments-wrapper"', 'class="row site_header"']) {
      const text = read(`<div ${name}><h2>Story</h2>${para(6)}</div><div class="related"><p>Other</p></div>`);
      expect(text, name).toContain('Paragraph 5');
      expect(text, name).not.toContain('Other');
    }
  });

  it('keeps a weakly named block that reads as prose, drops one that does not', () => {
    const text = read(
      `<div class="body">${para(5)}</div><div id="read-more">${para(3, 'the second half of the story carries on with what the minister said afterwards')}</div>` +
        `<div class="sidebar"><p>Most read</p><p><a href="/x">A link</a></p></div>`,
    );
    expect(text).toContain('the second half of the story');
    expect(text).not.toContain('Most read');
  });

  it('still drops small chrome inside the story', () => {
    const text = read(
      `<div class="share-wrap">${para(6)}<div class="share-bar"><p>Share this</p></div></div>`,
    );
    expect(text).toContain('Paragraph 5');
    expect(text).not.toContain('Share this');
  });

  it('stops before a feed of other stories, however long', () => {
    const teasers = Array.from(
      { length: 20 },
      (_, i) =>
        `<div><h3><a href="/s/${i}">Other story ${i}</a></h3><p>Teaser ${i} of another story that goes on long enough to be a paragraph of text here.</p></div>`,
    ).join('');
    const text = read(`<main><div>${para(5)}</div><div>${teasers}</div></main>`);
    expect(text).toContain('Paragraph 4');
    expect(text).not.toContain('Teaser');
    expect(text).not.toContain('Other story');
  });
});

describe('author names', () => {
  it('takes names, not sentences or job titles', () => {
    for (const name of [
      "Sam O'Connell",
      'Lúcia Ferraz',
      'Ana de la Cruz',
      'J. K. Rowling',
      'Reuters',
      'محمد الأحمد',
    ])
      expect(isNameShaped(name), name).toBe(true);
    for (const junk of ['substantive', 'civil conversation. Abusive', 'Updated 3 hours ago', 'and more', ''])
      expect(isNameShaped(junk), junk).toBe(false);
  });
});
