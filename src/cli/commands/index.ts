import type { Command } from '../command.ts';
import { groupCommand } from '../subcommands.ts';
import { evalConflictsCommand } from '../eval/conflicts.ts';
import { benchConflictsCommand } from '../bench/conflicts.ts';
import { benchStore } from '../bench/store.ts';
import { judgeCommand } from './judge.ts';
import { conflictsCommand } from './conflicts.ts';
import { importCommand } from './import.ts';
import { extractCommand } from './extract.ts';
import { readCommand } from './read.ts';
import { evalQuotes } from '../eval/quotes.ts';
import { benchQuotes } from '../bench/quotes.ts';
import { benchAnchor } from '../bench/anchor.ts';

// Each command lives in its own file; add it to the list it belongs to.
const evaluations: Command[] = [evalConflictsCommand, evalQuotes];
const benchmarks: Command[] = [benchConflictsCommand, benchStore, benchQuotes, benchAnchor];

/** Every CLI command, in the order `--help` lists them. */
export const commands: Command[] = [
  extractCommand,
  readCommand,
  judgeCommand,
  conflictsCommand,
  importCommand,
  groupCommand('eval', 'score Counterclaim on a labelled research set', evaluations),
  groupCommand('bench', 'measure speed and memory', benchmarks),
];
