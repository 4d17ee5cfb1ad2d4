import type { Claim, ClaimKeys } from '../claim.ts';
import { claimFromClaimReview, claimReviewNodes } from './claim-review-import.ts';
import { claimFromJson, ShapeError } from './claim-shape.ts';
import { measureJson } from './json-shape.ts';
import { isHeader, JSONL_FORMAT, JSONL_VERSION } from './jsonl.ts';
import { IMPORT_LIMITS as L } from './limits.ts';
import { Rejections } from './rejections.ts';

/** Why one line (or item) of an import was refused; line 0 means the file as a whole. */
export interface Rejection {
  /** 1-based line of a claim file; for a ClaimReview document, the 1-based number of the review in it. */
  line: number;
  reason: string;
}

/** The claims an import file holds, or the reasons it cannot be imported: store nothing unless `rejected` is empty. */
export interface ParsedImport {
  format: 'jsonl' | 'claimreview';
  claims: Claim[];
  rejected: Rejection[];
}

/** Seams for `parseImport`: the clock for `collected`, and key computation for claims that arrive without keys. */
export interface ParseImportOptions {
  now?: number;
  keysFor?: (claim: Claim) => ClaimKeys;
}

/**
 * How long before its header's time a claim may have been collected and still count as written while the export
 * ran: a page read that began before the export may store its claims after the export counted them.
 */
export const EXPORT_GRACE_MS = 60_000;

function reasonOf(error: unknown): string {
  if (error instanceof ShapeError) return error.message;
  if (error instanceof SyntaxError) return `not valid JSON (${error.message})`;
  return String(error);
}

function withKeys(claim: Claim, options: ParseImportOptions): Claim {
  const empty = claim.keys.terms.length + claim.keys.entities.length + claim.keys.numbers.length === 0;
  return empty && options.keysFor ? { ...claim, keys: options.keysFor(claim) } : claim;
}

/** The lines of a text, one at a time, without splitting the whole file into an array first. */
function* linesOf(text: string): Generator<string> {
  for (let at = 0; at <= text.length;) {
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end;
    yield text.slice(at, stop > at && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop);
    at = stop + 1;
  }
}

interface Header {
  declared?: number;
  exportedAt?: number;
}

function readHeader(value: {
  format: unknown;
  version?: unknown;
  count?: unknown;
  exported?: unknown;
}): Header {
  if (value.format !== JSONL_FORMAT) throw new ShapeError(`format: expected "${JSONL_FORMAT}"`);
  if (value.version !== JSONL_VERSION)
    throw new ShapeError(
      `version ${String(value.version)}: this Counterclaim reads version ${JSONL_VERSION}`,
    );
  const exportedAt = typeof value.exported === 'string' ? Date.parse(value.exported) : NaN;
  return {
    ...(value.count !== undefined ? { declared: Number(value.count) } : {}),
    ...(Number.isFinite(exportedAt) ? { exportedAt } : {}),
  };
}

/**
 * The header's count is taken with the export's first page; claims stored while the later pages were read may be
 * in the file too. The file is whole when it holds the counted claims, plus at most those collected from the
 * export's time on; fewer means it was cut off.
 */
function countMismatch(header: Header, claims: readonly Claim[]): string | null {
  const { declared, exportedAt } = header;
  if (declared === undefined || declared === claims.length) return null;
  const since = (exportedAt ?? Infinity) - EXPORT_GRACE_MS;
  const during = claims.reduce((n, c) => n + (c.collected >= since ? 1 : 0), 0);
  if (claims.length > declared && claims.length - declared <= during) return null;
  return `header says ${declared} claims, the file has ${claims.length}: is it cut off?`;
}

function parseJsonl(text: string, options: ParseImportOptions, rejected: Rejections): ParsedImport {
  const claims: Claim[] = [];
  let header: Header = {};
  let seenContent = false;
  let lineNo = 0;
  for (const line of linesOf(text)) {
    lineNo++;
    if (line.trim() === '') continue;
    if (rejected.full) {
      rejected.skip(1);
      continue;
    }
    const first = !seenContent;
    seenContent = true;
    if (line.length > L.lineChars) {
      rejected.add(lineNo, `line is ${line.length} characters, at most ${L.lineChars} allowed`);
      continue;
    }
    try {
      const value: unknown = JSON.parse(line);
      if (isHeader(value)) {
        if (!first) throw new ShapeError('a header may only be the first line');
        header = readHeader(value);
        continue;
      }
      if (claims.length >= L.claims) throw new ShapeError(`more than ${L.claims} claims in one file`);
      // Once a line is refused nothing will be stored: the rest are only checked.
      const claim = claimFromJson(value, options.now);
      if (rejected.count === 0) claims.push(withKeys(claim, options));
    } catch (error) {
      rejected.add(lineNo, reasonOf(error));
    }
  }
  const mismatch = rejected.count === 0 ? countMismatch(header, claims) : null;
  if (mismatch) rejected.add(1, mismatch);
  return { format: 'jsonl', claims, rejected: [] };
}

