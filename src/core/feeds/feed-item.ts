import type { FeedItem } from './feed-types.ts';
import { shorten, stableHash } from './item-text.ts';

/** An item as a format reader found it, before the id and the keep-or-skip decision. */
export interface ItemDraft {
  id: string;
  title: string;
  link?: string;
  published?: string;
  author?: string;
  summary: string;
  contentHtml?: string;
}

const MAX_ID = 2048;

/**
 * Completes a draft into a FeedItem, or returns undefined for an item with no link and no content, which
 * Counterclaim cannot use (nothing to fetch, nothing to read).
 */
export function finishItem(draft: ItemDraft, maxSummaryChars: number): FeedItem | undefined {
  const contentHtml = draft.contentHtml?.trim() ? draft.contentHtml : undefined;
  const summary = shorten(draft.summary, maxSummaryChars);
  if (!draft.link && !contentHtml && !summary) return undefined;
  const id =
    draft.id.trim() || draft.link || `hash:${stableHash(`${draft.title}\n${contentHtml ?? summary}`)}`;
  const item: FeedItem = { id: id.slice(0, MAX_ID), title: draft.title, summary };
  if (draft.link) item.link = draft.link;
  if (draft.published) item.published = draft.published;
  if (draft.author) item.author = draft.author;
  if (contentHtml) item.contentHtml = contentHtml;
  return item;
}
