import type { PageScan } from '../../core/reading/index.ts';

/** The message the background sends the offscreen document, and its answer. */
export const EXTRACT_MESSAGE = 'offscreen:extract-page';

/** Request to extract an article from HTML in the offscreen document. */
export interface ExtractRequest {
  target: 'offscreen';
  type: typeof EXTRACT_MESSAGE;
  html: string;
  url: string;
}

/** The offscreen document's answer: the page, or an error in words. */
export type ExtractAnswer = { ok: true; page: PageScan } | { ok: false; error: string };
