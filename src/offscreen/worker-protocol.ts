import type { ExtractAnswer, ExtractRequest } from '../shared/page-extraction/extracted-page.ts';

/** A page for the extract worker to read, numbered so its answer finds its caller. */
export interface WorkerTask {
  id: number;
  request: ExtractRequest;
}

/** The extract worker's answer to one task. */
export interface WorkerReply {
  id: number;
  answer: ExtractAnswer;
}
