/** An attribute of an XML element, with its namespace resolved from the xmlns declarations in scope. */
export interface XmlAttribute {
  name: string;
  prefix: string;
  local: string;
  /** Namespace URI; '' for an unprefixed attribute or an undeclared prefix. */
  ns: string;
  value: string;
}

/** An XML element: qualified name as written, local name, namespace URI, attributes and children. */
export interface XmlElement {
  type: 'element';
  name: string;
  prefix: string;
  local: string;
  /** Namespace URI; '' when no namespace applies (or the prefix was never declared nor well known). */
  ns: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
}

/** Character data: text and CDATA sections, entities already decoded, adjacent runs merged. */
export interface XmlText {
  type: 'text';
  value: string;
}

/** A node of the parsed tree; comments and processing instructions are checked but not kept. */
export type XmlNode = XmlElement | XmlText;

/** Resource caps that keep hostile input from costing more than a bounded amount of time and memory. */
export interface XmlLimits {
  /** Longest input, in UTF-16 code units. */
  maxChars: number;
  /** Deepest element nesting. */
  maxDepth: number;
  /** Most elements plus attributes stored in the tree. */
  maxElements: number;
  /** Most attributes on one element. */
  maxAttributes: number;
}

/** Options of the XML parser: limits, and namespaces assumed for prefixes that a sloppy document never declares. */
export interface XmlParseOptions extends Partial<XmlLimits> {
  fallbackPrefixes?: Readonly<Record<string, string>>;
  /** Decides, once its start tag is read, whether an element (and its subtree) is stored in the tree. */
  keep?: (element: XmlElement, parent: XmlElement) => boolean;
}

/** Why a document was rejected: not well-formed XML, or over one of the limits. */
export type XmlErrorKind = 'malformed' | 'too-large' | 'too-deep';

/** A parse failure with a message in plain words and the 1-based position where it was noticed. */
export interface XmlError {
  kind: XmlErrorKind;
  message: string;
  line: number;
  column: number;
}

/** The outcome of parsing: the root element, or an error. */
export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; error: XmlError };
