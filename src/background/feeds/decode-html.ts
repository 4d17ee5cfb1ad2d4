import { charsetFromContentType } from '../../core/feeds/index.ts';

// How far into a page its <meta charset> is looked for, as browsers do (the HTML spec says 1024 bytes).
const SNIFF_BYTES = 1024;

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES)).toLowerCase();
  const at = head.indexOf('charset=');
  if (at < 0) return undefined;
  let from = at + 'charset='.length;
  while (head[from] === '"' || head[from] === "'" || head[from] === ' ') from++;
  let to = from;
  while (to < head.length && /[a-z0-9_:.-]/.test(head[to] ?? '')) to++;
  return to > from ? head.slice(from, to) : undefined;
}

function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    // An unknown label: UTF-8 is the web's default and reads ASCII text right whatever the page meant.
    return new TextDecoder('utf-8');
  }
}

/**
 * A fetched page's bytes as text: a byte order mark wins, then the Content-Type charset, then a
 * `<meta charset>` near the top, else UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string): string {
  const label = bomCharset(bytes) ?? charsetFromContentType(contentType) ?? metaCharset(bytes);
  return decoderFor(label).decode(bytes);
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** Whether a response's Content-Type is a web page worth reading (an absent type is given the benefit). */
export function isHtmlType(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'text/html' || type === 'application/xhtml+xml';
}
