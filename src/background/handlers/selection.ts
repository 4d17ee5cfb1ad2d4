import type { Claim } from '../../core/claims/index.ts';
import { selectionClaim as claimOfSelection } from '../../core/reading/index.ts';
import type { Runtime } from '../../shared/browser.ts';
import type { CheckResult, SavedHighlight } from '../../shared/data-views.ts';
import type { PageMetadata } from '../../shared/page-scan.ts';
import type { RequestOf } from '../../shared/protocol.ts';
import type { Settings } from '../../shared/settings.ts';
import { loadSettings } from '../../shared/settings-storage.ts';
import { claimStore } from '../store-instance.ts';
import { acceptedCanonical, isPrivateSender, senderPageUrl, trustedPage } from '../page-identity.ts';
import { relatedInStore } from '../related/find-related.ts';
import { claimSource } from '../sources.ts';

const privateRefusal =
  'Counterclaim does not read private windows unless you turn that on in its options, so nothing was checked or kept.';

/** The settings, unless the sender is a private window the reader did not ask to read. */
async function settingsFor(sender: Runtime.MessageSender): Promise<Settings> {
  const { settings } = await loadSettings();
  if (isPrivateSender(sender) && !settings.readPrivateWindows) throw new Error(privateRefusal);
  return settings;
}

function selectionClaim(
  text: string,
  around: string,
  page: PageMetadata,
  selectors?: Claim['selectors'],
): Claim {
  return claimOfSelection(
    { text, around, ...(selectors ? { selectors } : {}) },
    claimSource(page),
    Date.now(),
  );
}

/** Checks a reader's selection against the store: conflicting and agreeing claims from other pages. */
export async function onCheckSelection(
  { text, context: around, page }: RequestOf<'check-selection'>,
  sender: Runtime.MessageSender,
): Promise<CheckResult> {
  const settings = await settingsFor(sender);
  const claim = selectionClaim(text, around, trustedPage(settings, sender, page));
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

/** Keeps a reader's selection as a claim of origin `selection`, filed under the sender's own page. */
export async function onSaveSelection(
  { text, context: around, page, selectors }: RequestOf<'save-selection'>,
  sender: Runtime.MessageSender,
): Promise<SavedHighlight> {
  const settings = await settingsFor(sender);
  const claim = selectionClaim(
    text,
    around,
    trustedPage(settings, sender, page),
    selectors,
  ) as SavedHighlight;
  await claimStore.importClaims([claim]);
  return claim;
}

/**
 * The reader's saved highlights for the sender's own page, to draw them again: looked up by the canonical URL the
 * page names only when it is on the sender's site, else by the sender's address. A private window gets none.
 */
export async function onPageHighlights(
  { url }: RequestOf<'page-highlights'>,
  sender: Runtime.MessageSender,
): Promise<SavedHighlight[]> {
  const { settings } = await loadSettings();
  if (isPrivateSender(sender) && !settings.readPrivateWindows) return [];
  const page = acceptedCanonical(senderPageUrl(sender), url);
  return (await claimStore.highlights(page)) as SavedHighlight[];
}
