import { listenForMessages, type ContentMessages } from '../shared/messages.ts';
import type { Highlighter } from './highlighter.ts';
import type { QuoteLayer } from './quote-layer.ts';

/** Answers the popup and the background: reveal a quote, show or hide highlights. */
export function answerMessages(
  layer: QuoteLayer,
  highlighter: Highlighter,
  more: Partial<Handlers> = {},
): void {
  listenForMessages<ContentMessages>({
    'reveal-quote': async ({ index }) => layer.reveal(index),
    'set-highlights': async ({ visible }) => {
      highlighter.setVisible(visible);
      return true;
    },
    ...more,
  });
}

type Handlers = Parameters<typeof listenForMessages<ContentMessages>>[0];
