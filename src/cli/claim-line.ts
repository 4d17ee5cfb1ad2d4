import type { Claim } from '../core/claims/index.ts';
import { keysFor } from '../core/claims/index.ts';

/** The fields every command reads from a claim line, whichever of the accepted shapes it came in. */
export interface ClaimLine {
  id?: string;
  text: string;
  speaker?: string | null;
  /** The outlet's name. */
  source?: string;
  url?: string;
  /** ISO date of the article. */
  date?: string;
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/**
 * One claim line, as `conflicts`, `judge` and `import` all read it: `{"id"?, "text", "speaker"?, "source"?,
 * "url"?, "date"?}` where speaker is a name or `{"name", "kind"?}` and source is an outlet's name or
 * `{"outlet", "url", "published"?}`, so a line exported by Counterclaim reads the same as a hand-written one.
 * Throws naming the field at fault.
 */
export function claimLine(value: unknown): ClaimLine {
  if (!isObj(value)) throw new Error('expected a JSON object with "text"');
  const claimText = text(value.text);
  if (!claimText) throw new Error('"text" must be a non-empty string');
  const { speaker, source } = value;
  if (speaker !== undefined && speaker !== null && !text(speaker) && !(isObj(speaker) && text(speaker.name)))
    throw new Error('"speaker" must be a name or {"name"}');
  if (source !== undefined && source !== null && !text(source) && !isObj(source))
    throw new Error('"source" must be an outlet name or {"outlet", "url"}');
  const sourceObj = isObj(source) ? source : {};
  const line: ClaimLine = {
    text: claimText,
    speaker: text(speaker) ?? (isObj(speaker) ? (text(speaker.name) ?? null) : null),
  };
  const id = typeof value.id === 'number' ? String(value.id) : text(value.id);
  const outlet = text(source) ?? text(sourceObj.outlet);
  const url = text(value.url) ?? text(sourceObj.url);
  const date = text(value.date) ?? text(sourceObj.published);
  if (id !== undefined) line.id = id;
  if (outlet !== undefined) line.source = outlet;
  if (url !== undefined) line.url = url;
  if (date !== undefined) line.date = date;
  return line;
}

/** A claim line that names its claim: what a store or a query is made of. */
export type IdentifiedClaimLine = ClaimLine & { id: string };

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/**
 * The claim the extension would hold for a line: the same retrieval keys (`keysFor`), the outlet and domain of its
 * URL, its date as the article's. Lines carry no cue, so the claim is a plain statement.
 */
export function claimOfLine(line: IdentifiedClaimLine): Claim {
  const speaker = line.speaker ?? null;
  const domain = hostOf(line.url);
  return {
    id: line.id,
    text: line.text,
    speaker: speaker ? { name: speaker, kind: /^the\s/i.test(speaker) ? 'organization' : 'person' } : null,
    cue: null,
    kind: 'statement',
    source: {
      outlet: line.source ?? domain,
      domain,
      url: line.url ?? '',
      ...(line.date ? { published: line.date } : {}),
    },
    collected: 0,
    origin: 'import',
    keys: keysFor(line.text, speaker, undefined, line.date),
  };
}
