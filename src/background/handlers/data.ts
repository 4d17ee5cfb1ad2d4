import { withFreshKeys } from '../../core/claims/index.ts';
import { claimLine, jsonlHeaderLine } from '../../core/claims/index.ts';
import { parseImport } from '../../core/claims/index.ts';
import { browser } from '../../shared/browser.ts';
import type { ExportPage, ImportReport, SavedHighlight, StoreStats } from '../../shared/data-views.ts';
import { sendToTab } from '../../shared/messages.ts';
import type { RequestOf } from '../../shared/protocol.ts';
import { claimStore } from '../store-instance.ts';
import { applyRetention } from '../retention-alarm.ts';

// Every handler here answers the options page; the router has checked the sender and the request's shape.

/** Counts and storage figures for the options page. */
export async function onStoreStats(): Promise<StoreStats> {
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

/**
 * One page of the export as JSON lines. The first page starts with the header, whose count is taken in the same
 * transaction as that page; claims stored while later pages are read may follow, and import accepts them.
 */
export async function onExportClaims({ cursor, limit }: RequestOf<'export-claims'>): Promise<ExportPage> {
  const lines: string[] = [];
  let claims;
  if (cursor === null) {
    const snapshot = await claimStore.firstExportPage(limit);
    claims = snapshot.claims;
    lines.push(jsonlHeaderLine(Date.now(), snapshot.count));
  } else claims = await claimStore.claimsAfter(cursor, limit);
  lines.push(...claims.map(claimLine));
  return { lines, cursor: claims.length === limit ? (claims[claims.length - 1]?.id ?? null) : null };
}

/** Imports a file all or nothing: any rejected line means nothing is stored; the first 100 reasons are reported. */
export async function onImportClaims({ text }: RequestOf<'import-claims'>): Promise<ImportReport> {
  const parsed = parseImport(text, { now: Date.now() });
  if (parsed.rejected.length > 0) return { added: 0, skipped: 0, rejected: parsed.rejected };
  const result = await claimStore.importClaims(parsed.claims.map(withFreshKeys));
  await applyRetention();
  return { ...result, rejected: [] };
}

/** Deletes every claim, page and saved highlight. */
export async function onClearData(): Promise<null> {
  await claimStore.clear();
  return null;
}

/** The reader's saved highlights, newest first, those whose text, outlet or headline holds the query. */
export async function onListSaved({ query, limit }: RequestOf<'list-saved'>): Promise<SavedHighlight[]> {
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

/** Deletes one claim; open tabs stop drawing it if it was a saved highlight. */
export async function onDeleteClaim({ id }: RequestOf<'delete-claim'>): Promise<null> {
  await claimStore.deleteClaim(id);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? null : sendToTab(tab.id, 'highlight-deleted', { id }).catch(() => null),
    ),
  );
  return null;
}
