import { readFileSync } from 'node:fs';
import { isHeldOut } from '../research-data.ts';
import type { GoldQuote, Range } from './quotes-metrics.ts';

/** One article of a gold file in the PolNeAR format. */
export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

/** Which part of a research set to use: the held-out tenth, the other nine tenths, or everything. */
export type Split = 'heldout' | 'tune' | 'all';

const isRanges = (v: unknown): v is Range[] =>
  Array.isArray(v) &&
  v.every((r) => Array.isArray(r) && r.length === 2 && r.every((n) => typeof n === 'number'));

/** Parses one line of a gold file, throwing with the line number when its shape is wrong. */
export function parseGoldLine(line: string, lineNumber: number): GoldArticle {
  const fail = (why: string): never => {
    throw new Error(`line ${lineNumber}: ${why}`);
  };
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return fail('not JSON');
  }
  const r = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.text !== 'string') return fail('needs string "id" and "text"');
  if (!Array.isArray(r.quotes)) return fail('needs a "quotes" array');
  const quotes = r.quotes.map((q: unknown): GoldQuote => {
    const g = (typeof q === 'object' && q !== null ? q : {}) as Record<string, unknown>;
    if (!isRanges(g.content) || !isRanges(g.source) || !isRanges(g.cue))
      return fail('quote spans are not ranges');
    return { content: g.content, source: g.source, cue: g.cue };
  });
  return { id: r.id, text: r.text, quotes: quotes.filter((q) => q.content.length > 0) };
}

/** Reads the articles of a gold file that belong to a split. */
export function readGold(path: string, split: Split): GoldArticle[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const articles: GoldArticle[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const article = parseGoldLine(line, i + 1);
    const held = isHeldOut(article.id);
    if (split === 'all' || (split === 'heldout') === held) articles.push(article);
  });
  return articles;
}
