import type { Claim, ClaimKeys } from '../claim.ts';
import { claimFromClaimReview, claimReviewNodes } from './claim-review.ts';
import { claimFromJson, ShapeError } from './claim-shape.ts';
import { isHeader, JSONL_FORMAT, JSONL_VERSION } from './jsonl.ts';
import { IMPORT_LIMITS as L } from './limits.ts';

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

// Beyond this many, further rejections are summed up in one line: a broken file should not make a huge report.
const MAX_REPORTED = 100;

function reasonOf(error: unknown): string {
  if (error instanceof ShapeError) return error.message;
  if (error instanceof SyntaxError) return `not valid JSON (${error.message})`;
  return String(error);
}

function withKeys(claim: Claim, options: ParseImportOptions): Claim {
  const empty = claim.keys.terms.length + claim.keys.entities.length + claim.keys.numbers.length === 0;
  return empty && options.keysFor ? { ...claim, keys: options.keysFor(claim) } : claim;
}

function parseJsonl(text: string, options: ParseImportOptions): ParsedImport {
  const result: ParsedImport = { format: 'jsonl', claims: [], rejected: [] };
  const lines = text.split('\n');
  let declared: number | undefined;
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line.trim() === '') continue;
    const reject = (reason: string) => result.rejected.push({ line: i + 1, reason });
    const first = !seenContent;
    seenContent = true;
    if (line.length > L.lineChars) {
      reject(`line is ${line.length} characters, at most ${L.lineChars} allowed`);
      continue;
    }
    try {
      const value: unknown = JSON.parse(line);
      if (isHeader(value)) {
        if (!first) throw new ShapeError('a header may only be the first line');
        if (value.format !== JSONL_FORMAT) throw new ShapeError(`format: expected "${JSONL_FORMAT}"`);
        if (value.version !== JSONL_VERSION)
          throw new ShapeError(
            `version ${String(value.version)}: this Counterclaim reads version ${JSONL_VERSION}`,
          );
        if (value.count !== undefined) declared = Number(value.count);
        continue;
      }
      if (result.claims.length >= L.claims) throw new ShapeError(`more than ${L.claims} claims in one file`);
      result.claims.push(withKeys(claimFromJson(value, options.now), options));
    } catch (error) {
      reject(reasonOf(error));
    }
  }
  if (declared !== undefined && result.rejected.length === 0 && declared !== result.claims.length) {
    result.rejected.push({
      line: 1,
      reason: `header says ${declared} claims, the file has ${result.claims.length}: is it cut off?`,
    });
  }
  return result;
}

function parseClaimReviews(doc: unknown, options: ParseImportOptions): ParsedImport {
  const result: ParsedImport = { format: 'claimreview', claims: [], rejected: [] };
  const nodes = claimReviewNodes(doc);
  if (nodes.length > L.claims) {
    result.rejected.push({ line: 0, reason: `${nodes.length} reviews, at most ${L.claims} in one file` });
    return result;
  }
  const now = options.now ?? Date.now();
  nodes.forEach(({ node, where }, i) => {
    try {
      result.claims.push(withKeys(claimFromClaimReview(node, now), options));
    } catch (error) {
      result.rejected.push({ line: i + 1, reason: `${where}: ${reasonOf(error)}` });
    }
  });
  if (nodes.length === 0) result.rejected.push({ line: 0, reason: 'no ClaimReview found in the document' });
  return result;
}

// A JSON-LD document rather than claim lines: an array, or an object that speaks schema.org.
function jsonLdDocument(text: string): unknown {
  const start = text.trimStart();
  if (!start.startsWith('[') && !start.startsWith('{')) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return start.startsWith('[') ? text : undefined;
  }
  if (Array.isArray(doc)) return doc;
  const o = doc as Record<string, unknown>;
  return o['@type'] !== undefined ||
    o['@context'] !== undefined ||
    o['@graph'] !== undefined ||
    o.dataFeedElement !== undefined
    ? doc
    : undefined;
}

/**
 * Reads an import file: Counterclaim claim lines (see jsonl.ts) or schema.org ClaimReview (a DataFeed, a
 * @graph, an array, or one review). The import is all or nothing: when `rejected` is not empty the caller must
 * store none of `claims`, and shows the reasons, each naming its line.
 */
export function parseImport(text: string, options: ParseImportOptions = {}): ParsedImport {
  if (text.length > L.fileChars) {
    return {
      format: 'jsonl',
      claims: [],
      rejected: [{ line: 0, reason: `file is ${text.length} characters, at most ${L.fileChars} allowed` }],
    };
  }
  const doc = jsonLdDocument(text);
  if (typeof doc === 'string') {
    return {
      format: 'claimreview',
      claims: [],
      rejected: [{ line: 0, reason: 'the document is not valid JSON' }],
    };
  }
  const result = doc === undefined ? parseJsonl(text, options) : parseClaimReviews(doc, options);
  if (result.claims.length === 0 && result.rejected.length === 0)
    result.rejected.push({ line: 0, reason: 'the file holds no claims' });
  if (result.rejected.length > MAX_REPORTED) {
    const more = result.rejected.length - MAX_REPORTED;
    result.rejected = [
      ...result.rejected.slice(0, MAX_REPORTED),
      { line: 0, reason: `and ${more} more lines refused` },
    ];
  }
  if (result.rejected.length > 0) result.claims = [];
  return result;
}
