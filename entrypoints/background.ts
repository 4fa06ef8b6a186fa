import { batchRunner, controlBatch, scanListTab, startBatch } from '@/lib/batch/service';
import { captureBrowserTab, showBadge } from '@/lib/capture/service';
import type { Message } from '@/lib/messages';

const CONTEXT_MENU_ID = 'capture-page';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CONTEXT_MENU_ID, title: i18n.t('contextMenuCapture'), contexts: ['page'] });
  });

  browser.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
    if (message.type !== 'capture-tab') return;
    void activeOrGivenTab(message.tabId).then(async (tab) =>
      sendResponse(await captureBrowserTab(tab?.id ?? -1, tab?.url, message.update ?? false)),
    );
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

  // Without the popup: the shortcut and the context menu capture directly and report on the badge.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'capture-page') return;
    const target = tab ?? (await activeOrGivenTab());
    if (target?.id !== undefined) await showBadge(target.id, await captureBrowserTab(target.id, target.url, false));
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID || tab?.id === undefined) return;
    await showBadge(tab.id, await captureBrowserTab(tab.id, tab.url, false));
  });
});

async function activeOrGivenTab(tabId?: number) {
  if (tabId !== undefined) return browser.tabs.get(tabId).catch(() => undefined);
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
