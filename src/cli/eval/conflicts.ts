import { readFileSync } from 'node:fs';
import type { Command } from '../command.ts';
import { MemorySource, rankRelatedClaims } from '../../core/conflicts/index.ts';
import { judgeClaims } from '../../core/conflicts/judge.ts';
import { defaultModel } from '../../core/conflicts/model.ts';
import type { ConflictModel, Judgement, Relation } from '../../core/conflicts/types.ts';
import { claimOfLine } from '../claim-line.ts';
import { refutingRule } from './conflicts-baseline.ts';
import { evalFnc } from './conflicts-fnc.ts';
import { isHeldOut } from '../research-data.ts';
import { FOLDS, foldModels, foldOf } from './conflicts-cv.ts';
import {
  loadClaimDiff,
  loadEmergentTraining,
  loadHeadlines,
  loadPairs,
  type PairRow,
} from './conflicts-data.ts';
import { scorePairs, scoreRetrieval, type PairScores } from './conflicts-metrics.ts';

function judgeRows(rows: readonly PairRow[], modelFor: (row: PairRow) => ConflictModel): Judgement[] {
  return rows.map((row) => judgeClaims(row.a, row.b, modelFor(row)));
}

/** Thresholds the curve is read at: the one the judge ships with is chosen from it, for precision first. */
const CURVE = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

/** Precision, recall and F1 of "disputed" if the threshold were each of CURVE (a pair needs a reason in words). */
function curve(gold: readonly Relation[], judged: readonly Judgement[]): Record<string, PairScores> {
  return Object.fromEntries(
    CURVE.map((t) => [
      t.toFixed(2),
      scorePairs(
        gold,
        judged.map((j) =>
          j.tier !== 'none' && j.reasons.length > 0 && j.score >= t ? 'conflict' : 'neutral',
        ),
      ),
    ]),
  );
}

function evalPairs(path: string, withCurve: boolean): Record<string, unknown> {
  const training = loadEmergentTraining();
  const rows = loadPairs(path, training.headlines);
  const emergent = rows.some((r) => training.headlines.some((h) => h.group === r.group));
  // Emergent files are cross-validated by story; other files (own fixtures) are judged by the shipped model.
  const models = emergent ? foldModels(training.headlines, training.pairs) : [];
  const judged = judgeRows(rows, (row) =>
    emergent ? (models[foldOf(row.group)] ?? defaultModel) : defaultModel,
  );
  const predicted = judged.map((j) => j.relation);
  const gold = rows.map((r) => r.label);
  const baseline: Relation[] = rows.map((r) => (refutingRule(r.a, r.b) ? 'conflict' : 'neutral'));
  const pick = <T>(xs: readonly T[], idx: number[]) => idx.map((i) => xs[i] as T);
  const heldIdx = rows.flatMap((r, i) => (isHeldOut(r.id) ? [i] : []));
  const restIdx = rows.flatMap((r, i) => (isHeldOut(r.id) ? [] : [i]));
  return {
    file: path,
    method: emergent ? `${FOLDS}-fold cross-validation by story (Emergent claim id)` : 'shipped model',
    all: scorePairs(gold, predicted),
    rest: scorePairs(
      restIdx.map((i) => gold[i] ?? 'neutral'),
      restIdx.map((i) => predicted[i] ?? 'neutral'),
    ),
    heldOut: scorePairs(
      heldIdx.map((i) => gold[i] ?? 'neutral'),
      heldIdx.map((i) => predicted[i] ?? 'neutral'),
    ),
    refutingWordRule: {
      rest: scorePairs(pick(gold, restIdx), pick(baseline, restIdx)),
      heldOut: scorePairs(pick(gold, heldIdx), pick(baseline, heldIdx)),
    },
    ...(withCurve ? { curve: curve(pick(gold, restIdx), pick(judged, restIdx)) } : {}),
  };
}

