import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { attributeWords, isHidden, isSkipped } from './exclusion.ts';

function el(html: string): Element {
  const found = parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild;
  if (found === null) throw new Error('no element');
  return found as unknown as Element;
}

describe('exclusion', () => {
  it('splits class names into words', () => {
    expect(attributeWords('story-body adSlot js_share')).toEqual([
      'story',
      'body',
      'ad',
      'slot',
      'js',
      'share',
    ]);
  });

  it('skips chrome by tag, role, class and id', () => {
    for (const html of [
      '<nav>x</nav>',
      '<div role="navigation">x</div>',
      '<div class="ad-container">x</div>',
      '<div id="comments">x</div>',
      '<aside class="pull-quote">x</aside>',
      '<div class="cookie-banner">x</div>',
      '<div class="article-header">x</div>',
      '<div class="sidebar">x</div>',
      '<amp-ad>x</amp-ad>',
      '<figure><img alt=""><figcaption>x</figcaption></figure>',
    ]) {
      expect(isSkipped(el(html)), html).toBe(true);
    }
  });

  it('keeps story containers that merely mention layout', () => {
    for (const html of [
      '<div class="layout has-sidebar">x</div>',
      '<div class="story-sidebar-aware article-content">x</div>',
      '<article class="comments-enabled">x</article>',
      '<figure><blockquote>x</blockquote></figure>',
      '<p class="lead">x</p>',
    ]) {
      expect(isSkipped(el(html)), html).toBe(false);
    }
  });

  it('detects hidden markup', () => {
    expect(isHidden(el('<p hidden>x</p>'))).toBe(true);
    expect(isHidden(el('<p aria-hidden="true">x</p>'))).toBe(true);
    expect(isHidden(el('<p style="color: red; display: none">x</p>'))).toBe(true);
    expect(isHidden(el('<p style="visibility:hidden">x</p>'))).toBe(true);
    expect(isHidden(el('<p style="display:block">x</p>'))).toBe(false);
  });
});
