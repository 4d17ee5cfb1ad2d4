import type { Claim, ClaimKeys, ClaimRating, ClaimSelectors, ClaimSource } from '../claim.ts';
import { claimId } from '../claim-id.ts';
import { IMPORT_LIMITS as L, stripControls } from './limits.ts';

/** A value that is not a valid claim, with the field at fault. */
export class ShapeError extends Error {}

type Obj = Record<string, unknown>;
const SPEAKER_KINDS = ['person', 'organization', 'group', 'document', 'unknown'] as const;
const STANCES = ['assert', 'deny', 'hedge'] as const;
const KINDS = ['direct', 'indirect', 'mixed', 'statement'] as const;
const ORIGINS = ['page', 'feed', 'import', 'selection', 'factcheck'] as const;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function obj(value: unknown, field: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ShapeError(`${field}: expected an object`);
  return value as Obj;
}

/** A string field, control characters stripped, checked against `max` characters (and non-blank unless `empty`). */
export function str(value: unknown, field: string, max: number, empty = false): string {
  if (typeof value !== 'string') throw new ShapeError(`${field}: expected a string`);
  const clean = stripControls(value);
  if (!empty && clean.trim() === '') throw new ShapeError(`${field}: is empty`);
  if (clean.length > max)
    throw new ShapeError(`${field}: ${clean.length} characters, at most ${max} allowed`);
  return clean;
}

function optStr(value: unknown, field: string, max: number): string | undefined {
  return value === undefined || value === null ? undefined : str(value, field, max);
}

