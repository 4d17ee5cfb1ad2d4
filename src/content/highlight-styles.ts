/**
 * The one name our highlights have in `CSS.highlights` (and the class of the <mark> fallback). Every quote found
 * on the page is drawn under it, in one style, before and whatever the store says: page scripts can read this
 * registry and these marks, so nothing here may depend on the reader's store. Disputed and saved state is drawn
 * inside our closed shadow root instead (see `ui/overlay-marks.ts`).
 */
export const quoteHighlightName = 'counterclaim';

/** The page's stylesheet for our highlights: one quiet style for every quote, the same on every page. */
export const pageHighlightCss = `
::highlight(${quoteHighlightName}) { background-color: rgba(66, 133, 244, 0.14); text-decoration: underline dotted rgba(66, 133, 244, 0.8); }
mark.${quoteHighlightName} { background-color: rgba(66, 133, 244, 0.14); color: inherit; }
`;
