import type { Command } from '../command.ts';
import { groupCommand } from '../subcommands.ts';

// Each command lives in its own file; add it to the list it belongs to.
const evaluations: Command[] = [];
const benchmarks: Command[] = [];

/** Every CLI command, in the order `--help` lists them. */
export const commands: Command[] = [
  groupCommand('eval', 'score Counterclaim on a labelled research set', evaluations),
  groupCommand('bench', 'measure speed and memory', benchmarks),
];
