import * as v from 'valibot';
import { withFreshKeys } from '../../core/claims/make-claim.ts';
import { claimLine, jsonlHeaderLine } from '../../core/claims/interchange/jsonl.ts';
import { parseImport } from '../../core/claims/interchange/parse-import.ts';
import { browser, type Runtime } from '../../shared/browser.ts';
import type { ExportPage, ImportReport, SavedHighlight, StoreStats } from '../../shared/data-views.ts';
import { limits } from '../../shared/limits.ts';
import { sendToTab } from '../../shared/messages.ts';
import { claimStore } from '../claim-store.ts';
import { applyRetention } from '../retention.ts';
import { requireExtensionPage } from '../senders.ts';
import { validate } from '../validate.ts';

const empty = v.object({});

/** Counts and storage figures for the options page. */
export async function onStoreStats(payload: unknown, sender: Runtime.MessageSender): Promise<StoreStats> {
  requireExtensionPage(sender);
  validate(empty, payload, 'stats request');
  const [stats, outlets, estimate] = await Promise.all([
    claimStore.stats(),
    claimStore.countDomains(),
    navigator.storage?.estimate?.().catch(() => null) ?? null,
  ]);
  return {
    claims: stats.claims,
    byOrigin: stats.byOrigin,
    pages: stats.pages,
    savedHighlights: stats.highlights,
    outlets,
    bytesUsed: estimate?.usage ?? stats.bytesEstimate,
    quota: stats.quota ? { at: stats.quota.at, message: stats.quota.message } : null,
  };
}

const exportSchema = v.object({
  cursor: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5_000)),
});

/** One page of the export as JSON lines; the first page starts with the format's header line. */
export async function onExportClaims(payload: unknown, sender: Runtime.MessageSender): Promise<ExportPage> {
  requireExtensionPage(sender);
  const { cursor, limit } = validate(exportSchema, payload, 'export request');
  const claims = await claimStore.claimsAfter(cursor, limit);
  const lines = claims.map(claimLine);
  if (cursor === null) lines.unshift(jsonlHeaderLine(Date.now(), await claimStore.count()));
  return { lines, cursor: claims.length === limit ? (claims[claims.length - 1]?.id ?? null) : null };
}

const importSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(500)),
  text: v.pipe(
    v.string(),
    v.maxLength(limits.importChars, `files over ${limits.importChars / 1024 / 1024} MB cannot be imported`),
  ),
});

/** Imports a file all or nothing: any rejected line means nothing is stored, and every reason is reported. */
export async function onImportClaims(payload: unknown, sender: Runtime.MessageSender): Promise<ImportReport> {
  requireExtensionPage(sender);
  const { text } = validate(importSchema, payload, 'import', limits.importChars * 2 + 1_000);
  const parsed = parseImport(text, { now: Date.now() });
  if (parsed.rejected.length > 0) return { added: 0, skipped: 0, rejected: parsed.rejected };
  const result = await claimStore.importClaims(parsed.claims.map(withFreshKeys));
  await applyRetention();
  return { ...result, rejected: [] };
}

/** Deletes every claim, page and saved highlight. */
export async function onClearData(payload: unknown, sender: Runtime.MessageSender): Promise<null> {
  requireExtensionPage(sender);
  validate(empty, payload, 'clear request');
  await claimStore.clear();
  return null;
}

const listSchema = v.object({
  query: v.pipe(v.string(), v.maxLength(500)),
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5_000)),
});

/** The reader's saved highlights, newest first, those whose text, outlet or headline holds the query. */
export async function onListSaved(
  payload: unknown,
  sender: Runtime.MessageSender,
): Promise<SavedHighlight[]> {
  requireExtensionPage(sender);
  const { query, limit } = validate(listSchema, payload, 'saved list request');
  const needle = query.trim().toLowerCase();
  const saved = (await claimStore.highlights()) as SavedHighlight[];
  return saved
    .filter(
      (c) =>
        !needle ||
        [c.text, c.source.outlet, c.source.headline ?? ''].some((f) => f.toLowerCase().includes(needle)),
    )
    .sort((a, b) => b.collected - a.collected)
    .slice(0, limit);
}

const deleteSchema = v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) });

/** Deletes one claim; open tabs stop drawing it if it was a saved highlight. */
export async function onDeleteClaim(payload: unknown, sender: Runtime.MessageSender): Promise<null> {
  requireExtensionPage(sender);
  const { id } = validate(deleteSchema, payload, 'delete request');
  await claimStore.deleteClaim(id);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? null : sendToTab(tab.id, 'highlight-deleted', { id }).catch(() => null),
    ),
  );
  return null;
}
