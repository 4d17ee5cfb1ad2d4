import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The hand-written pairs in fixtures/pairs/ (see its README), read once here for every test that judges them.
const PAIRS_DIR = fileURLToPath(new URL('../../../fixtures/pairs/', import.meta.url));

/** The labels a pair may carry. */
export const PAIR_LABELS = ['conflict', 'agree', 'neutral', 'unrelated'] as const;

/** A pair's label. */
export type PairLabel = (typeof PAIR_LABELS)[number];

/** One side of a pair: what was said, by whom, and optionally where. */
export interface PairSide {
  text: string;
  speaker: string;
  outlet?: string;
}

/** One labelled pair, with the file it came from. */
export interface FixturePair {
  id: string;
  a: PairSide;
  b: PairSide;
  label: PairLabel;
  reason: string;
  file: string;
  /** Gates the judgement's trace must hold ("same-stance", "another-event"), when the pair is about one. */
  gates?: string[];
}

function isSide(value: unknown): value is PairSide {
  if (typeof value !== 'object' || value === null) return false;
  const side = value as Record<string, unknown>;
  return typeof side.text === 'string' && side.text.trim() !== '' && typeof side.speaker === 'string';
}

function parsePair(line: string, file: string, lineNo: number): FixturePair {
  const where = `${file}:${lineNo}`;
  const raw: unknown = JSON.parse(line);
  if (typeof raw !== 'object' || raw === null) throw new Error(`${where}: not an object`);
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') throw new Error(`${where}: missing id`);
  if (!isSide(r.a) || !isSide(r.b)) throw new Error(`${where}: a and b must be {text, speaker}`);
  if (!PAIR_LABELS.includes(r.label as PairLabel)) throw new Error(`${where}: bad label ${String(r.label)}`);
  if (typeof r.reason !== 'string') throw new Error(`${where}: missing reason`);
  const gates = Array.isArray(r.gates)
    ? r.gates.filter((g): g is string => typeof g === 'string')
    : undefined;
  return {
    id: r.id,
    a: r.a,
    b: r.b,
    label: r.label as PairLabel,
    reason: r.reason,
    file,
    ...(gates ? { gates } : {}),
  };
}

/** Every pair of fixtures/pairs/, file by file in name order; a malformed line throws naming its file and line. */
export function loadFixturePairs(): FixturePair[] {
  const files = readdirSync(PAIRS_DIR).filter((name) => name.endsWith('.jsonl'));
  return files.sort().flatMap((file) =>
    readFileSync(PAIRS_DIR + file, 'utf8')
      .split('\n')
      .map((line, index) => ({ line, lineNo: index + 1 }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, lineNo }) => parsePair(line, file, lineNo)),
  );
}
