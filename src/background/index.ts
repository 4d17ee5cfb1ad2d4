import { browser } from '../shared/browser.ts';
import { listenForMessages, type BackgroundMessages } from '../shared/messages.ts';
import { onPageScanned } from './handlers/page-scanned.ts';
import { onPageStatus } from './handlers/page-status.ts';
import { onTabReport } from './handlers/tab-report.ts';
import { forgetTab } from './tab-reports.ts';

listenForMessages<BackgroundMessages>({
  'page-scanned': onPageScanned,
  'page-status': onPageStatus,
  'tab-report': onTabReport,
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
