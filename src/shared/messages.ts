import { browser, type Runtime } from './browser.ts';
import { errorResult, type Result } from './result.ts';
import type { BackgroundMessages } from './protocol.ts';

export type { BackgroundMessages };

/** Messages to a tab's content script. */
export interface ContentMessages {
  /** Popup → content script: scroll to a quote and flash its highlight; false when it is not on the page. */
  'reveal-quote': { request: { index: number }; response: boolean };
  /** Popup → content script: show or hide Counterclaim's highlights on the page. */
  'set-highlights': { request: { visible: boolean }; response: boolean };
  /** Background → content script: check the reader's current selection (context menu, keyboard shortcut). */
  'check-current-selection': { request: Record<string, never>; response: boolean };
  /** Background → content script: a saved highlight was deleted; stop drawing it. */
  'highlight-deleted': { request: { id: string }; response: boolean };
  /** Popup → content script: how many saved highlights the page has, and how many were not found on it. */
  'saved-status': { request: Record<string, never>; response: { saved: number; notFound: number } };
}

/** Any map of message names to their request and response types. */
export type MessageMap<Map> = { [Name in keyof Map]: { request: unknown; response: unknown } };

/** The wire shape of every message. */
export interface Envelope<Map extends MessageMap<Map>, Name extends keyof Map = keyof Map> {
  type: Name;
  payload: Map[Name]['request'];
}

/** One handler per message name; handlers may throw, and the caller's promise rejects with the message. */
export type Handlers<Map extends MessageMap<Map>> = {
  [Name in keyof Map]?: (
    payload: Map[Name]['request'],
    sender: Runtime.MessageSender,
  ) => Promise<Map[Name]['response']>;
};

function unwrap<T>(result: unknown, type: string): T {
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new Error(`no answer to "${type}"`);
  }
  const settled = result as Result<T>;
  if (!settled.ok) throw new Error(settled.error);
  return settled.value;
}

/** Sends a message to the background and resolves to its typed response; rejects with the background's error. */
export async function sendToBackground<Name extends keyof BackgroundMessages>(
  type: Name,
  payload: BackgroundMessages[Name]['request'],
): Promise<BackgroundMessages[Name]['response']> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }), type);
}

/** Sends a message to the content script of a tab (top frame). */
export async function sendToTab<Name extends keyof ContentMessages>(
  tabId: number,
  type: Name,
  payload: ContentMessages[Name]['request'],
): Promise<ContentMessages[Name]['response']> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 }), type);
}

/**
 * Routes incoming messages to typed handlers. Messages from anything but this extension, and names
 * without a handler, are ignored (another listener may answer them).
 */
export function listenForMessages<Map extends MessageMap<Map>>(handlers: Handlers<Map>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!message || typeof message !== 'object' || !('type' in message)) return undefined;
    const { type, payload } = message as Envelope<Map>;
    const handler = handlers[type];
    if (typeof type !== 'string' || !handler) return undefined;
    return handler(payload, sender).then(
      (value): Result<unknown> => ({ ok: true, value: value ?? null }),
      (error: unknown) => errorResult(error),
    );
  });
}
