/** Elements whose content is never story text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'FIGCAPTION',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'LABEL',
  'DIALOG',
  'MENU',
  'H1',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** ARIA widget roles whose content is never story text. */
export const SKIP_ROLES: ReadonlySet<string> = new Set([
  'dialog',
  'alertdialog',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'form',
  'button',
  'figure',
  'img',
]);

/**
 * Landmark tags that usually hold page chrome, but that some pages wrap around everything (a form around the
 * whole page, a header around the story): weak evidence, like a class name.
 */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

/** Landmark roles that usually hold page chrome (and layout roles some pages put on the story's table). */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'presentation',
  'none',
]);

/** Class/id words (or adjacent word pairs, "pull-quote" → "pullquote") that always mean chrome. */
export const STRONG_WORDS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'adslot',
  'adunit',
  'adbox',
  'dfp',
  'sponsor',
  'sponsored',
  'promo',
  'promoted',
  'outbrain',
  'taboola',
  'comment',
  'comments',
  'disqus',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'cmp',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'paywall',
  'regwall',
  'share',
  'sharing',
  'sharebar',
  'social',
  'related',
  'recommended',
  'recirc',
  'embed',
  'tweet',
  'instagram',
  'tiktok',
  'youtube',
  'modal',
  'popup',
  'overlay',
  'toast',
  'sronly',
  'visuallyhidden',
  'offscreen',
  'pullquote',
  'caption',
  'credit',
  'credits',
  'byline',
  'printonly',
  'skiplink',
  'donate',
  'header',
  'footer',
  'masthead',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'toolbar',
]);

/**
 * Class/id words that usually mean chrome unless the same attribute also names the story; a block so named that
 * reads as prose (several paragraphs, few links) is kept.
 */
export const WEAK_WORDS: ReadonlySet<string> = new Set([
  'sidebar',
  'rail',
  'widget',
  'tags',
  'taglist',
  'trending',
  'popular',
  'mostread',
  'teaser',
  'teasers',
  'more',
  'meta',
  'author',
  'bio',
  'banner',
  'aside',
  'hidden',
]);

/** Words that turn a following weak word into a layout hint ("has-sidebar" on a page wrapper). */
export const LAYOUT_PREFIXES: ReadonlySet<string> = new Set(['has', 'with', 'no', 'without']);

/** Class/id words that name the story itself. */
export const POSITIVE_WORDS: ReadonlySet<string> = new Set([
  'article',
  'story',
  'body',
  'content',
  'main',
  'entry',
  'post',
  'text',
  'prose',
  'liveblog',
  'blog',
]);