function evalClaimDiff(path: string): Record<string, unknown> {
  const rows = loadClaimDiff(path);
  // The shipped model never saw ClaimDiff: it is learned from Emergent only, so no cross-validation is needed.
  const predicted = rows.map((r) => judgeClaims(r.a, r.b).relation);
  const gold: Relation[] = rows.map((r) => (r.relation === 1 ? 'conflict' : 'neutral'));
  const baseline: Relation[] = rows.map((r) => (refutingRule(r.a, r.b) ? 'conflict' : 'neutral'));
  return {
    file: path,
    method: 'shipped model (learned from Emergent only)',
    relation1: scorePairs(gold, predicted),
    refutingWordRule: scorePairs(gold, baseline),
  };
}

async function evalRetrieval(path: string): Promise<Record<string, unknown>> {
  const headlines = loadHeadlines(path);
  const training = loadEmergentTraining();
  const models = foldModels(training.headlines, training.pairs);
  const results: { ranked: string[]; targets: Set<string>; heldOut: boolean }[] = [];
  // The extension's own search: the in-memory store answers as the IndexedDB store does, and the same ranking
  // orders what it found. Headlines have no speaker, outlet or date, so no window or trust applies.
  const source = new MemorySource();
  for (const h of headlines) source.add(claimOfLine({ id: h.id, text: h.text }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = models[fold] ?? defaultModel;
    for (const query of headlines.filter((h) => h.stance === 'for' && foldOf(h.group) === fold)) {
      const targets = new Set(
        headlines.filter((h) => h.group === query.group && h.stance === 'against').map((h) => h.id),
      );
      if (targets.size === 0) continue;
      const claim = claimOfLine({ id: query.id, text: query.text });
      const ranked = (await rankRelatedClaims(source, claim, { limit: 10, model, rankAll: true })).map(
        (c) => c.id,
      );
      results.push({ ranked, targets, heldOut: isHeldOut(query.id) });
    }
  }
  return {
    file: path,
    method: `${FOLDS}-fold cross-validation by story, on the extension's search path`,
    retrieval: scoreRetrieval(results.filter((r) => !r.heldOut)),
    heldOut: scoreRetrieval(results.filter((r) => r.heldOut)),
  };
}

/** `counterclaim eval conflicts FILE`: scores the conflict finder on a labelled pair, ClaimDiff or claims file. */
export const evalConflictsCommand: Command = {
  name: 'conflicts',
  summary: 'score conflict judgement or retrieval on a labelled file',
  usage: `Usage: counterclaim eval conflicts FILE [--curve]

FILE is one of the formats in ../shared/data/conflicts/:
  *-pairs.jsonl          {"id","a","b","label"}: P/R/F1 of conflict and three-way accuracy
  claimdiff-*.json       {"data":[...]}: P/R of relation = 1
  fnc1-stances.jsonl     FNC-1 headline vs body (bodies read from fnc1-bodies.jsonl beside it): disagree vs rest
  emergent-*-claims.jsonl {"id","group","text","stance"}: retrieval precision@3 and recall@10
Emergent files are cross-validated by story (5 folds); "heldOut" repeats the figures on the held-out tenth.
Each fold's model is learned whole, its score calibration fitted out of fold inside the fold's training stories.
Each pair file also reports the plain refuting-word rule; --curve adds P/R/F1 of "disputed" by calibrated
threshold (outside the held-out tenth), from which the shipped threshold is chosen.
`,
  async run(args, io) {
    const path = args.find((a) => a !== '--curve');
    if (!path) {
      io.stderr('counterclaim eval conflicts: give a FILE\n');
      return 2;
    }
    const first = readFileSync(path, 'utf8').slice(0, 2000);
    const firstLine = first.split('\n')[0] ?? '';
    const report = path.endsWith('.json')
      ? evalClaimDiff(path)
      : /"headline"\s*:/.test(firstLine)
        ? evalFnc(path)
        : /"group"\s*:/.test(firstLine)
          ? await evalRetrieval(path)
          : evalPairs(path, args.includes('--curve'));
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  },
};
