import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../core/conflicts/hash.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Path of a file in the public research sets, read where they lie (never copied into the project):
 * `$COUNTERCLAIM_DATA` when set, else `../shared/data` beside the project.
 */
export function researchDataPath(relative: string): string {
  const root = process.env.COUNTERCLAIM_DATA ?? resolve(projectRoot, '../shared/data');
  const path = resolve(root, relative);
  if (!existsSync(path)) {
    throw new Error(`research data not found at ${path}; set COUNTERCLAIM_DATA to the folder that holds it`);
  }
  return path;
}

export { fnv1a };

/**
 * The held-out tenth of a research set: items whose id hashes to 0 mod 10. Nothing is tuned on them;
 * evaluations report on them.
 */
export function isHeldOut(id: string): boolean {
  return fnv1a(id) % 10 === 0;
}
