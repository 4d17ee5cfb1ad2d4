/** Names of our highlights in `CSS.highlights`, namespaced so they never meet a page's own. */
export const highlightNames = {
  quote: 'counterclaim-quote',
  disputed: 'counterclaim-disputed',
  saved: 'counterclaim-saved',
  flash: 'counterclaim-flash',
} as const;

/** Which highlight a range belongs to. */
export type HighlightKind = keyof typeof highlightNames;

/** The stylesheet for our highlights: a quiet underline for quotes, a stronger mark where sources disagree. */
export function highlightCss(savedColor: string): string {
  return `
::highlight(${highlightNames.quote}) { background-color: rgba(66, 133, 244, 0.14); text-decoration: underline dotted rgba(66, 133, 244, 0.8); }
::highlight(${highlightNames.disputed}) { background-color: rgba(229, 57, 53, 0.18); text-decoration: underline wavy rgba(229, 57, 53, 0.9); }
::highlight(${highlightNames.saved}) { background-color: ${savedColor}; color: #111; }
::highlight(${highlightNames.flash}) { background-color: rgba(255, 193, 7, 0.75); color: #111; }
mark.${highlightNames.quote} { background-color: rgba(66, 133, 244, 0.14); color: inherit; }
mark.${highlightNames.disputed} { background-color: rgba(229, 57, 53, 0.18); color: inherit; }
mark.${highlightNames.saved} { background-color: ${savedColor}; color: #111; }
mark.${highlightNames.flash} { background-color: rgba(255, 193, 7, 0.75); color: #111; }
`;
}
