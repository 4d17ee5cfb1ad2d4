import type { PageScan } from '../../core/reading/index.ts';
import {
  EXTRACT_MESSAGE,
  type ExtractAnswer,
  type ExtractRequest,
} from '../../shared/page-extraction/extracted-page.ts';

/** The offscreen page as the build lays it out (an HTML input of the Chrome build). */
export const OFFSCREEN_PATH = 'src/offscreen/index.html';

let creating: Promise<void> | null = null;

async function documentOpen(): Promise<boolean> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  return contexts.length > 0;
}

// Chrome allows one offscreen document per extension: concurrent callers share one creation.
async function ensureDocument(): Promise<void> {
  if (await documentOpen()) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chrome.offscreen.Reason.DOM_PARSER],
      justification: 'Read the article pages of the feeds the reader turned on, to find their quotes.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Whether this context can use Chrome's offscreen documents. */
export function offscreenAvailable(): boolean {
  return typeof chrome !== 'undefined' && typeof chrome.offscreen?.createDocument === 'function';
}

/** Extracts a page in Chrome's offscreen document (created on first use), over runtime messaging. */
export async function extractInOffscreen(html: string, url: string): Promise<PageScan> {
  await ensureDocument();
  const request: ExtractRequest = { target: 'offscreen', type: EXTRACT_MESSAGE, html, url };
  const answer = (await chrome.runtime.sendMessage(request)) as ExtractAnswer | undefined;
  if (!answer) throw new Error('the page reader did not answer');
  if (!answer.ok) throw new Error(answer.error);
  return answer.page;
}

/** Closes the offscreen document after a refresh, so its memory is given back. */
export async function closeOffscreen(): Promise<void> {
  if (!offscreenAvailable() || !(await documentOpen())) return;
  await chrome.offscreen.closeDocument().catch(() => undefined);
}
