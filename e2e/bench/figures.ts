import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** One benchmark figure: the value, its unit, the bar it is held to (null: kept for reference) and its runs. */
export interface Figure {
  value: number;
  unit: string;
  bar: number | null;
  runs: number[];
}

/** A spec's file of figures under test-results/, which `npm test` reads to print each against its bar. */
export interface FiguresFile {
  measuredAt: string;
  loadavg: number[];
  figures: Record<string, Figure>;
}

/**
 * Adds a figure to `test-results/<file>.json` (creating it on the first figure of a run) and prints it on one
 * line. Figures are lower-is-better: met when the value is at most the bar.
 */
export function recordFigure(
  file: string,
  name: string,
  value: number,
  unit: string,
  bar: number | null,
  runs: number[] = [value],
): number {
  const path = `test-results/${file}.json`;
  let stored: Partial<FiguresFile> = {};
  try {
    stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<FiguresFile>;
  } catch {
    // First figure of the run.
  }
  const figures = { ...(stored.figures ?? {}), [name]: { value, unit, bar, runs } };
  mkdirSync('test-results', { recursive: true });
  const out: FiguresFile = { measuredAt: new Date().toISOString(), loadavg: loadavg(), figures };
  writeFileSync(path, JSON.stringify(out, null, 2));
  const shown = unit === 'MB' ? value.toFixed(2) : value.toFixed(1);
  console.log(
    `${file} ${name}: ${shown} ${unit} (${bar === null ? 'no bar' : `bar ${bar} ${unit}`}; runs ${runs.map((v) => v.toFixed(1)).join(', ')})`,
  );
  return value;
}
