/** The caps on page input live with the reading of a page, which must fit them; the contexts check against the same table. */
export { limits } from '../core/reading/limits.ts';
