// Chrome's offscreen document: the DOM the service worker lacks. It answers the feed reader's requests to read
// an article page's HTML; it only has chrome.runtime, so it talks over runtime messaging.
import { answerExtract, isExtractRequest } from './answer-extract.ts';

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !isExtractRequest(message)) return undefined;
  sendResponse(answerExtract(message));
  return undefined;
});
