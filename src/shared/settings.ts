import * as v from 'valibot';
import { hostOf } from '../core/reading/host-of.ts';
import { defaultSources } from './default-sources.ts';

/** How much a source's claims count: trusted ones rank first, ignored ones are neither collected nor shown. */
export type Trust = 'trusted' | 'neutral' | 'ignored';

/** An RSS/Atom feed of a source; read only when enabled and permitted. */
export interface Feed {
  url: string;
  enabled: boolean;
}

/** An outlet or fact-checker and the reader's view of it. */
export interface Source {
  id: string;
  name: string;
  /** Registrable domains; a page or claim belongs to the source when its host is one of them or below. */
  domains: string[];
  enabled: boolean;
  trust: Trust;
  factChecker: boolean;
  feeds: Feed[];
}

/** Which articles become claims: every article read, only those of listed sources, or none. */
export type Collection = 'all' | 'listed' | 'never';

/** The current settings version; `migrateSettings` brings older stored settings up to it. */
export const settingsVersion = 1;

/** Every setting with its default value; the Settings type is derived from it. */
export const defaultSettings = {
  version: settingsVersion,
  collection: 'all' as Collection,
  /** Hosts never to scan (a host covers its subdomains). */
  disabledSites: [] as string[],
  /** Show highlights on pages. */
  highlights: true,
  /** Read pages in private (incognito) windows: off, so nothing from them is stored or looked up. */
  readPrivateWindows: false,
  /** Colour of the reader's saved highlights. */
  highlightColor: '#ffd54a',
  /** Claim-store retention: a cap on page and feed claims, and on their age in days (0: no age limit). */
  maxClaims: 200_000,
  maxAgeDays: 0,
  /** Minutes between feed refreshes. */
  feedIntervalMinutes: 60,
  sources: defaultSources,
};

/** The reader's settings. */
export type Settings = typeof defaultSettings;

const trust = v.picklist(['trusted', 'neutral', 'ignored']);
const sourceSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  domains: v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(50)),
  enabled: v.boolean(),
  trust,
  factChecker: v.optional(v.boolean(), false),
  feeds: v.pipe(
    v.array(v.object({ url: v.pipe(v.string(), v.maxLength(2048)), enabled: v.boolean() })),
    v.maxLength(50),
  ),
});

/** One schema per setting: a stored value that fails its schema falls back to the default. */
const fieldSchemas: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  version: v.literal(settingsVersion),
  collection: v.picklist(['all', 'listed', 'never']),
  disabledSites: v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(10_000)),
  highlights: v.boolean(),
  readPrivateWindows: v.boolean(),
  highlightColor: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i)),
  maxClaims: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(5_000_000)),
  maxAgeDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(36_500)),
  feedIntervalMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(10_080)),
  sources: v.pipe(v.array(sourceSchema), v.maxLength(2_000)),
};

/** Steps from each older version to the next; index n upgrades version n to n + 1. */
const migrations: Array<(stored: Record<string, unknown>) => Record<string, unknown>> = [
  // Version 0 (unversioned) stored `trackedSites`; version 1 names them the other way round.
  ({ trackedSites: _dropped, ...rest }) => ({ ...rest, version: 1 }),
];

/** Brings stored settings of any older version up to the current one. */
export function migrateSettings(stored: Record<string, unknown>): Record<string, unknown> {
  let current = stored;
  let version = typeof current.version === 'number' ? current.version : 0;
  while (version < settingsVersion) {
    const step = migrations[version];
    if (!step) break;
    current = step(current);
    version += 1;
  }
  return current;
}

/** Settings read from storage, and the names of stored values that were invalid and replaced by defaults. */
export interface SettingsRead {
  settings: Settings;
  invalid: (keyof Settings)[];
}

/** Turns whatever was stored into valid settings: migrated, each invalid value replaced by its default. */
export function readSettings(stored: unknown): SettingsRead {
  const raw = stored && typeof stored === 'object' ? migrateSettings(stored as Record<string, unknown>) : {};
  const settings = { ...defaultSettings };
  const invalid: (keyof Settings)[] = [];
  for (const key of Object.keys(fieldSchemas) as (keyof Settings)[]) {
    if (!(key in raw)) continue;
    const parsed = v.safeParse(fieldSchemas[key], raw[key]);
    if (parsed.success) (settings as Record<string, unknown>)[key] = parsed.output;
    else invalid.push(key);
  }
  return { settings, invalid };
}

/** The host of a URL, as a page's reading names its domain. */
export { hostOf };

/** Whether a host is a domain or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^www\./, '');
  return host === d || host.endsWith(`.${d}`);
}

/** Whether the reader turned scanning off for the page's site. */
export function isSiteDisabled(settings: Settings, url: string): boolean {
  const host = hostOf(url);
  return settings.disabledSites.some((site) => hostMatches(host, site));
}

/** The source a URL belongs to, by its domains; undefined for outlets not listed. */
export function sourceForUrl(settings: Settings, url: string): Source | undefined {
  const host = hostOf(url);
  return settings.sources.find((s) => s.domains.some((d) => hostMatches(host, d)));
}
