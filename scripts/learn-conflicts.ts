// Learns Counterclaim's conflict model (stance word weights, the pair combiner, and the calibration of the
// conflict score, fitted out of fold by story) from the Emergent training sets in ../shared/data, leaving out
// their held-out tenth, and writes src/core/conflicts/data/model.json.
// Only feature names (stems) and weights are written, never text from the sets.
// Run: npx tsx scripts/learn-conflicts.ts
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { stanceExamples, trainingPairs } from '../src/cli/eval/conflicts-cv.ts';
import { loadEmergentTraining } from '../src/cli/eval/conflicts-data.ts';
import { isHeldOut } from '../src/cli/research-data.ts';
import { learnConflictModel } from '../src/lab/conflicts/learn.ts';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../src/core/conflicts/data/model.json');
const { headlines, pairs } = loadEmergentTraining();
const model = learnConflictModel(
  stanceExamples(headlines, pairs).filter((h) => !isHeldOut(h.id)),
  trainingPairs(pairs),
);
const json = JSON.stringify(model);
// Written as the repository's formatter would write it, so a fresh model passes the format check as is.
writeFileSync(out, await format(json, { filepath: out }));
console.log(
  `wrote ${out}: ${Object.keys(model.stance.weights).length} stance features, ${Object.keys(model.calibration?.weights ?? {}).length} calibration weights, ${json.length} bytes`,
);
