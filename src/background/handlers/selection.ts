import * as v from 'valibot';
import type { Claim } from '../../core/claims/claim.ts';
import { makeClaim } from '../../core/claims/make-claim.ts';
import { extractQuotes } from '../../core/quotes/index.ts';
import type { Runtime } from '../../shared/browser.ts';
import type { CheckResult, SavedHighlight } from '../../shared/data-views.ts';
import { limits } from '../../shared/limits.ts';
import { pageMetadataSchema, type PageMetadata } from '../../shared/page-scan.ts';
import type { Settings } from '../../shared/settings.ts';
import { loadSettings } from '../../shared/settings-storage.ts';
import { claimStore } from '../claim-store.ts';
import { relatedInStore } from '../related/find-related.ts';
import { senderTabId } from '../senders.ts';
import { claimSource } from '../sources.ts';
import { validate } from '../validate.ts';

const selectionText = v.pipe(
  v.string(),
  v.minLength(1, 'the selection is empty'),
  v.maxLength(
    limits.selectionChars,
    `selections of more than ${limits.selectionChars} characters cannot be checked or saved`,
  ),
);
const context = v.pipe(v.string(), v.maxLength(limits.selectionChars * 3));
const checkSchema = v.object({ text: selectionText, context, page: pageMetadataSchema });
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const saveSchema = v.object({
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

/** The speaker of the quote in the surrounding sentences that holds the selection, when there is one. */
function guessSpeaker(text: string, around: string): Claim['speaker'] {
  const at = around.indexOf(text);
  if (at < 0) return null;
  const quote = extractQuotes(around).find((q) => q.start < at + text.length && q.end > at);
  return quote && quote.speaker.kind !== 'unknown'
    ? { name: quote.speaker.name, kind: quote.speaker.kind }
    : null;
}

function selectionClaim(
  settings: Settings,
  text: string,
  around: string,
  page: PageMetadata,
  selectors?: Claim['selectors'],
): Claim {
  return makeClaim(
    {
      text: text.replace(/\s+/g, ' ').trim(),
      speaker: guessSpeaker(text, around),
      cue: null,
      kind: 'statement',
      source: claimSource(settings, page),
      origin: 'selection',
      ...(selectors ? { selectors } : {}),
    },
    Date.now(),
  );
}

/** Checks a reader's selection against the store: conflicting and agreeing claims from other pages. */
export async function onCheckSelection(
  payload: unknown,
  sender: Runtime.MessageSender,
): Promise<CheckResult> {
  senderTabId(sender);
  const { text, context: around, page } = validate(checkSchema, payload, 'check');
  const { settings } = await loadSettings();
  const claim = selectionClaim(settings, text, around, page);
  // Counted, not read: the page's own claims are only subtracted from the total.
  const [related, ownClaims, total] = await Promise.all([
    relatedInStore(claimStore, settings, claim),
    claimStore.countForUrl(claim.source.url),
    claimStore.count(),
  ]);
  return {
    speaker: claim.speaker?.name ?? null,
    conflicts: related.conflicts,
    agreeing: related.agreeing,
    otherSourceClaims: Math.max(0, total - ownClaims),
  };
}

/** Keeps a reader's selection as a claim of origin `selection`, with the selectors that find it again. */
export async function onSaveSelection(
  payload: unknown,
  sender: Runtime.MessageSender,
): Promise<SavedHighlight> {
  senderTabId(sender);
  const { text, context: around, page, selectors } = validate(saveSchema, payload, 'save');
  const { settings } = await loadSettings();
  const claim = selectionClaim(settings, text, around, page, selectors) as SavedHighlight;
  await claimStore.importClaims([claim]);
  return claim;
}

const pageSchema = v.object({ url: v.pipe(v.string(), v.maxLength(limits.urlChars)) });

/** The reader's saved highlights for a page, to draw them again when it is revisited. */
export async function onPageHighlights(
  payload: unknown,
  sender: Runtime.MessageSender,
): Promise<SavedHighlight[]> {
  senderTabId(sender);
  const { url } = validate(pageSchema, payload, 'highlights request');
  return (await claimStore.highlights(url)) as SavedHighlight[];
}
