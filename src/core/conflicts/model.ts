import learned from './data/model.json';
import type { ConflictModel } from './types.ts';

/** The model shipped with Counterclaim, learned by scripts/learn-conflicts.ts (weights only, no training text). */
export const defaultModel: ConflictModel = learned;
