import { openClaimStore } from './store/claim-store.ts';

/**
 * The background's claim store. Opening is lazy and holds no state beyond the open connection, so a
 * service worker stopped at any moment loses nothing; a scan that arrives while it opens waits for it.
 */
export const claimStore = openClaimStore();
