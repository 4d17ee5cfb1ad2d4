import { browser } from '../shared/browser.ts';
import { onFeedStatus, onRefreshFeeds, scheduleFeeds } from './feeds/index.ts';
import {
  onClearData,
  onDeleteClaim,
  onExportClaims,
  onImportClaims,
  onListSaved,
  onStoreStats,
} from './handlers/data.ts';
import { onPageScanned, onScanRefused } from './handlers/page-scanned.ts';
import { onPageStatus } from './handlers/page-status.ts';
import { onCheckSelection, onPageHighlights, onSaveSelection } from './handlers/selection.ts';
import { onTabReport } from './handlers/tab-report.ts';
import { createMenus, listenForSelectionCommands } from './menus.ts';
import { scheduleRetention } from './retention-alarm.ts';
import { routeMessages } from './router.ts';
import { forgetScans } from './scan-budget.ts';
import { forgetTab } from './tab-reports.ts';

routeMessages(
  {
    'page-scanned': onPageScanned,
    'page-status': onPageStatus,
    'tab-report': onTabReport,
    'check-selection': onCheckSelection,
    'save-selection': onSaveSelection,
    'page-highlights': onPageHighlights,
    'store-stats': onStoreStats,
    'export-claims': onExportClaims,
    'import-claims': onImportClaims,
    'clear-data': onClearData,
    'list-saved': onListSaved,
    'delete-claim': onDeleteClaim,
    'refresh-feeds': onRefreshFeeds,
    'feed-status': onFeedStatus,
  },
  { 'page-scanned': onScanRefused },
);

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
  void forgetScans(tabId);
});
browser.runtime.onInstalled.addListener(createMenus);
listenForSelectionCommands();
scheduleRetention();
scheduleFeeds();
