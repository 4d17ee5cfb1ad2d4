// The one function, not the anchoring index: its fuzzy matcher is loaded only on pages that need it.
import { describeSelection } from '../../core/anchor/describe-selection.ts';
import { readArticle, type ArticleRead } from '../../core/article/index.ts';
// Not the reading's index: its plain form carries every language's lexicons, loaded here only when needed.
import { limits } from '../../core/reading/limits.ts';
import { pageMetadata } from '../../core/reading/scan-parts.ts';
import { sendToBackground } from '../../shared/messages.ts';
import type { Highlighter } from '../highlighter.ts';
import type { LazyShadowHost } from '../ui/shadow-host.ts';
import { hiddenByStyle } from '../hidden-by-style.ts';
import { yieldToPage } from '../main-thread.ts';
import type { ScanState } from '../scanner.ts';
import { CheckCard } from './check-card.ts';
import { observedScanState } from './observed-scan-state.ts';
import { SavedLayer } from './saved-layer.ts';
import { SelectionBar } from './selection-bar.ts';
import { selectionSpan } from './selection-span.ts';
import { articleSelection, looseSelection, refusal, type SelectionText } from './selection-text.ts';
import { inEditable, watchSelection } from './selection-watch.ts';

const notMapped =
  'This part of the page is not in its main text, so Counterclaim could not find it again later. You can still check it.';

interface Current {
  range: Range;
  selection: SelectionText;
}

const sameRange = (a: Range, b: Range) =>
  a.startContainer === b.startContainer &&
  a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer &&
  a.endOffset === b.endOffset;

