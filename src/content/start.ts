import { sendToBackground } from '../shared/messages.ts';
import { isSiteDisabled } from '../shared/settings.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings-storage.ts';
import { answerMessages } from './content-messages.ts';
import { quoteHighlightName } from './highlight-styles.ts';
import { Highlighter } from './highlighter.ts';
import { showCardsOnHover } from './hover.ts';
import { whenIdle } from './main-thread.ts';
import { QuoteLayer } from './quote-layer.ts';
import { announceScanning, scanPage, type ScanState } from './scanner.ts';
import { SelectionFeature } from './selection/selection-feature.ts';
import { selectionMessageHandlers } from './selection/selection-messages.ts';
import { QuoteCard } from './ui/quote-card.ts';
import { OverlayMarks } from './ui/overlay-marks.ts';
import { LazyShadowHost } from './ui/shadow-host.ts';
import { uiCss } from './ui/ui-styles.ts';
import { watchPage } from './watch-page.ts';

/** How often to check that the page has not cleared our highlights from `CSS.highlights`. */
const restoreEveryMs = 2_000;

/** Starts Counterclaim on a page: unless the site is turned off, reads it, highlights quotes and listens. */
export async function startContent(): Promise<void> {
  // Frames are not articles; reading them would only multiply the cost to the page.
  if (window.top !== window) return;
  let { settings } = await loadSettings();
  if (isSiteDisabled(settings, location.href)) {
    await sendToBackground('page-status', { status: 'disabled', url: location.href }).catch(() => null);
    return;
  }
  const ui = new LazyShadowHost(uiCss);
  // The host is made with the first drawing of the page's quotes, found or not, never when the first mark is shown:
  // a host that appeared only with a disputed or saved mark would tell the page what the store holds.
  const overlay = new OverlayMarks(ui, settings.highlightColor);
  const highlighter = new Highlighter(overlay);
  const card = new QuoteCard(ui);
  const layer = new QuoteLayer(highlighter, card);
  highlighter.setVisible(settings.highlights);
  const selection = new SelectionFeature(ui, highlighter);
  // Each reading of the page lands here; saved highlights are found in it without waiting for the report.
  const state: ScanState = selection.scanState;
  answerMessages(layer, highlighter, selectionMessageHandlers(selection));

  // Readings run one after another, each announced first so the popup never shows a stale report.
  let scanning: Promise<void> = Promise.resolve();
  const queue = (work: () => Promise<void>) => {
    scanning = scanning.then(work).catch((error: unknown) => console.debug('Counterclaim:', error));
  };
  const rescan = () =>
    queue(async () => {
      await announceScanning();
      await scanPage(layer, state);
    });
  // The first reading is announced at once, not after the page goes idle: until then the tab would still
  // show the previous page's report.
  void announceScanning();
  await whenIdle();
  queue(() => scanPage(layer, state));
  const isOurs = (node: Node) =>
    ui.isHost(node) ||
    (node instanceof Element && node.tagName === 'MARK' && node.className === quoteHighlightName);
  const stopWatching = watchPage(
    () => rescan(),
    isOurs,
    () => state.article !== null && state.article.text === '',
  );
  const stopHover = showCardsOnHover(layer, card);
  const restorer = setInterval(() => highlighter.restore(), restoreEveryMs);

  onSettingsChanged((read) => {
    settings = read.settings;
    overlay.setSavedColor(settings.highlightColor);
    highlighter.setVisible(settings.highlights);
    if (isSiteDisabled(settings, location.href)) {
      stopWatching();
      stopHover();
      clearInterval(restorer);
      layer.clear();
      selection.stop();
      overlay.stop();
      void sendToBackground('page-status', { status: 'disabled', url: location.href }).catch(() => null);
    }
  });
}
