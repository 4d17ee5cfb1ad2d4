import type { Span } from './types.ts';

// A part's trailing comma or dash led into the attribution ("It was a good call,” he said, “and …"), not the words.
const LEAD_IN = /[\s,;:—–]+$/u;

/**
 * The text of a quote in several parts: each part as the page writes it, capitals and marks its own, joined by
 * " … " so a reader sees where the attribution or other words were left out.
 */
export function partsText(text: string, parts: readonly Span[]): string {
  return parts
    .map((p, i) => {
      const part = text.slice(p.start, p.end);
      return i < parts.length - 1 ? part.replace(LEAD_IN, '') : part;
    })
    .filter((part) => part !== '')
    .join(' … ');
}
