import { browser } from '../shared/browser.ts';
import { sendToTab } from '../shared/messages.ts';

const menuId = 'counterclaim-check-selection';

/** Adds "Check with Counterclaim" to the context menu of a selection (menus persist; made once at install). */
export function createMenus(): void {
  browser.contextMenus.create({ id: menuId, title: 'Check with Counterclaim', contexts: ['selection'] });
}

async function checkIn(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  await sendToTab(tabId, 'check-current-selection', {}).catch(() => null);
}

/** Sends the context menu item and the keyboard shortcut to the tab's content script, which owns the selection. */
export function listenForSelectionCommands(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === menuId) void checkIn(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'check-selection') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await checkIn(tab?.id);
  });
}
