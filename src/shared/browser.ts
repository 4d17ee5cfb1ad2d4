// The one import of the WebExtension API. Chrome now has `browser.*` natively and Firefox always had it;
// keeping the polyfill behind this file lets it be dropped in one place.
import browser from 'webextension-polyfill';

/** The promise-based WebExtension API for Chrome and Firefox alike. */
export { browser };
export type { Runtime, Tabs, Storage, Menus, Alarms, Permissions } from 'webextension-polyfill';
