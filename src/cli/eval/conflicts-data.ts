import { readFileSync } from 'node:fs';
import type { ClaimInput } from '../../core/claims/index.ts';
import type { PairExample, StanceExample } from '../../lab/conflicts/learn.ts';
import type { Relation } from '../../core/conflicts/types.ts';
import { researchDataPath } from '../research-data.ts';

/** One Emergent headline: its story (group) and its stance toward the story's claim. */
export interface HeadlineRow extends StanceExample {
  id: string;
  group: string;
}

/** One labelled pair from any of the pair formats, with the story it belongs to. */
export interface PairRow {
  id: string;
  group: string;
  a: ClaimInput;
  b: ClaimInput;
  label: Relation;
}

function readJsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as unknown);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function side(value: unknown): ClaimInput {
  if (typeof value === 'string') return { text: value };
  const r = record(value);
  return { text: String(r.text ?? ''), speaker: typeof r.speaker === 'string' ? r.speaker : null };
}

const LABELS = new Set<Relation>(['conflict', 'agree', 'neutral', 'unrelated']);

/** Reads the Emergent headlines (emergent-train-claims.jsonl) from the research data. */
export function loadHeadlines(
  path = researchDataPath('conflicts/emergent-train-claims.jsonl'),
): HeadlineRow[] {
  return readJsonl(path).map((raw) => {
    const r = record(raw);
    const stance = r.stance === 'against' ? 'against' : r.stance === 'observing' ? 'observing' : 'for';
    return { id: String(r.id), group: String(r.group), text: String(r.text), stance };
  });
}

/**
 * Reads a pair file (Emergent pairs, headline pairs, or fixtures); each pair's group is its story, taken from the
 * headline ids when they are Emergent ones, else the shared claim text of side a or the id's prefix.
 */
export function loadPairs(path: string, headlines: readonly HeadlineRow[] = []): PairRow[] {
  const groupOf = new Map(headlines.map((h) => [h.id, h.group]));
  return readJsonl(path).map((raw, index) => {
    const r = record(raw);
    const id = String(r.id ?? index);
    const a = side(r.a);
    const b = side(r.b);
    const label = LABELS.has(r.label as Relation) ? (r.label as Relation) : 'neutral';
    const first = id.split('~')[0] ?? id;
    const group =
      groupOf.get(first) ?? groupOf.get(id) ?? (groupOf.size > 0 ? a.text : id.replace(/[-_:]?\d+$/, ''));
    return { id, group, a, b, label };
  });
}

/** One ClaimDiff pair: relation 1 when claim b weakens or disputes claim a. */
export interface ClaimDiffRow {
  id: string;
  group: string;
  a: ClaimInput;
  b: ClaimInput;
  relation: number;
}

/** Reads ClaimDiff (claimdiff-weak-train.json); the group is the story's topic. */
export function loadClaimDiff(path: string): ClaimDiffRow[] {
  const data = record(JSON.parse(readFileSync(path, 'utf8')) as unknown).data;
  if (!Array.isArray(data)) throw new Error(`${path}: expected {"data": [...]}`);
  return data.map((raw: unknown, index) => {
    const r = record(raw);
    const date = typeof r.date === 'string' ? r.date : undefined;
    return {
      id: String(r.pair_id ?? index),
      group: String(r.topic ?? ''),
      a: { text: String(r.claim_a ?? ''), ...(date ? { date } : {}) },
      b: { text: String(r.claim_b ?? ''), ...(date ? { date } : {}) },
      relation: Number(r.relation ?? 0),
    };
  });
}

/** The Emergent training examples the learner uses: headlines for stance, and both Emergent pair files. */
export function loadEmergentTraining(): { headlines: HeadlineRow[]; pairs: PairRow[] } {
  const headlines = loadHeadlines();
  const pairs = [
    ...loadPairs(researchDataPath('conflicts/emergent-train-pairs.jsonl'), headlines),
    ...loadPairs(researchDataPath('conflicts/emergent-train-headline-pairs.jsonl'), headlines),
  ];
  return { headlines, pairs };
}

/** Pairs the learner can use: the three labels the Emergent sets have. */
export function asPairExamples(rows: readonly PairRow[]): PairExample[] {
  return rows.flatMap((r) => (r.label === 'unrelated' ? [] : [{ a: r.a, b: r.b, label: r.label }]));
}
