// Public surface of claim normalisation.
export {
  normalizeClaim,
  speakerKey,
  type ClaimInput,
  type NormalizedClaim,
  type ClaimWord,
} from './normalize.ts';
export { claimKeys, keysOfText, KEY_LIMITS } from './keys.ts';
export { stem } from './stem.ts';
