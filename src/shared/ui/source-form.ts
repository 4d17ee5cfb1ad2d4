import type { Feed, Source, Trust } from '../settings.ts';
import { domainsOverlap, parseHost } from './hosts.ts';
import { isHttpUrl } from './urls.ts';

/** What the source form holds: text as typed, domains and feeds one per line (or comma-separated). */
export interface SourceFormInput {
  name: string;
  domains: string;
  feeds: string;
  trust: string;
  enabled: boolean;
  factChecker: boolean;
}

/** One message per field that is wrong; an empty object means the form is valid. */
export type SourceFormErrors = Partial<Record<'name' | 'domains' | 'feeds' | 'trust', string>>;

/** The form's verdict: the errors, and the source to save when there are none. */
export interface SourceFormResult {
  errors: SourceFormErrors;
  source: Source | null;
}

const trusts: readonly Trust[] = ['trusted', 'neutral', 'ignored'];
const maxItems = 50;

/** Splits a list field on new lines and commas, dropping blanks. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** An id for a new source from its name, unique among the existing ids. */
export function sourceIdFor(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'source';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** The form's fields filled from a source, for editing it. */
export function sourceFormFrom(source: Source): SourceFormInput {
  return {
    name: source.name,
    domains: source.domains.join('\n'),
    feeds: source.feeds.map((f) => f.url).join('\n'),
    trust: source.trust,
    enabled: source.enabled,
    factChecker: source.factChecker,
  };
}

function checkDomains(input: string, others: readonly Source[], errors: SourceFormErrors): string[] {
  const domains: string[] = [];
  for (const item of splitList(input)) {
    const parsed = parseHost(item);
    if (!parsed.ok) {
      errors.domains = parsed.error;
      return [];
    }
    if (!domains.includes(parsed.host)) domains.push(parsed.host);
  }
  if (domains.length === 0) errors.domains = 'Enter at least one domain, e.g. example.com.';
  else if (domains.length > maxItems) errors.domains = `A source can have at most ${maxItems} domains.`;
  for (const domain of domains) {
    const owner = others.find((s) => s.domains.some((d) => domainsOverlap(domain, d)));
    if (owner && !errors.domains) errors.domains = `${domain} already belongs to ${owner.name}.`;
  }
  return domains;
}

function checkFeeds(input: string, editing: Source | undefined, errors: SourceFormErrors): Feed[] {
  const urls = [...new Set(splitList(input))];
  const bad = urls.find((url) => !isHttpUrl(url));
  if (bad) errors.feeds = `“${bad.slice(0, 80)}” is not an http(s) address.`;
  else if (urls.length > maxItems) errors.feeds = `A source can have at most ${maxItems} feeds.`;
  // A feed kept through an edit keeps its switch; new ones start off, as reading one needs permission.
  return urls.map((url) => ({ url, enabled: editing?.feeds.find((f) => f.url === url)?.enabled ?? false }));
}

/**
 * Validates the source form against the other sources: a name, valid domains that no other source
 * already has (nor a parent or child of them), http(s) feeds, and a known trust level.
 */
export function validateSourceForm(
  input: SourceFormInput,
  existing: readonly Source[],
  editing?: Source,
): SourceFormResult {
  const errors: SourceFormErrors = {};
  const others = existing.filter((s) => s.id !== editing?.id);
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) errors.name = 'Enter a name.';
  else if (name.length > 200) errors.name = 'Keep the name under 200 characters.';
  else {
    const twin = others.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (twin) errors.name = `There is already a source named ${twin.name}.`;
  }
  const domains = checkDomains(input.domains, others, errors);
  const feeds = checkFeeds(input.feeds, editing, errors);
  const trust = trusts.find((t) => t === input.trust);
  if (!trust) errors.trust = 'Trust must be trusted, neutral or ignored.';
  if (Object.keys(errors).length > 0 || !trust) return { errors, source: null };
  const id =
    editing?.id ??
    sourceIdFor(
      name,
      existing.map((s) => s.id),
    );
  return {
    errors,
    source: { id, name, domains, enabled: input.enabled, trust, factChecker: input.factChecker, feeds },
  };
}

/** Sources whose name or a domain contains the search text (case-insensitive); all when it is blank. */
export function filterSources(sources: readonly Source[], query: string): Source[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...sources];
  return sources.filter((s) => s.name.toLowerCase().includes(q) || s.domains.some((d) => d.includes(q)));
}
