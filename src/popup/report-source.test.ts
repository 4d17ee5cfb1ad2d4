import { describe, expect, it } from 'vitest';
import { tabReportKey, type TabReport } from '../shared/report.ts';
import { loadTabReport, watchTabReport, type ReportSources } from './report-source.ts';

const report = { status: 'article', quotes: [] } as unknown as TabReport;

function sources(session: Record<string, unknown> | Error, fromBackground: TabReport | null = null) {
  const asked: number[] = [];
  const read: string[] = [];
  const watchers = new Map<string, (value: unknown) => void>();
  const s: ReportSources = {
    readSession: (key) => {
      read.push(key);
      return session instanceof Error ? Promise.reject(session) : Promise.resolve(session[key]);
    },
    askBackground: (tabId) => {
      asked.push(tabId);
      return Promise.resolve(fromBackground);
    },
    watchSession: (key, onValue) => {
      watchers.set(key, onValue);
      return () => watchers.delete(key);
    },
  };
  return { s, asked, read, watchers };
}

describe('loadTabReport', () => {
  it('reads the tab report from session storage without asking the background', async () => {
    const { s, asked, read } = sources({ [tabReportKey(7)]: report });
    await expect(loadTabReport(7, s)).resolves.toBe(report);
    expect(read).toEqual(['tab:7']);
    expect(asked).toEqual([]);
  });

  it('answers null for a tab with no report, or a value that is not one', async () => {
    await expect(loadTabReport(3, sources({}).s)).resolves.toBeNull();
    await expect(loadTabReport(3, sources({ 'tab:3': 'nonsense' }).s)).resolves.toBeNull();
  });

  it('asks the background where session storage cannot be read', async () => {
    const { s, asked } = sources(new Error('Access to storage is not allowed from this context.'), report);
    await expect(loadTabReport(5, s)).resolves.toBe(report);
    expect(asked).toEqual([5]);
  });
});

describe('watchTabReport', () => {
  it('passes on each report the background writes for the tab, until stopped', () => {
    const { s, watchers } = sources({});
    const seen: (TabReport | null)[] = [];
    const stop = watchTabReport(4, s, (r) => seen.push(r));
    const later = { ...report, status: 'scanning' } as TabReport;
    watchers.get('tab:4')?.(later);
    watchers.get('tab:4')?.(undefined);
    expect(seen).toEqual([later, null]);
    stop();
    expect(watchers.has('tab:4')).toBe(false);
  });
});
