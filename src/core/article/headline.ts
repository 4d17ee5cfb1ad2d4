import { cleanText, metaContent } from './meta-tags.ts';

/** Separators between a <title>'s sections ("Headline | Section | Site"). */
const TITLE_SEPARATORS = / [|–—·:] | - | :: /;

/** The page's visible headline: the first <h1> of two words or more that is not the site's name. */
function visibleHeadline(doc: Document, siteName: string | null): string | null {
  const h1s = doc.querySelectorAll('h1');
  for (let i = 0; i < h1s.length && i < 10; i++) {
    const text = cleanText(h1s[i]?.textContent);
    if (text === null || !text.includes(' ')) continue;
    if (siteName !== null && text.toLowerCase() === siteName.toLowerCase()) continue;
    return text;
  }
  return null;
}

/** The longest section of the <title> that is not the site's name. */
function titleHeadline(doc: Document, siteName: string | null): string | null {
  const title = cleanText(doc.querySelector('title')?.textContent);
  if (title === null) return null;
  let best: string | null = null;
  for (const part of title.split(TITLE_SEPARATORS)) {
    const s = part.trim();
    if (s === '' || (siteName !== null && s.toLowerCase() === siteName.toLowerCase())) continue;
    if (best === null || s.length > best.length) best = s;
  }
  return best ?? title;
}

/**
 * The article's headline: the JSON-LD headline, else (on an article) the visible <h1>, else og:title, else the
 * longest section of <title>. A section name in og:title or <title> ("Allergies Health Center") loses to the h1.
 */
export function readHeadline(
  doc: Document,
  ldHeadline: string | null,
  ldName: string | null,
  siteName: string | null,
  isArticle: boolean,
): string | null {
  return (
    ldHeadline ??
    (isArticle ? visibleHeadline(doc, siteName) : null) ??
    metaContent(doc, 'og:title', 'twitter:title') ??
    ldName ??
    titleHeadline(doc, siteName)
  );
}
