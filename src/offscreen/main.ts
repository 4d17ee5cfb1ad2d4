// Chrome's offscreen document: the DOM the service worker lacks. It answers the feed reader's requests to read
// an article page's HTML; it only has chrome.runtime, so it talks over runtime messaging. The reading itself
// runs in a worker, since this document shares its thread with the popup and the options page.
import { answerExtract, isExtractRequest } from './answer-extract.ts';
import { PageReader } from './page-reader.ts';

/** A page that takes longer than this is given up (a hostile page must not hold the refresh for ever). */
const PAGE_TIMEOUT_MS = 15_000;

const reader = new PageReader({
  startWorker: () => new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' }),
  // Yield first, so that a popup's work already queued on this thread runs before the parse.
  inPlace: (request) => new Promise((resolve) => setTimeout(() => resolve(answerExtract(request)), 0)),
  timeoutMs: PAGE_TIMEOUT_MS,
});

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !isExtractRequest(message)) return undefined;
  void reader.read(message).then(sendResponse);
  // The answer comes later, from the worker: keep the channel open.
  return true;
});
