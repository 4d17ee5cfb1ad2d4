import { positionOf } from './xml-position.ts';
import { XmlFailure, XmlScanner } from './xml-scanner.ts';
import { readStartTag, splitName, textValue } from './xml-start-tag.ts';
import type { XmlAttribute, XmlElement, XmlLimits, XmlParseOptions, XmlParseResult } from './xml-types.ts';

/** Default caps: a 5 MB feed, nesting far deeper than any real feed, and room for 10,000-item feeds. */
export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxChars: 5 * 1024 * 1024,
  maxDepth: 100,
  maxElements: 250_000,
  maxAttributes: 256,
};

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

interface Frame {
  element: XmlElement;
  /** Prefixes this element declared, to take out of scope when it ends. */
  declared: readonly string[];
  empty: boolean;
  /** False inside a subtree that the keep filter dropped: still checked, never stored. */
  kept: boolean;
}

class TreeBuilder {
  private readonly scan: XmlScanner;
  private elements = 0;
  /**
   * Namespaces in scope, one stack of URIs per prefix (innermost last): a lookup is one Map.get, and an element's
   * declarations cost only their own count. Copying the whole map for each declaring element made a feed with
   * thousands of prefixes in scope take minutes.
   */
  private readonly bindings = new Map<string, string[]>();

  constructor(
    text: string,
    private readonly limits: XmlLimits,
    private readonly fallback: Readonly<Record<string, string>>,
    private readonly keep: (element: XmlElement, parent: XmlElement) => boolean,
  ) {
    this.scan = new XmlScanner(text);
  }

  /** Prolog (declaration, comments, PIs, DOCTYPE), then the root element; anything after the root is ignored. */
  document(): XmlElement {
    const scan = this.scan;
    for (;;) {
      scan.skipSpace();
      if (scan.pos >= scan.text.length) throw scan.fail('the document has no root element');
      if (scan.at('<?')) scan.skipProcessingInstruction();
      else if (scan.at('<!--')) scan.skipComment();
      else if (scan.at('<!DOCTYPE')) scan.skipDoctype();
      else if (scan.at('<!')) throw scan.fail('unexpected "<!" before the root element');
      else if (scan.peek() === 60 /* < */) return this.rootElement();
      else throw scan.fail('text before the root element');
    }
  }

  private namespaceOf(prefix: string): string {
    if (prefix === 'xml') return XML_NS;
    return (
      this.bindings.get(prefix)?.at(-1) ??
      (prefix === '' ? '' : Object.hasOwn(this.fallback, prefix) ? (this.fallback[prefix] ?? '') : '')
    );
  }

  private startTag(kept: boolean): Frame {
    const { name, attributes, empty, declares } = readStartTag(this.scan, this.limits.maxAttributes);
    const declared = declares ? this.declare(attributes) : [];
    for (const a of attributes) {
      if (a.prefix !== '') a.ns = a.prefix === 'xmlns' ? XMLNS_NS : this.namespaceOf(a.prefix);
      else if (a.name === 'xmlns') a.ns = XMLNS_NS;
    }
    const [prefix, local] = splitName(name);
    const ns = this.namespaceOf(prefix);
    const element: XmlElement = { type: 'element', name, prefix, local, ns, attributes, children: [] };
    // An empty element's declarations end with it.
    if (empty) this.undeclare(declared);
    return { element, declared: empty ? [] : declared, empty, kept };
  }

  private declare(attributes: readonly XmlAttribute[]): string[] {
    const declared: string[] = [];
    for (const a of attributes) {
      const prefix = a.name === 'xmlns' ? '' : a.prefix === 'xmlns' ? a.local : null;
      if (prefix === null) continue;
      let stack = this.bindings.get(prefix);
      if (!stack) this.bindings.set(prefix, (stack = []));
      stack.push(a.value);
      declared.push(prefix);
    }
    return declared;
  }

  private undeclare(declared: readonly string[]): void {
    for (const prefix of declared) this.bindings.get(prefix)?.pop();
  }

