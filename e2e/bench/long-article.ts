import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The 1,500-word article that long pages are made of (`e2e/site/hostile/article.html`). */
const sourcePath = resolve(import.meta.dirname, '../site/hostile/article.html');

/** The story's paragraphs and subheads, one per line, as written in the article page. */
function storyLines(): string[] {
  const html = readFileSync(sourcePath, 'utf8');
  const body = html.slice(html.indexOf('<article>'), html.indexOf('</article>'));
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('<p>') || line.startsWith('<h2>'));
}

const wordsIn = (lines: string[]): number =>
  lines
    .join(' ')
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

/**
 * A long-read page of at least `words` words of real DOM text: the article's paragraphs, part after part, each
 * part rotated so that neighbouring parts do not start alike. Written at test time so the repository stays small.
 */
export function longArticleHtml(words = 20_000): { html: string; words: number } {
  const lines = storyLines();
  const perPart = wordsIn(lines);
  const parts = Math.ceil(words / perPart);
  const sections: string[] = [];
  for (let part = 0; part < parts; part++) {
    const shift = (part * 7) % lines.length;
    const rotated = [...lines.slice(shift), ...lines.slice(0, shift)];
    sections.push(`<section><h2>Part ${part + 1} of ${parts}</h2>\n${rotated.join('\n')}\n</section>`);
  }
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The long drought: a year on the estuary | The Saltmarsh Herald</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Saltmarsh Herald">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"The long drought: a year on the estuary","datePublished":"2025-09-01T06:00:00+01:00","author":{"@type":"Person","name":"Elin Marwood"},"publisher":{"@type":"Organization","name":"The Saltmarsh Herald"}}
</script>
<script src="counter.js"></script>
</head>
<body>
<header><a href="/">The Saltmarsh Herald</a> <button id="page-counter" type="button">Clicked 0</button></header>
<article>
<h1>The long drought: a year on the estuary</h1>
<p class="byline">By Elin Marwood</p>
${sections.join('\n')}
</article>
<footer><p>© 2025 The Saltmarsh Herald.</p></footer>
</body>
</html>
`;
  return { html, words: perPart * parts };
}
