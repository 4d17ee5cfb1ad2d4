import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  it('turns block elements into paragraphs and inline ones into running text', () => {
    const html =
      '<h2>Talks</h2><p>“No deal,” the <b>authority</b> said.</p><ul><li>one</li><li>two</li></ul>tail';
    expect(htmlToText(html)).toEqual({
      text: 'Talks\n\n“No deal,” the authority said.\n\none\n\ntwo\n\ntail',
      paragraphs: ['Talks', '“No deal,” the authority said.', 'one', 'two', 'tail'],
    });
  });

  it('decodes entities, named and numeric, and leaves a lone "<" and "&" alone', () => {
    expect(htmlToText('<p>AT&amp;T &mdash; &#8220;up&#x201D; &nbsp;x < y & z &bogus;</p>').text).toBe(
      'AT&T — “up” x < y & z &bogus;',
    );
  });

  it('drops scripts, styles, comments and head content, whatever their case', () => {
    const html =
      '<head><title>T</title></head><STYLE>p{}</STYLE><p>a<script>var s="</p>";</SCRIPT>b</p><!-- hidden --><p>c</p>';
    expect(htmlToText(html).paragraphs).toEqual(['ab', 'c']);
  });

  it('breaks paragraphs on a double <br> and joins on a single one', () => {
    expect(htmlToText('one<br>two<br/>\n<br>three').paragraphs).toEqual(['one two', 'three']);
  });

  it('reads attributes holding ">" without leaking them into the text', () => {
    expect(htmlToText('<a title="a > b" href="x">link</a> text').text).toBe('link text');
  });

  it('caps its output', () => {
    const out = htmlToText('<p>word word</p>'.repeat(10_000), {
      maxInputChars: 1_000_000,
      maxOutputChars: 1000,
      maxParagraphs: 50,
    });
    expect(out.paragraphs).toHaveLength(50);
    const long = htmlToText(`<p>${'x'.repeat(5000)}</p>`, {
      maxInputChars: 10_000,
      maxOutputChars: 1000,
      maxParagraphs: 50,
    });
    expect(long.text.length).toBe(1000);
  });

  it('stays linear on hostile markup', () => {
    const hostile = [
      '<'.repeat(1_000_000),
      '<a '.repeat(300_000),
      `<script>${'</scrip'.repeat(200_000)}`,
      '<a title="'.repeat(200_000),
      '&'.repeat(1_000_000),
      '<!--'.repeat(300_000),
    ];
    const start = performance.now();
    for (const html of hostile) htmlToText(html);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
