/**
 * Named character references decoded by Counterclaim: the five XML ones plus the HTML ones that feeds and
 * article bodies use in practice. A Map (not an object) so names such as "constructor" never hit the prototype.
 */
// prettier-ignore
export const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
    ndash: '\u2013', mdash: '\u2014', minus: '\u2212', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
    lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
    laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', prime: '\u2032', Prime: '\u2033',
    copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7',
    divide: '\u00f7', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup2: '\u00b2', sup3: '\u00b3',
    para: '\u00b6', sect: '\u00a7', dagger: '\u2020', Dagger: '\u2021', permil: '\u2030', euro: '\u20ac',
    pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', curren: '\u00a4', iexcl: '\u00a1', iquest: '\u00bf',
    ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
    Agrave: '\u00c0', Aacute: '\u00c1', Acirc: '\u00c2', Atilde: '\u00c3', Auml: '\u00c4', Aring: '\u00c5',
    AElig: '\u00c6', Ccedil: '\u00c7', Egrave: '\u00c8', Eacute: '\u00c9', Ecirc: '\u00ca', Euml: '\u00cb',
    Igrave: '\u00cc', Iacute: '\u00cd', Icirc: '\u00ce', Iuml: '\u00cf', Ntilde: '\u00d1', Ograve: '\u00d2',
    Oacute: '\u00d3', Ocirc: '\u00d4', Otilde: '\u00d5', Ouml: '\u00d6', Oslash: '\u00d8', Ugrave: '\u00d9',
    Uacute: '\u00da', Ucirc: '\u00db', Uuml: '\u00dc', Yacute: '\u00dd', szlig: '\u00df', agrave: '\u00e0',
    aacute: '\u00e1', acirc: '\u00e2', atilde: '\u00e3', auml: '\u00e4', aring: '\u00e5', aelig: '\u00e6',
    ccedil: '\u00e7', egrave: '\u00e8', eacute: '\u00e9', ecirc: '\u00ea', euml: '\u00eb', igrave: '\u00ec',
    iacute: '\u00ed', icirc: '\u00ee', iuml: '\u00ef', ntilde: '\u00f1', ograve: '\u00f2', oacute: '\u00f3',
    ocirc: '\u00f4', otilde: '\u00f5', ouml: '\u00f6', oslash: '\u00f8', ugrave: '\u00f9', uacute: '\u00fa',
    ucirc: '\u00fb', uuml: '\u00fc', yacute: '\u00fd', yuml: '\u00ff', OElig: '\u0152', oelig: '\u0153',
    Scaron: '\u0160', scaron: '\u0161', Zcaron: '\u017d', zcaron: '\u017e', Yuml: '\u0178', fnof: '\u0192',
    circ: '\u02c6', tilde: '\u02dc', alpha: '\u03b1', beta: '\u03b2', gamma: '\u03b3', delta: '\u03b4',
    pi: '\u03c0', mu: '\u03bc', larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', harr: '\u2194',
  }),
);

// Windows-1252 meanings of 0x80–0x9F: feeds and pages write &#146; for ’ (HTML decoders do the same remap).
const C1_REMAP =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Maps U+0080–U+009F to their windows-1252 meanings. Browsers' windows-1252 decoders already do this; some
 * Node versions decode that label as plain Latin-1, so decoded feed text is passed through here as well.
 */
export function remapC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => C1_REMAP[ch.charCodeAt(0) - 0x80] ?? ch);
}

// A reference is never longer than this; bounding the search for ';' keeps decoding linear on "&&&&…".
const MAX_REFERENCE = 32;

function numericReference(body: string): string | undefined {
  const hex = body[1] === 'x' || body[1] === 'X';
  const digits = body.slice(hex ? 2 : 1);
  if (digits.length === 0 || digits.length > 8) return undefined;
  for (const ch of digits) {
    if (!(hex ? /[0-9a-fA-F]/ : /[0-9]/).test(ch)) return undefined;
  }
  const code = Number.parseInt(digits, hex ? 16 : 10);
  if (code >= 0x80 && code <= 0x9f) return C1_REMAP[code - 0x80];
  // NUL, surrogates and out-of-range code points are not characters: substitute, as HTML decoders do.
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '\ufffd';
  return String.fromCodePoint(code);
}

/**
 * Decodes character references (named and numeric) in one linear pass; an unknown or unterminated reference,
 * including one declared only in a DOCTYPE, is left as literal text, so entity declarations are never expanded.
 */
export function decodeEntities(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    const limit = Math.min(raw.length, amp + MAX_REFERENCE + 2);
    let semi = -1;
    for (let i = amp + 1; i < limit; i++) {
      const c = raw.charCodeAt(i);
      if (c === 59 /* ; */) {
        semi = i;
        break;
      }
      if (c === 38 /* & */ || c <= 32) break;
    }
    if (semi > amp + 1) {
      const body = raw.slice(amp + 1, semi);
      const value = body[0] === '#' ? numericReference(body) : NAMED_ENTITIES.get(body);
      if (value !== undefined) {
        out += raw.slice(last, amp) + value;
        last = semi + 1;
      }
    }
    amp = raw.indexOf('&', amp + 1);
  }
  return out + raw.slice(last);
}