function parseClaimReviews(doc: unknown, options: ParseImportOptions, rejected: Rejections): ParsedImport {
  const result: ParsedImport = { format: 'claimreview', claims: [], rejected: [] };
  const nodes = claimReviewNodes(doc);
  if (nodes.length > L.claims) {
    rejected.add(0, `${nodes.length} reviews, at most ${L.claims} in one file`);
    return result;
  }
  const now = options.now ?? Date.now();
  nodes.forEach(({ node, where }, i) => {
    if (rejected.full) return rejected.skip(1);
    try {
      const claim = withKeys(claimFromClaimReview(node, now), options);
      if (rejected.count === 0) result.claims.push(claim);
    } catch (error) {
      rejected.add(i + 1, `${where}: ${reasonOf(error)}`);
    }
  });
  if (nodes.length === 0) rejected.add(0, 'no ClaimReview found in the document');
  return result;
}

/** Why a JSON document is refused before it is parsed, or null when its size and nesting are within the caps. */
function tooBig(text: string): string | null {
  const shape = measureJson(text, L.documentDepth, L.documentValues);
  if (shape.depth > L.documentDepth) return `the document nests deeper than ${L.documentDepth} levels`;
  if (shape.values > L.documentValues)
    return `the document holds more than ${L.documentValues} values; export large files as claim lines`;
  return null;
}

// Claim lines start with a whole object on the first line; a pretty-printed document does not.
function firstLineIsJson(start: string): boolean {
  const end = start.indexOf('\n');
  if (end < 0 || end > L.lineChars) return false;
  try {
    JSON.parse(start.slice(0, end));
    return true;
  } catch {
    return false;
  }
}

// A JSON-LD document rather than claim lines: an array, or an object that speaks schema.org. Measured before it
// is parsed, so an oversized or deeply nested one is refused without being built.
function jsonLdDocument(text: string): { doc: unknown } | { refused: string } | undefined {
  const start = text.trimStart();
  if (!start.startsWith('[') && !start.startsWith('{')) return undefined;
  if (start.startsWith('{') && firstLineIsJson(start)) return undefined;
  const refused = tooBig(text);
  if (refused) return { refused };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return start.startsWith('[') ? { refused: 'the document is not valid JSON' } : undefined;
  }
  if (Array.isArray(doc)) return { doc };
  const o = doc as Record<string, unknown>;
  return o['@type'] !== undefined ||
    o['@context'] !== undefined ||
    o['@graph'] !== undefined ||
    o.dataFeedElement !== undefined
    ? { doc }
    : undefined;
}

/**
 * Reads an import file: Counterclaim claim lines (see jsonl.ts) or schema.org ClaimReview (a DataFeed, a
 * @graph, an array, or one review). The import is all or nothing: when `rejected` is not empty the caller must
 * store none of `claims`, and shows the reasons, each naming its line; after 100 reasons the rest are counted.
 */
export function parseImport(text: string, options: ParseImportOptions = {}): ParsedImport {
  const rejected = new Rejections();
  let result: ParsedImport;
  if (text.length > L.fileChars) {
    rejected.add(0, `file is ${text.length} characters, at most ${L.fileChars} allowed`);
    result = { format: 'jsonl', claims: [], rejected: [] };
  } else {
    const found = jsonLdDocument(text);
    if (found === undefined) result = parseJsonl(text, options, rejected);
    else if ('refused' in found) {
      rejected.add(0, found.refused);
      result = { format: 'claimreview', claims: [], rejected: [] };
    } else result = parseClaimReviews(found.doc, options, rejected);
  }
  if (result.claims.length === 0 && rejected.count === 0) rejected.add(0, 'the file holds no claims');
  if (rejected.count > 0) result.claims = [];
  result.rejected = rejected.list();
  return result;
}
