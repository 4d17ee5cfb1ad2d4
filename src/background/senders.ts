import { browser, type Runtime } from '../shared/browser.ts';
import type { SenderKind } from '../shared/protocol.ts';

function extensionOrigin(): string {
  return new URL(browser.runtime.getURL('/')).origin;
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/**
 * What kind of sender a message came from: one of Counterclaim's own pages (its URL is on the extension's
 * origin), a content script in a web page's tab (a tab, an http(s) URL), or neither.
 */
export function senderKind(sender: Runtime.MessageSender): SenderKind | null {
  const origin = originOf(sender.url);
  if (origin !== null && origin === extensionOrigin()) return 'extension-page';
  const tabId = sender.tab?.id;
  const isPage = /^https?:\/\//i.test(sender.url ?? sender.tab?.url ?? '');
  return typeof tabId === 'number' && tabId >= 0 && isPage ? 'tab' : null;
}

const refusals: Record<SenderKind, string> = {
  tab: 'this message is only accepted from a page',
  'extension-page': "this message is only accepted from Counterclaim's own pages",
};

/** Throws unless the message came from the kind of sender the protocol names for it. */
export function requireSender(sender: Runtime.MessageSender, kind: SenderKind): void {
  if (senderKind(sender) !== kind) throw new Error(refusals[kind]);
}

/** The tab a content-script message came from (the router has checked that it came from one). */
export function senderTabId(sender: Runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number' || id < 0) throw new Error(refusals.tab);
  return id;
}
