import { batchRunner, controlBatch, scanListTab, startBatch } from '@/lib/batch/service';
import { ClickCaptures } from '@/lib/capture/clickCaptures';
import {
  canOpenPopup,
  captureBrowserTab,
  markAllTabs,
  markingOn,
  openResultPopup,
  restingBadge,
  showBadge,
  usePopupOnClick,
} from '@/lib/capture/service';
import { settingsItem } from '@/lib/settings';
import type { Message } from '@/lib/messages';

const CONTEXT_MENU_ID = 'capture-page';

export default defineBackground(() => {
  const clicks = new ClickCaptures();
  if (!canOpenPopup()) void usePopupOnClick();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CONTEXT_MENU_ID, title: i18n.t('contextMenuCapture'), contexts: ['page'] });
  });

  // Worker-first: the click starts the capture before anything else, then the popup opens to show it. Where the
  // popup cannot be opened, the badge shows the outcome, as for the shortcut.
  browser.action.onClicked.addListener((tab) => {
    const tabId = tab.id;
    if (tabId === undefined) return;
    const outcome = clicks.begin(tabId, captureBrowserTab(tabId, tab.url, false));
    const badge = async () => showBadge(tabId, await outcome);
    const mark = async () => restingBadge(tabId, tab.url).catch(() => {}); // the library mark, when turned on
    if (canOpenPopup()) void openResultPopup({ id: tabId, windowId: tab.windowId }).then(() => outcome.then(mark), badge);
    else void usePopupOnClick().finally(badge); // and from the next click on, the popup captures itself
  });

  browser.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
    if (message.type !== 'capture-tab') return;
    const update = message.update ?? false;
    const clicked = update ? undefined : clicks.claim(message.tabId);
    void (clicked ?? captureNamedTab(message.tabId, update)).then(sendResponse);
    return true; // keep the channel open for the async reply
  });

  // Batch capture: the queue lives in IndexedDB, so a worker started for any reason carries on a running batch.
  void batchRunner.kick().catch((error) => console.error('batch capture stopped', error));
  browser.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
    const reply = batchReply(message);
    if (!reply) return;
    void reply.then(sendResponse);
    return true;
  });
  // Opt-in (options page): the badge marks a tab whose address is already captured, as the researcher browses.
  browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.status !== 'complete' || !(await markingOn())) return;
    await restingBadge(tabId, tab.url).catch(() => {});
  });
  settingsItem.watch(() => void markAllTabs());

  // Without the popup: the shortcut and the context menu capture directly and report on the badge.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'capture-page') return;
    const target = tab ?? (await activeTab());
    if (target?.id !== undefined) await showBadge(target.id, await captureBrowserTab(target.id, target.url, false).stored);
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID || tab?.id === undefined) return;
    await showBadge(tab.id, await captureBrowserTab(tab.id, tab.url, false).stored);
  });
});

/** The tab a request names, and only it: a tab closed meanwhile is "no tab", never whichever tab is active now. */
async function captureNamedTab(tabId: number, update: boolean) {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return captureBrowserTab(tab?.id ?? -1, tab?.url, update).stored;
}

/** The tab a message names, else the active one. */
async function activeOrGivenTab(tabId: number | undefined) {
  return tabId === undefined ? activeTab() : browser.tabs.get(tabId).catch(() => undefined);
}

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

function batchReply(message: Message): Promise<unknown> | null {
  switch (message.type) {
    case 'batch-scan':
      return activeOrGivenTab(message.tabId).then((tab) =>
        tab?.id === undefined ? { kind: 'error' as const, message: 'no tab' } : scanListTab(tab.id, message.maxPages),
      );
    case 'batch-start':
      return startBatch(message.items, message.listTabId);
    case 'batch-control':
      return controlBatch(message.action, message.listTabId);
    case 'batch-status':
      return batchRunner.report();
    default:
      return null;
  }
}
