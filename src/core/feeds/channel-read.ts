import type { ItemDraft } from './feed-item.ts';

/** What a format reader returns: channel title and link, drafts of the first items, and how many there were. */
export interface ChannelRead {
  title: string;
  link?: string;
  drafts: ItemDraft[];
  /** Number of items in the feed, including those beyond the cap that were not read. */
  total: number;
}
