import { describeSelection } from '../../core/anchor/describe-selection.ts';
import { readArticle, type ArticleRead } from '../../core/article/index.ts';
// Not the reading's index: its plain form carries every language's lexicons, loaded here only when needed.
import { limits } from '../../core/reading/limits.ts';
import { pageMetadata } from '../../core/reading/scan-parts.ts';
import { sendToBackground } from '../../shared/messages.ts';
import { hiddenByStyle } from '../hidden-by-style.ts';
import type { ScanState } from '../scanner.ts';
import type { LazyShadowHost } from '../ui/shadow-host.ts';
import { CheckCard } from './check-card.ts';
import type { SavedLayer } from './saved-layer.ts';
import { SelectionBar } from './selection-bar.ts';
import { selectionSpan } from './selection-span.ts';
import { articleSelection, looseSelection, refusal, type SelectionText } from './selection-text.ts';
import { inEditable } from './selection-watch.ts';

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

/** The reader's current selection as the page has it, or null when nothing is selected. */
export function liveRange(): Range | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return selection.getRangeAt(0);
}

/**
 * The bar to check or save the reader's selection and the card with a check's answer: a module loaded with the
 * reader's first selection, so a page nobody selects text on never compiles it.
 */
export class SelectionTools {
  private readonly bar: SelectionBar;
  private readonly card: CheckCard;
  private current: Current | null = null;

  constructor(
    ui: LazyShadowHost,
    private readonly saved: SavedLayer,
    private readonly state: ScanState,
  ) {
    this.bar = new SelectionBar(ui, {
      onCheck: () => void this.check(this.bar.focused),
      onSave: () => void this.save(this.bar.focused),
    });
    this.card = new CheckCard(ui);
  }

  /** The selection changed or went: the bar for the old one goes. */
  changed(): void {
    const range = liveRange();
    if (this.current && (!range || !sameRange(range, this.current.range))) this.dismiss();
  }

  /** The reader pressed the mouse on the page, outside our UI. */
  pressedOutside(): void {
    this.card.hide();
  }

  /** Tab on the page: into the bar when it shows and is not focused yet; false when not taken. */
  tab(): boolean {
    if (!this.bar.visible || this.bar.focused) return false;
    this.bar.focus();
    return true;
  }

  /** Escape on the page: the bar and the card go. */
  escape(): void {
    this.bar.hide();
    this.card.hide();
  }

  /** Checks the reader's current selection (context menu, keyboard shortcut); false when nothing is selected. */
  async checkCurrent(): Promise<boolean> {
    this.update();
    if (!this.current) return false;
    await this.check(true);
    return true;
  }

  /** Removes the bar and the card (the site was turned off). */
  stop(): void {
    this.dismiss();
    this.card.hide();
  }

  /** Reads the selection as it is now and shows or hides the bar for it. */
  update(): void {
    const range = liveRange();
    if (!range || inEditable(range.commonAncestorContainer)) return this.dismiss();
    if (this.current && sameRange(range, this.current.range)) return;
    const selection = this.read(range);
    if (!selection) return this.dismiss();
    this.current = { range: range.cloneRange(), selection };
    this.bar.show(rectOf(range), refusal(selection));
  }

  private dismiss(): void {
    this.current = null;
    this.bar.hide();
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