function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ShapeError(`${field}: expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function num(value: unknown, field: string, integer = false): number {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    (integer && (!Number.isInteger(value) || value < 0))
  ) {
    throw new ShapeError(`${field}: expected ${integer ? 'a non-negative integer' : 'a finite number'}`);
  }
  return value;
}

/** An http(s) URL of bounded length. */
export function httpUrl(value: unknown, field: string): string {
  const url = str(value, field, L.urlChars).trim();
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // Reported below.
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new ShapeError(`${field}: expected an http(s) URL`);
  }
  return url;
}

function keyList(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw new ShapeError(`${field}: expected an array of strings`);
  if (value.length > L.keysPerKind)
    throw new ShapeError(`${field}: ${value.length} keys, at most ${L.keysPerKind}`);
  return value.map((k, i) => str(k, `${field}[${i}]`, L.keyChars));
}

function keys(value: unknown): ClaimKeys {
  const k = obj(value, 'keys');
  return {
    terms: keyList(k.terms, 'keys.terms'),
    entities: keyList(k.entities, 'keys.entities'),
    numbers: keyList(k.numbers, 'keys.numbers'),
  };
}

/**
 * The claim's source: `{"outlet", "domain", "url", ...}` as exported, or the short claim line's `"url"` with
 * `"source"` as the outlet's name (the URL's host when absent) and `"date"` as the publication date.
 */
function sourceOf(c: Obj): ClaimSource {
  if (c.source !== undefined && c.source !== null && typeof c.source !== 'string') return source(c.source);
  const url = httpUrl(c.url, 'url');
  const domain = new URL(url).hostname;
  const outlet = c.source === undefined || c.source === null ? domain : str(c.source, 'source', L.nameChars);
  return source({ outlet, domain, url, published: c.date });
}

/** The speaker as a name, or as `{"name", "kind"?}` (kind unknown when not given). */
function speakerOf(value: unknown): Claim['speaker'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return { name: str(value, 'speaker', L.nameChars), kind: 'unknown' };
  const s = obj(value, 'speaker');
  return {
    name: str(s.name, 'speaker.name', L.nameChars),
    kind: s.kind === undefined ? 'unknown' : oneOf(s.kind, 'speaker.kind', SPEAKER_KINDS),
  };
}

function source(value: unknown): ClaimSource {
  const s = obj(value, 'source');
  const result: ClaimSource = {
    outlet: str(s.outlet, 'source.outlet', L.nameChars),
    domain: str(s.domain, 'source.domain', 253),
    url: httpUrl(s.url, 'source.url'),
  };
  const headline = optStr(s.headline, 'source.headline', L.headlineChars);
  const published = optStr(s.published, 'source.published', 64);
  if (headline !== undefined) result.headline = headline;
  if (published !== undefined) {
    if (!Number.isFinite(Date.parse(published)))
      throw new ShapeError('source.published: not an ISO 8601 date');
    result.published = published;
  }
  return result;
}

function selectors(value: unknown): ClaimSelectors {
  if (!Array.isArray(value) || value.length !== 2)
    throw new ShapeError('selectors: expected [TextQuoteSelector, TextPositionSelector]');
  const q = obj(value[0], 'selectors[0]');
  const p = obj(value[1], 'selectors[1]');
  if (q.type !== 'TextQuoteSelector') throw new ShapeError('selectors[0].type: expected TextQuoteSelector');
  if (p.type !== 'TextPositionSelector')
    throw new ShapeError('selectors[1].type: expected TextPositionSelector');
  const start = num(p.start, 'selectors[1].start', true);
  const end = num(p.end, 'selectors[1].end', true);
  if (end < start) throw new ShapeError('selectors[1]: end before start');
  return [
    {
      type: 'TextQuoteSelector',
      exact: str(q.exact, 'selectors[0].exact', L.textChars),
      prefix: str(q.prefix, 'selectors[0].prefix', L.contextChars, true),
      suffix: str(q.suffix, 'selectors[0].suffix', L.contextChars, true),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** A checked language tag: its primary subtag, two or three letters ("fr" from "fr-FR"). */
function language(value: unknown): string {
  const tag = typeof value === 'string' ? value.trim().toLowerCase().split(/[-_]/)[0] : undefined;
  if (tag === undefined || !/^[a-z]{2,3}$/.test(tag))
    throw new ShapeError('lang: expected a language tag such as "fr"');
  return tag;
}

/** A checked schema.org-style rating; `reviewer` and the numbers are optional. */
export function rating(value: unknown): ClaimRating {
  const r = obj(value, 'rating');
  const result: ClaimRating = { name: str(r.name, 'rating.name', L.nameChars) };
  for (const field of ['value', 'best', 'worst'] as const) {
    if (r[field] !== undefined) result[field] = num(r[field], `rating.${field}`);
  }
  const reviewer = optStr(r.reviewer, 'rating.reviewer', L.nameChars);
  if (reviewer !== undefined) result.reviewer = reviewer;
  return result;
}

/**
 * A Claim rebuilt from untrusted JSON: every field checked and capped, strings stripped of control characters,
 * unknown fields dropped. A missing id is computed; missing keys come back empty for the caller to compute.
 * The short claim line the CLI reads (`{"text", "speaker": "Name", "url", "source"?, "date"?}`) is a claim
 * too: kind "statement", origin "import", collected `now`. Throws ShapeError naming the field at fault.
 */
export function claimFromJson(value: unknown, now = Date.now()): Claim {
  const c = obj(value, 'claim');
  const cue = c.cue === null || c.cue === undefined ? null : obj(c.cue, 'cue');
  const claim: Claim = {
    id: '',
    text: str(c.text, 'text', L.textChars),
    speaker: speakerOf(c.speaker),
    cue: cue && {
      text: str(cue.text, 'cue.text', L.nameChars),
      lemma: str(cue.lemma, 'cue.lemma', L.nameChars),
      stance: oneOf(cue.stance, 'cue.stance', STANCES),
    },
    kind: c.kind === undefined ? 'statement' : oneOf(c.kind, 'kind', KINDS),
    source: sourceOf(c),
    collected: c.collected === undefined ? now : num(c.collected, 'collected', true),
    origin: c.origin === undefined ? 'import' : oneOf(c.origin, 'origin', ORIGINS),
    keys: c.keys === undefined ? { terms: [], entities: [], numbers: [] } : keys(c.keys),
  };
  if (c.id === undefined) claim.id = claimId(claim.source.url, claim.text, claim.speaker?.name);
  else if (typeof c.id === 'string' && ID.test(c.id)) claim.id = c.id;
  else if (Number.isSafeInteger(c.id) && Number(c.id) >= 0) claim.id = String(c.id);
  else throw new ShapeError('id: expected 1 to 64 letters, digits, "-" or "_"');
  if (c.selectors !== undefined) claim.selectors = selectors(c.selectors);
  if (c.rating !== undefined) claim.rating = rating(c.rating);
  if (c.lang !== undefined) claim.lang = language(c.lang);
  return claim;
}
