import type { ArticleRead } from '../../core/article/index.ts';
import { pageMetadata } from '../../core/reading/scan-parts.ts';
import { sendToBackground } from '../../shared/messages.ts';
import type { Highlighter } from '../highlighter.ts';
import type { LazyShadowHost } from '../ui/shadow-host.ts';
import { yieldToPage } from '../main-thread.ts';
import type { ScanState } from '../scanner.ts';
import { observedScanState } from './observed-scan-state.ts';
import { SavedLayer } from './saved-layer.ts';
import type { SelectionTools } from './selection-tools.ts';
import { watchSelection } from './selection-watch.ts';

/** Whether the page has a selection of some text (the tools' own check, without loading them). */
function hasSelection(): boolean {
  const selection = document.getSelection();
  return selection !== null && selection.rangeCount > 0 && !selection.isCollapsed;
}

/**
 * The reader's selections: the saved highlights of the page, found again after every reading of it, and the
 * tools to check or save a selection (a bar, a card), loaded with the first selection.
 */
export class SelectionFeature {
  private readonly saved: SavedLayer;
  private tools: SelectionTools | null = null;
  private loadingTools: Promise<SelectionTools> | null = null;
  private loading: Promise<void> | null = null;
  private readonly stopWatching: () => void;

  /**
   * The page as last read, for the scanner to fill: each new reading also finds the saved highlights in it,
   * so they never wait for the background's report on the page's quotes.
   */
  readonly scanState: ScanState = observedScanState((article) => {
    this.afterRead(article).catch((error: unknown) => console.debug('Counterclaim:', error));
  });

  constructor(
    private readonly ui: LazyShadowHost,
    highlighter: Highlighter,
  ) {
    this.saved = new SavedLayer(highlighter);
    this.stopWatching = watchSelection((event) => ui.holds(event), {
      onSettled: () => {
        if (this.tools) this.tools.update();
        else if (hasSelection())
          this.loadTools()
            .then((tools) => tools.update())
            .catch((error: unknown) => console.debug('Counterclaim:', error));
      },
      onChanged: () => this.tools?.changed(),
      onPressOutside: () => this.tools?.pressedOutside(),
      onTab: () => this.tools?.tab() ?? false,
      onEscape: () => this.tools?.escape(),
    });
  }

  /** Saved highlights of this page: how many are known, and how many were not found at the last reading. */
  get savedStatus(): { saved: number; notFound: number } {
    return { saved: this.saved.total, notFound: this.saved.notFound };
  }

  /** Checks the reader's current selection (context menu, keyboard shortcut); false when nothing is selected. */
  async checkCurrent(): Promise<boolean> {
    if (!this.tools && !hasSelection()) return false;
    return (await this.loadTools()).checkCurrent();
  }

  /** A saved highlight was deleted: stop drawing it; false when this page did not have it. */
  forget(id: string): boolean {
    return this.saved.remove(id);
  }

  /** Removes the bar, the card and the saved highlights, and stops listening (the site was turned off). */
  stop(): void {
    this.stopWatching();
    this.tools?.stop();
    this.saved.clear();
  }

  private loadTools(): Promise<SelectionTools> {
    this.loadingTools ??= import('./selection-tools.ts').then(({ SelectionTools }) => {
      this.tools = new SelectionTools(this.ui, this.saved, this.scanState);
      return this.tools;
    });
    return this.loadingTools;
  }

  /** After each reading of the page: list its saved highlights once, then find them all in the newest text. */
  private async afterRead(article: ArticleRead): Promise<void> {
    this.loading ??= this.load(article);
    await this.loading;
    // Its own task, so it never lengthens the task that read the page.
    await yieldToPage();
    if (this.scanState.article === article) await this.saved.anchor(article);
  }

  private async load(article: ArticleRead): Promise<void> {
    const { canonicalUrl } = pageMetadata(article, location.href, document.title);
    // The background answers for this tab's own page only: it takes the canonical URL when it is on the tab's site
    // (saved highlights are filed under it) and the tab's address otherwise.
    this.saved.setSaved(await sendToBackground('page-highlights', { url: canonicalUrl }).catch(() => []));
  }
}
