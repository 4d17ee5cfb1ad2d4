/**
 * Set by the build: true only in the bench build (`COUNTERCLAIM_MEASURE=1`, `dist/chrome-bench`), whose content
 * script records its steps on the page's performance timeline for the cost benchmarks. Release builds leave no
 * trace there. Undefined outside a Vite build (unit tests).
 */
declare const __COUNTERCLAIM_MEASURE__: boolean | undefined;
