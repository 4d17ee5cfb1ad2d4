import type { Plugin } from 'vite';

/** A group of modules put into one chunk: its name and which module ids it takes. */
export interface ChunkGroup {
  name: string;
  test: (id: string) => boolean;
}

/** What the build needs to load the content script in few files: a plugin that learns the module graph, and groups. */
export interface ContentChunks {
  plugin: Plugin;
  /** First the modules only the content script loads at start, then those it shares with the extension's pages. */
  groups: ChunkGroup[];
}

/** Every module reachable by static imports from the modules whose id ends with one of `entries`. */
function reachable(imports: ReadonlyMap<string, readonly string[]>, entries: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const queue = [...imports.keys()].filter((id) => entries.some((entry) => id.endsWith(entry)));
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (reached.has(next)) continue;
    reached.add(next);
    queue.push(...(imports.get(next) ?? []));
  }
  return reached;
}

/**
 * Chunks for the content script. It is loaded into every page a reader opens, as a module graph: each file of it
 * costs the page's main thread a fetch, a compile and a cache check of its own, about a millisecond each, so the
 * modules it loads at start come in two files rather than the eight that sharing chunks with every other context
 * would make: one of what only it (and the background) loads, and one of what the popup and options pages load too,
 * so they never load the reading they do not need. Modules it loads later (the other languages' reader) stay
 * chunks of their own. The entry itself stays the chunk the browser's loader names.
 */
export function contentChunks(entry: string, pages: readonly string[]): ContentChunks {
  const imports = new Map<string, readonly string[]>();
  let graphs: { content: Set<string>; pages: Set<string> } | null = null;
  const plugin: Plugin = {
    name: 'counterclaim:content-chunks',
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
      graphs = null;
    },
  };
  const graph = () => (graphs ??= { content: reachable(imports, [entry]), pages: reachable(imports, pages) });
  const atStart = (id: string) => graph().content.has(id) && !id.endsWith(entry);
  return {
    plugin,
    groups: [
      // First, so the dependencies a group takes along never pull what the pages share into the content's own.
      { name: 'content-shared', test: (id) => atStart(id) && graph().pages.has(id) },
      { name: 'content', test: (id) => atStart(id) && !graph().pages.has(id) },
    ],
  };
}
