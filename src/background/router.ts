import { browser, type Runtime } from '../shared/browser.ts';
import {
  backgroundProtocol,
  type BackgroundMessageName,
  type RequestOf,
  type ResponseOf,
} from '../shared/protocol.ts';
import { errorResult, type Result } from '../shared/result.ts';
import { requireSender } from './senders.ts';
import { validate } from './validate.ts';

/** One handler per message of the protocol, given the request already checked against its row. */
export type BackgroundHandlers = {
  [Name in BackgroundMessageName]: (
    request: RequestOf<Name>,
    sender: Runtime.MessageSender,
  ) => Promise<ResponseOf<Name>>;
};

/** What to do, beyond answering with the error, when a message from the right sender is refused for its shape. */
export type RefusalHandlers = {
  [Name in BackgroundMessageName]?: (sender: Runtime.MessageSender, error: unknown) => Promise<void>;
};

function isProtocolName(type: unknown): type is BackgroundMessageName {
  return typeof type === 'string' && Object.hasOwn(backgroundProtocol, type);
}

/** Checks one message against its row (sender, size, shape) and runs its handler; throws what the sender hears. */
async function dispatch<Name extends BackgroundMessageName>(
  handlers: BackgroundHandlers,
  refusals: RefusalHandlers,
  type: Name,
  payload: unknown,
  sender: Runtime.MessageSender,
): Promise<ResponseOf<Name>> {
  const row = backgroundProtocol[type];
  requireSender(sender, row.sender);
  let request: RequestOf<Name>;
  try {
    request = validate(row.request, payload, type, row.maxBytes) as RequestOf<Name>;
  } catch (error) {
    await refusals[type]?.(sender, error).catch(() => undefined);
    throw error;
  }
  return handlers[type](request, sender);
}

/**
 * Answers messages to the background from the protocol table. Every message is refused before its handler runs
 * unless it comes from this extension, from the kind of sender its row names, and fits its row's schema. Names not
 * in the table are left for other listeners. `refusals` may add to the answer for a refused shape (a tab's report
 * must not stay at "scanning").
 */
export function routeMessages(handlers: BackgroundHandlers, refusals: RefusalHandlers = {}): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!message || typeof message !== 'object' || !('type' in message)) return undefined;
    const { type, payload } = message as { type: unknown; payload: unknown };
    if (!isProtocolName(type)) return undefined;
    return dispatch(handlers, refusals, type, payload, sender).then(
      (value): Result<unknown> => ({ ok: true, value: value ?? null }),
      (error: unknown) => errorResult(error),
    );
  });
}
