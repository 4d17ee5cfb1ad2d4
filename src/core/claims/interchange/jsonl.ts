import type { Claim } from '../claim.ts';

/**
 * Counterclaim's own claim file, JSON lines: a header line, then one Claim as JSON per line.
 *
 *   {"format":"counterclaim-claims","version":1,"exported":"2025-06-01T12:00:00.000Z","count":2}
 *   {"id":"…","text":"…","speaker":{…},…}
 *   {"id":"…",…}
 *
 * The header is optional on import (a file of bare claim lines reads as version 1); when present its version
 * must be one this code reads and its count, if given, is the number of claims when the export began: the file
 * must hold that many, plus at most the claims collected while the export ran (`collected` from a minute before
 * `exported` on), so a cut-off file is refused rather than half imported. Blank lines are ignored.
 */
export const JSONL_FORMAT = 'counterclaim-claims';

/** The version of the claim lines this code writes and reads. */
export const JSONL_VERSION = 1;

/** The header line of a claim file. */
export interface JsonlHeader {
  format: typeof JSONL_FORMAT;
  version: number;
  exported: string;
  count?: number;
}

/** The header line for an export made at `exportedAt` (epoch ms) of `count` claims, when known. */
export function jsonlHeaderLine(exportedAt: number, count?: number): string {
  const header: JsonlHeader = {
    format: JSONL_FORMAT,
    version: JSONL_VERSION,
    exported: new Date(exportedAt).toISOString(),
  };
  if (count !== undefined) header.count = count;
  return `${JSON.stringify(header)}\n`;
}

/** One claim as a line of the claim file. */
export function claimLine(claim: Claim): string {
  return `${JSON.stringify(claim)}\n`;
}

/** A whole claim file for these claims. */
export function serializeClaims(claims: readonly Claim[], exportedAt: number): string {
  return jsonlHeaderLine(exportedAt, claims.length) + claims.map(claimLine).join('');
}

/** Whether a parsed line is a claim-file header (it names a format) rather than a claim. */
export function isHeader(value: unknown): value is { format: unknown; version?: unknown; count?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'format' in value;
}
