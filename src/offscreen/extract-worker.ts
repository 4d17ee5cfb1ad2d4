// A dedicated worker of the offscreen document that parses and reads article pages. The offscreen document
// runs on the main thread of the extension's renderer, the same thread as the popup and the options page; a
// page parsed there makes a popup opened meanwhile wait. Workers have no DOMParser, so linkedom's stands in.
import { DOMParser } from 'linkedom/worker';
import type { ExtractRequest } from '../shared/page-extraction/extracted-page.ts';
import { answerExtract } from './answer-extract.ts';
import type { WorkerReply, WorkerTask } from './worker-protocol.ts';

const scope = globalThis as unknown as {
  DOMParser?: unknown;
  postMessage: (message: WorkerReply) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<WorkerTask>) => void) => void;
};
scope.DOMParser ??= DOMParser;

scope.addEventListener('message', (event) => {
  const { id, request } = event.data;
  const answer = answerExtract(request satisfies ExtractRequest);
  scope.postMessage({ id, answer });
});
