/**
 * How well a saved highlight's prefix and suffix agree with the text around a candidate place: the edit distance
 * of the saved context from the text right there (its far end free), also as a similarity from 0 to 1. Unrelated
 * English text scores around 0.3 to 0.5; intact context scores 1.
 */
import { compilePattern, scanDistances, type CompiledPattern } from './myers.ts';

/** Longest context compared, in characters; longer saved contexts keep the part nearest the quote. */
export const MAX_CONTEXT_CHARS = 64;

/** The similarity given to a side with no saved context when the candidate is not at the text's edge either. */
export const NEUTRAL_SIMILARITY = 0.5;

/** A saved prefix or suffix (normalised), compiled once for many comparisons. */
export interface SavedContext {
  side: 'before' | 'after';
  /** The context, trimmed to the `MAX_CONTEXT_CHARS` nearest the quote. */
  text: string;
  /** The context compiled for bit-parallel matching, reversed for a prefix (it is read walking back). */
  compiled: CompiledPattern | null;
}

/** Compiles a saved prefix (`before`) or suffix (`after`) for comparisons. */
export function compileContext(context: string, side: 'before' | 'after'): SavedContext {
  const text = side === 'before' ? context.slice(-MAX_CONTEXT_CHARS) : context.slice(0, MAX_CONTEXT_CHARS);
  if (text.trim() === '') return { side, text: '', compiled: null };
  const readOrder = side === 'before' ? [...text].reverse().join('') : text;
  return { side, text, compiled: compilePattern(readOrder) };
}

/** Whether only whitespace (at most one space, once normalised) lies between `at` and the text's edge. */
function atEdge(text: string, at: number, side: 'before' | 'after'): boolean {
  const room = side === 'after' ? text.length - at : at;
  if (room === 0) return true;
  return room === 1 && text.charCodeAt(side === 'after' ? at : at - 1) === 32;
}

/**
 * Edit distance of a non-empty saved context from the text beside `at` (before it for a prefix, after it for a
 * suffix); an empty one costs the number of characters between `at` and the text's edge, up to `cap`.
 */
export function contextDistance(text: string, at: number, context: SavedContext, cap = Infinity): number {
  const room = context.side === 'after' ? text.length - at : at;
  if (!context.compiled) return Math.min(room, cap);
  const p = context.text.length;
  // Room for a few insertions beyond the context's own length; more would only cost more.
  const w = Math.min(room, p + Math.ceil(p / 4) + 2);
  const distances =
    context.side === 'after'
      ? scanDistances(context.compiled, text, at, at + w, { anchored: true })
      : scanDistances(context.compiled, text, at - w, at, { anchored: true, reverse: true });
  let best = p;
  for (const d of distances) if (d < best) best = d;
  return best;
}

/** Similarity of a saved context with the text beside `at`, from 0 (unrelated) to 1 (identical). */
export function contextSimilarity(text: string, at: number, context: SavedContext): number {
  if (!context.compiled) return atEdge(text, at, context.side) ? 1 : NEUTRAL_SIMILARITY;
  return 1 - contextDistance(text, at, context) / context.text.length;
}
