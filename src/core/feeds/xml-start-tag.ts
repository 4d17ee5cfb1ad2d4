import { decodeEntities } from './html-entities.ts';
import type { XmlScanner } from './xml-scanner.ts';
import type { XmlAttribute } from './xml-types.ts';

/** A start tag as written: name, attributes (namespaces not yet resolved), whether it is empty (<a/>). */
export interface StartTag {
  name: string;
  attributes: XmlAttribute[];
  empty: boolean;
  /** Whether the tag declares namespaces (xmlns or xmlns:p attributes). */
  declares: boolean;
}

/** Splits a qualified name into prefix and local part ('' prefix when there is no colon). */
export function splitName(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon > 0 ? [name.slice(0, colon), name.slice(colon + 1)] : ['', name];
}

// Attribute-value normalisation (XML 1.0 §3.3.3): literal tabs and newlines become spaces before decoding.
function attributeValue(raw: string): string {
  return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, ' '));
}

/** Decodes character data, with line ends normalised to \n as XML requires, whatever the server sent. */
export function textValue(raw: string): string {
  return decodeEntities(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
}

/** Reads a start tag at the scanner's "<", checking quoting, duplicates and the attribute cap. */
export function readStartTag(scan: XmlScanner, maxAttributes: number): StartTag {
  scan.pos++; // '<'
  const name = scan.name('an element name');
  const attributes: XmlAttribute[] = [];
  let declares = false;
  let names: Set<string> | undefined; // only for tags with many attributes, where a linear check would be quadratic
  for (;;) {
    const spaced = scan.skipSpace();
    const c = scan.peek();
    if (c === 62 /* > */) {
      scan.pos++;
      return { name, attributes, empty: false, declares };
    }
    if (c === 47 /* / */ && scan.peek(1) === 62) {
      scan.pos += 2;
      return { name, attributes, empty: true, declares };
    }
    if (Number.isNaN(c)) throw scan.fail(`the start tag <${name}> is never closed`);
    if (!spaced) throw scan.fail(`expected whitespace before an attribute of <${name}>`);
    const attrName = scan.name('an attribute name');
    if (attributes.length === 8) names = new Set(attributes.map((a) => a.name));
    if (names ? names.has(attrName) : attributes.some((a) => a.name === attrName)) {
      throw scan.fail(`the attribute "${attrName}" appears twice on <${name}>`);
    }
    names?.add(attrName);
    if (attributes.length >= maxAttributes) throw scan.fail(`<${name}> has too many attributes`);
    scan.skipSpace();
    if (!scan.eat('=')) throw scan.fail(`expected "=" after the attribute name "${attrName}"`);
    scan.skipSpace();
    const quote = scan.text[scan.pos];
    if (quote !== '"' && quote !== "'") throw scan.fail(`the value of "${attrName}" must be quoted`);
    const valueStart = scan.pos + 1;
    const end = scan.text.indexOf(quote, valueStart);
    if (end < 0) throw scan.fail(`the value of "${attrName}" is never closed`);
    scan.pos = end + 1;
    const rawValue = scan.text.slice(valueStart, end);
    if (rawValue.includes('<')) throw scan.fail(`"<" inside the value of "${attrName}"`, valueStart);
    const [prefix, local] = splitName(attrName);
    if (attrName === 'xmlns' || prefix === 'xmlns') declares = true;
    attributes.push({ name: attrName, prefix, local, ns: '', value: attributeValue(rawValue) });
  }
}
