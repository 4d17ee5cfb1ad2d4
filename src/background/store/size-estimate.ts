import type { ClaimRecord } from './schema.ts';

// Per index entry: the index key, the primary key it points to, and about this much bookkeeping.
const INDEX_ENTRY_OVERHEAD = 8;
const NUMBER_KEY_BYTES = 8;

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Estimated bytes of one stored claim: the record, and its index entries. */
export function claimBytes(claim: ClaimRecord): { record: number; index: number } {
  const record = utf8Bytes(JSON.stringify(claim));
  const idBytes = utf8Bytes(claim.id);
  const entry = (keyBytes: number) => keyBytes + idBytes + INDEX_ENTRY_OVERHEAD;
  let index = entry(utf8Bytes(claim.page)) + entry(utf8Bytes(claim.source.domain)) + entry(NUMBER_KEY_BYTES);
  index += entry(utf8Bytes(claim.origin)) + entry(utf8Bytes(claim.origin) + NUMBER_KEY_BYTES);
  if (claim.source.published) index += entry(utf8Bytes(claim.source.published));
  // Multi-entry indexes hold one entry per distinct key.
  for (const term of new Set(claim.keys.terms)) index += entry(utf8Bytes(term));
  for (const entity of new Set(claim.keys.entities)) index += entry(utf8Bytes(entity));
  return { record, index };
}

/**
 * Estimated bytes one stored claim takes: its record as UTF-8 JSON plus one entry per index key (key bytes,
 * primary key bytes and a fixed overhead). Browsers compress and add their own framing, so it is an estimate
 * of order, not the usage the browser will report.
 */
export function estimateClaimBytes(claim: ClaimRecord): number {
  const { record, index } = claimBytes(claim);
  return record + index;
}
