/** Why a store operation failed, for the caller to show or act on. */
export type ClaimStoreErrorCode = 'quota' | 'invalid' | 'failed';

/** An error from the claim store, with a code the background can send back to the page that asked. */
export class ClaimStoreError extends Error {
  override readonly name = 'ClaimStoreError';

  constructor(
    readonly code: ClaimStoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Whether an IndexedDB error means the browser refused space (Chromium, Firefox and Safari names). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
