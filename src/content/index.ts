import { startContent } from './start.ts';

// Nothing of ours may throw into the page: a failure to start is logged quietly and Counterclaim stays out of the way.
startContent().catch((error: unknown) => console.debug('Counterclaim did not start:', error));
