import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { normalizeClaim } from '../../core/claims/index.ts';
import { judgeClaims } from '../../core/conflicts/judge.ts';
import type { Relation } from '../../core/conflicts/types.ts';
import { isHeldOut } from '../research-data.ts';
import { refutingRule } from './conflicts-baseline.ts';
import { scorePairs } from './conflicts-metrics.ts';

/** Paragraphs of a body read against its headline: the lead, where an article says whether it disputes. */
const MAX_PARAGRAPHS = 8;

interface FncRow {
  id: string;
  headline: string;
  body: number;
  label: string;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

/** A body's paragraphs, each cut at a sentence end near the claim cap so no paragraph is read mid-way. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 20)
    .slice(0, MAX_PARAGRAPHS);
}

/**
 * FNC-1: each headline against its article's body, `disagree` against the rest. The body disputes the headline
 * when the judge marks any of its lead paragraphs disputed against it. The shipped model never saw FNC-1, so
 * every pair is unseen; the held-out tenth is reported apart all the same.
 */
export function evalFnc(path: string): Record<string, unknown> {
  const rows = readJsonl<FncRow>(path);
  const bodyPath = join(dirname(path), 'fnc1-bodies.jsonl');
  const bodies = new Map(readJsonl<{ body: number; text: string }>(bodyPath).map((b) => [b.body, b.text]));
  const split = new Map<number, string[]>();
  const gold: Relation[] = [];
  const judged: Relation[] = [];
  const baseline: Relation[] = [];
  const held: number[] = [];
  rows.forEach((row, i) => {
    let parts = split.get(row.body);
    if (!parts) {
      parts = paragraphs(bodies.get(row.body) ?? '');
      split.set(row.body, parts);
    }
    const headline = normalizeClaim({ text: row.headline });
    const disputed = parts.some((p) => judgeClaims(headline, p).relation === 'conflict');
    gold.push(row.label === 'disagree' ? 'conflict' : 'neutral');
    judged.push(disputed ? 'conflict' : 'neutral');
    baseline.push(parts.some((p) => refutingRule(row.headline, p)) ? 'conflict' : 'neutral');
    if (isHeldOut(row.id)) held.push(i);
  });
  const pick = <T>(xs: T[], idx: number[]) => idx.map((i) => xs[i] as T);
  return {
    file: path,
    method: `shipped model (learned from Emergent only), headline against each of the body's first ${MAX_PARAGRAPHS} paragraphs`,
    disagree: scorePairs(gold, judged),
    heldOut: scorePairs(pick(gold, held), pick(judged, held)),
    refutingWordRule: scorePairs(gold, baseline),
    refutingWordRuleHeldOut: scorePairs(pick(gold, held), pick(baseline, held)),
  };
}