/** Where to put UI for a range: by its last line, where the reader's pointer usually is. */
function rectOf(range: Range): DOMRect {
  const rects = range.getClientRects();
  return rects[rects.length - 1] ?? range.getBoundingClientRect();
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The reader's selections: a bar to check or save them, the card with a check's answer, and the saved
 * highlights of the page, found again after every reading of it.
 */
export class SelectionFeature {
  private readonly bar: SelectionBar;
  private readonly card: CheckCard;
  private readonly saved: SavedLayer;
  private current: Current | null = null;
  private loading: Promise<void> | null = null;
  private readonly stopWatching: () => void;

  /**
   * The page as last read, for the scanner to fill: each new reading also finds the saved highlights in it,
   * so they never wait for the background's report on the page's quotes.
   */
  readonly scanState: ScanState = observedScanState((article) => {
    this.afterRead(article).catch((error: unknown) => console.debug('Counterclaim:', error));
  });

  constructor(ui: LazyShadowHost, highlighter: Highlighter) {
    this.bar = new SelectionBar(ui, {
      onCheck: () => void this.check(this.bar.focused),
      onSave: () => void this.save(this.bar.focused),
    });
    this.card = new CheckCard(ui);
    this.saved = new SavedLayer(highlighter);
    this.stopWatching = watchSelection((event) => ui.holds(event), {
      onSettled: () => this.update(),
      onChanged: () => {
        const range = this.liveRange();
        if (this.current && (!range || !sameRange(range, this.current.range))) this.dismiss();
      },
      onPressOutside: () => this.card.hide(),
      onTab: () => {
        if (!this.bar.visible || this.bar.focused) return false;
        this.bar.focus();
        return true;
      },
      onEscape: () => {
        this.bar.hide();
        this.card.hide();
      },
    });
  }

  /** Saved highlights of this page: how many are known, and how many were not found at the last reading. */
  get savedStatus(): { saved: number; notFound: number } {
    return { saved: this.saved.total, notFound: this.saved.notFound };
  }

  private get state(): ScanState {
    return this.scanState;
  }

  /** After each reading of the page: list its saved highlights once, then find them all in the newest text. */
  private async afterRead(article: ArticleRead): Promise<void> {
    this.loading ??= this.load(article);
    await this.loading;
    // Its own task, so it never lengthens the task that read the page.
    await yieldToPage();
    if (this.state.article === article) await this.saved.anchor(article);
  }

  /** Checks the reader's current selection (context menu, keyboard shortcut); false when nothing is selected. */
  async checkCurrent(): Promise<boolean> {
    this.update();
    if (!this.current) return false;
    await this.check(true);
    return true;
  }

  /** A saved highlight was deleted: stop drawing it; false when this page did not have it. */
  forget(id: string): boolean {
    return this.saved.remove(id);
  }

  /** Removes the bar, the card and the saved highlights, and stops listening (the site was turned off). */
  stop(): void {
    this.stopWatching();
    this.dismiss();
    this.card.hide();
    this.saved.clear();
  }

  private async load(article: ArticleRead): Promise<void> {
    const { canonicalUrl } = pageMetadata(article, location.href, document.title);
    // The background answers for this tab's own page only: it takes the canonical URL when it is on the tab's site
    // (saved highlights are filed under it) and the tab's address otherwise.
    this.saved.setSaved(await sendToBackground('page-highlights', { url: canonicalUrl }).catch(() => []));
  }

  private liveRange(): Range | null {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    return selection.getRangeAt(0);
  }

  private dismiss(): void {
    this.current = null;
    this.bar.hide();
  }

  /** Reads the selection as it is now and shows or hides the bar for it. */
  private update(): void {
    const range = this.liveRange();
    if (!range || inEditable(range.commonAncestorContainer)) return this.dismiss();
    if (this.current && sameRange(range, this.current.range)) return;
    const selection = this.read(range);
    if (!selection) return this.dismiss();
    this.current = { range: range.cloneRange(), selection };
    this.bar.show(rectOf(range), refusal(selection));
  }

  private read(range: Range, article = this.state.article): SelectionText | null {
    const span = article ? selectionSpan(range, article.map) : null;
    if (article && span) return articleSelection(article.text, span.start, span.end);
    return looseSelection(range.toString());
  }

  private readPage(): ArticleRead {
    return readArticle(document, {
      url: location.href,
      maxChars: limits.articleChars,
      isHidden: hiddenByStyle,
    });
  }

  private async check(focus: boolean): Promise<void> {
    const current = this.current;
    if (!current) return;
    const rect = rectOf(current.range);
    this.bar.hide();
    const refused = refusal(current.selection);
    if (refused) return this.card.showMessage(refused, rect, focus);
    this.card.showMessage('Checking…', rect, focus);
    try {
      const { text, context } = current.selection;
      const page = pageMetadata(this.state.article ?? this.readPage(), location.href, document.title);
      const result = await sendToBackground('check-selection', { text, context, page });
      this.card.showResult(result, rect, focus);
    } catch (error) {
      this.card.showMessage(`Could not check this selection: ${errorText(error)}`, rect, focus);
    }
  }

  private async save(focus: boolean): Promise<void> {
    const current = this.current;
    if (!current) return;
    const rect = rectOf(current.range);
    this.bar.hide();
    let article = this.state.article;
    let selection: SelectionText | null = current.selection;
    if (!article || !selection.span) {
      // The page may have grown since it was read, or never been read: read it now before giving up.
      article = this.readPage();
      selection = this.read(current.range, article);
    }
    const span = selection?.span;
    if (!selection || !span) return this.card.showMessage(notMapped, rect, focus);
    const refused = refusal(selection);
    if (refused) return this.card.showMessage(refused, rect, focus);
    try {
      const selectors = describeSelection(article.text, span.start, span.end, limits.contextChars);
      const page = pageMetadata(article, location.href, document.title);
      const saved = await sendToBackground('save-selection', {
        text: selection.text,
        context: selection.context,
        page,
        selectors,
      });
      this.saved.add(saved, article.map, span);
      this.current = null;
      document.getSelection()?.removeAllRanges();
      this.card.showMessage('Saved. It is listed in the popup and on the options page.', rect, focus);
    } catch (error) {
      this.card.showMessage(`Could not save this selection: ${errorText(error)}`, rect, focus);
    }
  }
}
