import type { CDPSession, Page } from '@playwright/test';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/** The id of Counterclaim's content-script world in the page's top frame, found through the DevTools protocol. */
async function contentWorld(cdp: CDPSession): Promise<number> {
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) =>
    contexts.push(event.context),
  );
  // Enabling the domain reports every context that already exists.
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  // The content script starts when the page is idle: wait for its world a while.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const world = contexts.find(
      (c) =>
        c.name === 'Counterclaim' &&
        c.auxData?.type === 'isolated' &&
        c.auxData.frameId === frameTree.frame.id,
    );
    if (world) return world.id;
    if (Date.now() > deadline) throw new Error("Counterclaim's content script is not running in this page");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Evaluates a function in Counterclaim's own content-script world of `page` with one JSON argument, awaiting its
 * promise: messages it sends reach the background from the page's tab and address, as the real content script's do.
 */
export async function evaluateInContentScript<Arg, T>(
  page: Page,
  fn: (arg: Arg) => Promise<T>,
  arg: Arg,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contextId = await contentWorld(cdp);
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      contextId,
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Sends a message to the background from Counterclaim's own content script in `page`, as a compromised content
 * script could: the background sees the page's tab and address as the sender, exactly as for the real one.
 * Resolves to the response, or rejects with the background's error.
 */
export async function sendFromContentScript<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const answer = await evaluateInContentScript(
    page,
    async (message) =>
      (await chrome.runtime.sendMessage(message)) as
        { ok: boolean; value?: unknown; error?: string } | undefined,
    { type, payload },
  );
  if (!answer) throw new Error(`no answer to "${type}"`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value as T;
}
