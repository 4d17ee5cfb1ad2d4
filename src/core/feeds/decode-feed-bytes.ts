import { remapC1 } from './html-entities.ts';

/** Decoded feed text and the encoding actually used, or a plain-words reason why the bytes could not be read. */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; message: string };

/** The charset parameter of a Content-Type header value, lower-cased, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = part
      .slice(eq + 1)
      .trim()
      .replace(/^["']|["']$/g, '');
    return value ? value.toLowerCase() : undefined;
  }
  return undefined;
}

/** The encoding named in an XML declaration at the very start of the text (read as ASCII), lower-cased. */
export function declaredEncoding(head: string): string | undefined {
  const start = head.startsWith('<?xml') ? 0 : -1;
  if (start < 0) return undefined;
  const end = head.indexOf('?>');
  const decl = head.slice(0, end < 0 ? head.length : end);
  const key = decl.indexOf('encoding');
  if (key < 0) return undefined;
  let i = key + 8;
  while (decl[i] === ' ' || decl[i] === '\t' || decl[i] === '\n' || decl[i] === '\r') i++;
  if (decl[i] !== '=') return undefined;
  i++;
  while (decl[i] === ' ' || decl[i] === '\t') i++;
  const quote = decl[i];
  if (quote !== '"' && quote !== "'") return undefined;
  const close = decl.indexOf(quote, i + 1);
  const label = close < 0 ? '' : decl.slice(i + 1, close).trim();
  return label && label.length <= 40 ? label.toLowerCase() : undefined;
}

function byteOrder(bytes: Uint8Array): string | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  // "<?" in UTF-16 without a BOM: the first bytes still tell the byte order.
  if (a === 0x00 && b === 0x3c) return 'utf-16be';
  if (a === 0x3c && b === 0x00) return 'utf-16le';
  return undefined;
}

function canonical(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    // Strict only for UTF-8: invalid sequences there usually mean a mislabelled single-byte feed.
    return new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes feed bytes. The encoding comes from the byte order mark, else the Content-Type charset, else the
 * XML declaration, else UTF-8 (RFC 7303 order). A label no decoder knows is an error. Bytes that are not valid
 * UTF-8 although labelled so are read with the next label, and finally as windows-1252, the usual culprit.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodeResult {
  const bom = byteOrder(bytes);
  if (bom) {
    const text = tryDecode(bytes, bom);
    if (text !== undefined) return { ok: true, text: text.replace(/^\ufeff/, ''), encoding: bom };
  }
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  const labels: Array<[label: string, where: string]> = [];
  const header = charsetFromContentType(contentType);
  if (header) labels.push([header, 'the Content-Type header']);
  const declared = declaredEncoding(head);
  if (declared) labels.push([declared, 'the XML declaration']);
  const candidates: string[] = [];
  for (const [label, where] of labels) {
    const encoding = canonical(label);
    if (!encoding) {
      if (candidates.length === 0)
        return { ok: false, message: `unknown character encoding "${label}" in ${where}` };
      continue;
    }
    // A UTF-16 label on bytes that read as ASCII cannot be right (no BOM, no zero bytes): ignore it.
    if (!encoding.startsWith('utf-16')) candidates.push(encoding);
  }
  candidates.push('utf-8', 'windows-1252');
  for (const encoding of new Set(candidates)) {
    const text = tryDecode(bytes, encoding);
    if (text === undefined) continue;
    const clean = text.replace(/^\ufeff/, '');
    return { ok: true, text: encoding === 'windows-1252' ? remapC1(clean) : clean, encoding };
  }
  return { ok: false, message: 'the bytes could not be decoded as text' };
}
