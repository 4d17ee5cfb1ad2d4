import type { Claim } from '../../core/claims/index.ts';
import { findRelated, type Related } from '../../core/conflicts/index.ts';
import type { Settings } from '../../shared/settings.ts';
import type { ClaimStore } from '../store/claim-store.ts';
import { trustOf } from '../sources.ts';

/** What other sources in the store say about a claim, under the reader's trust settings; see core's `findRelated`. */
export function relatedInStore(store: ClaimStore, settings: Settings, claim: Claim): Promise<Related> {
  return findRelated(store, claim, { trustOf: (url) => trustOf(settings, url) });
}
