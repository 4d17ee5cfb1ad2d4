export { describeSelection } from './describe-selection.ts';
export {
  anchorSelectors,
  defaultMaxErrors,
  MAX_FUZZY_QUOTE_CHARS,
  type Anchor,
  type AnchorMethod,
  type AnchorOptions,
} from './anchor-selectors.ts';
export {
  normalizeText,
  normalizeFragment,
  toNormalizedOffset,
  toOriginalRange,
  type NormalizedText,
} from './normalize-text.ts';
export {
  compilePattern,
  scanDistances,
  scanWithinErrors,
  type CompiledPattern,
  type ScanOptions,
} from './myers.ts';
export { findFuzzyMatches, type Match } from './fuzzy-search.ts';
