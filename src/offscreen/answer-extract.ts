import { extractFromHtml } from '../shared/page-extraction/extract-from-html.ts';
import {
  EXTRACT_MESSAGE,
  type ExtractAnswer,
  type ExtractRequest,
} from '../shared/page-extraction/extracted-page.ts';

/** Whether a runtime message is a well-formed request for this document. */
export function isExtractRequest(message: unknown): message is ExtractRequest {
  if (!message || typeof message !== 'object') return false;
  const m = message as Partial<ExtractRequest>;
  return (
    m.target === 'offscreen' &&
    m.type === EXTRACT_MESSAGE &&
    typeof m.html === 'string' &&
    typeof m.url === 'string'
  );
}

/** Extracts one page and wraps the outcome so that an error reaches the background as words. */
export function answerExtract(request: ExtractRequest): ExtractAnswer {
  try {
    return { ok: true, page: extractFromHtml(request.html, request.url) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
