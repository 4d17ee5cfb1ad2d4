import { browser, type Runtime } from '../shared/browser.ts';

/** The tab a content-script message came from; throws for messages that did not come from a tab. */
export function senderTabId(sender: Runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number' || id < 0) throw new Error('this message is only accepted from a page');
  return id;
}

/** Throws unless the message came from one of the extension's own pages (popup, options). */
export function requireExtensionPage(sender: Runtime.MessageSender): void {
  const origin = new URL(browser.runtime.getURL('/')).origin;
  if (!sender.url || new URL(sender.url).origin !== origin) {
    throw new Error("this message is only accepted from Counterclaim's own pages");
  }
}
