import * as v from 'valibot';
import { limits } from './limits.ts';
import { pageMetadataSchema } from './page-scan.ts';

// The shapes of the requests to the background, one per message; `protocol.ts` pairs each with its senders.

/** A request that carries nothing. */
export const emptyRequest = v.strictObject({});

/** A tab's reading is starting, its site is turned off, or the page's script could not read it. */
export const pageStatusRequest = v.object({
  status: v.picklist(['scanning', 'disabled', 'error']),
  url: v.pipe(v.string(), v.maxLength(limits.urlChars)),
});

/** The popup asks for one tab's report. */
export const tabReportRequest = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

const selectionText = v.pipe(
  v.string(),
  v.minLength(1, 'the selection is empty'),
  v.maxLength(
    limits.selectionChars,
    `selections of more than ${limits.selectionChars} characters cannot be checked or saved`,
  ),
);
const context = v.pipe(v.string(), v.maxLength(limits.selectionChars * 3));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A reader's selection to check against the store. */
export const checkSelectionRequest = v.object({ text: selectionText, context, page: pageMetadataSchema });

/** A reader's selection to keep, with the selectors that find it again. */
export const saveSelectionRequest = v.object({
  text: selectionText,
  context,
  page: pageMetadataSchema,
  selectors: v.tuple([
    v.object({
      type: v.literal('TextQuoteSelector'),
      exact: selectionText,
      prefix: v.pipe(v.string(), v.maxLength(limits.contextChars)),
      suffix: v.pipe(v.string(), v.maxLength(limits.contextChars)),
    }),
    v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  ]),
});

/**
 * The page's own canonical URL, as the tab read it: the background uses it only when it is on the sender's
 * site, and the sender's address otherwise.
 */
export const pageHighlightsRequest = v.object({ url: v.pipe(v.string(), v.maxLength(limits.urlChars)) });

/** The options page lists saved highlights. */
export const listSavedRequest = v.object({
  query: v.pipe(v.string(), v.maxLength(500)),
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5_000)),
});

/** One claim to delete. */
export const deleteClaimRequest = v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) });

/** One page of the export. */
export const exportClaimsRequest = v.object({
  cursor: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5_000)),
});

/** A file to import. */
export const importClaimsRequest = v.object({
  name: v.pipe(v.string(), v.maxLength(500)),
  text: v.pipe(
    v.string(),
    v.maxLength(limits.importChars, `files over ${limits.importChars / 1024 / 1024} MB cannot be imported`),
  ),
});
