/** Namespace URIs of the feed vocabularies Counterclaim reads. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

/** Namespaces assumed for these prefixes when a sloppy feed uses them without declaring them. */
export const FEED_FALLBACK_PREFIXES: Readonly<Record<string, string>> = {
  atom: NS.atom,
  content: NS.content,
  dc: NS.dc,
  rdf: NS.rdf,
};

/** Atom elements: the 1.0 namespace, and 0.3 which still turns up. */
export const ATOM_NS: readonly string[] = [NS.atom, NS.atom03];

/** RSS 1.0 / 0.90 elements inside rdf:RDF (and no namespace, for sloppy feeds). */
export const RDF_ITEM_NS: readonly string[] = [NS.rss1, NS.rss090, ''];

/** RSS 2.0 elements have no namespace. */
export const RSS_NS: readonly string[] = [''];