  private addText(parent: XmlElement, value: string): void {
    if (value === '') return;
    const last = parent.children[parent.children.length - 1];
    if (last?.type === 'text') last.value += value;
    else parent.children.push({ type: 'text', value });
  }

  // Attributes count too: they cost memory like elements, and a tag may carry hundreds of them.
  private countElement(element: XmlElement): void {
    this.elements += 1 + element.attributes.length;
    if (this.elements > this.limits.maxElements) {
      throw this.scan.fail(
        `the document has more than ${this.limits.maxElements} elements and attributes`,
        this.scan.pos,
        'too-large',
      );
    }
  }

  // Iterative rather than recursive: depth is capped anyway, but an explicit stack keeps the frames cheap.
  private rootElement(): XmlElement {
    const scan = this.scan;
    const first = this.startTag(true);
    this.countElement(first.element);
    if (first.empty) return first.element;
    const stack = [first];
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) throw scan.fail('internal: empty element stack');
      const lt = scan.text.indexOf('<', scan.pos);
      if (lt < 0) throw scan.fail(`the document ends before </${top.element.name}>`, scan.text.length);
      if (lt > scan.pos && top.kept) this.addText(top.element, textValue(scan.text.slice(scan.pos, lt)));
      scan.pos = lt;
      const next = scan.peek(1);
      if (next === 47 /* / */) {
        const at = scan.pos;
        scan.pos += 2;
        const name = scan.name('an element name after "</"');
        scan.skipSpace();
        if (!scan.eat('>')) throw scan.fail(`expected ">" to end </${name}`);
        if (name !== top.element.name)
          throw scan.fail(`expected </${top.element.name}> but found </${name}>`, at);
        stack.pop();
        this.undeclare(top.declared);
        if (stack.length === 0) return top.element;
      } else if (scan.at('<!--')) scan.skipComment();
      else if (scan.at('<![CDATA[')) {
        const data = scan.cdata();
        if (top.kept) this.addText(top.element, data);
      } else if (next === 63 /* ? */) scan.skipProcessingInstruction();
      else if (next === 33 /* ! */) throw scan.fail('unexpected "<!" inside an element');
      else {
        if (stack.length >= this.limits.maxDepth) {
          throw scan.fail(`elements are nested more than ${this.limits.maxDepth} deep`, scan.pos, 'too-deep');
        }
        const child = this.startTag(top.kept);
        if (child.kept) child.kept = this.keep(child.element, top.element);
        if (child.kept) {
          this.countElement(child.element);
          top.element.children.push(child.element);
        }
        if (!child.empty) stack.push(child);
      }
    }
  }
}

/**
 * Parses an XML document into a tree without any library or DOM. Linear in the input; entities declared in a
 * DOCTYPE are never expanded (such references stay literal text); a stray "&" that starts no known reference is
 * kept as text (common sloppiness in feeds) while broken markup is an error with its line and column. Subtrees
 * refused by `options.keep` are checked for well-formedness but not stored (and not counted against the cap).
 */
export function parseXml(text: string, options: XmlParseOptions = {}): XmlParseResult {
  const { fallbackPrefixes = {}, keep = () => true, ...rest } = options;
  const limits: XmlLimits = { ...DEFAULT_XML_LIMITS, ...rest };
  if (text.length > limits.maxChars) {
    const message = `the document is larger than ${limits.maxChars} characters`;
    return { ok: false, error: { kind: 'too-large', message, line: 1, column: 1 } };
  }
  try {
    return { ok: true, root: new TreeBuilder(text, limits, fallbackPrefixes, keep).document() };
  } catch (e) {
    if (!(e instanceof XmlFailure)) throw e;
    const { line, column } = positionOf(text, e.offset);
    const message =
      e.kind === 'malformed' ? `not well-formed at line ${line}, column ${column}: ${e.message}` : e.message;
    return { ok: false, error: { kind: e.kind, message, line, column } };
  }
}
