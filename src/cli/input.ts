import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CommandIo } from './command.ts';

/** An input the command cannot use, said in words (the file, and what is wrong with it). */
export class InputError extends Error {}

/** Checks a path names a readable file before a command opens it, so the reader sees the name, not ENOENT. */
export function requireFile(path: string): void {
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (!isFile) throw new InputError(`${path}: not a file`);
}

/** Reads the lines of a file, or of standard input when the path is "-" or missing. */
export function readLines(path: string | undefined, io: CommandIo): AsyncIterable<string> {
  const fromStdin = !path || path === '-';
  if (!fromStdin) requireFile(path);
  const input = fromStdin ? io.stdin : createReadStream(path, 'utf8');
  return createInterface({ input, crlfDelay: Infinity });
}

/** Where an input came from, for messages: the file's name, or standard input. */
export const inputName = (path: string | undefined): string =>
  !path || path === '-' ? 'standard input' : path;
