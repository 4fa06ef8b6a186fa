import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CaptureOutcome } from '@/lib/messages';

// The worker only wires browser events to the capture service; the service itself is tested in tests/capture.
const outcome: CaptureOutcome = { kind: 'no-article', url: 'https://www.gov.cn/' };
const captureBrowserTab = vi.fn(async () => outcome);
const showBadge = vi.fn(async () => {});
vi.mock('@/lib/capture/service', () => ({ captureBrowserTab, showBadge }));
const batchView = { run: { state: 'paused', tab_id: 4, reason: null }, items: [] };
const controlBatch = vi.fn(async () => batchView);
const kick = vi.fn(async () => {});
vi.mock('@/lib/batch/service', () => ({ batchRunner: { kick, report: vi.fn() }, controlBatch, scanListTab: vi.fn(), startBatch: vi.fn() }));

const asTab = (tab: unknown) => tab as Browser.tabs.Tab;

/** An event with a trigger, for the APIs fakeBrowser leaves unimplemented (commands, contextMenus). */
function triggerableEvent<Args extends unknown[]>() {
  const listeners = new Set<(...args: Args) => unknown>();
  return {
    addListener: (listener: (...args: Args) => unknown) => listeners.add(listener),
    removeListener: (listener: (...args: Args) => unknown) => listeners.delete(listener),
    hasListener: (listener: (...args: Args) => unknown) => listeners.has(listener),
    trigger: (...args: Args) => Promise.all([...listeners].map((listener) => listener(...args))),
  };
}

describe('background', () => {
  let onCommand: ReturnType<typeof triggerableEvent<[string, Browser.tabs.Tab | undefined]>>;
  let onMenuClicked: ReturnType<typeof triggerableEvent<[{ menuItemId: string }, Browser.tabs.Tab | undefined]>>;

  beforeEach(async () => {
    fakeBrowser.reset();
    captureBrowserTab.mockClear();
    showBadge.mockClear();
    fakeBrowser.i18n.getMessage = (() => '采集此页') as typeof fakeBrowser.i18n.getMessage;
    onCommand = triggerableEvent();
    onMenuClicked = triggerableEvent();
    Object.assign(fakeBrowser.commands, { onCommand });
    Object.assign(fakeBrowser.contextMenus, { onClicked: onMenuClicked, create: vi.fn() });
    vi.resetModules();
    const background = (await import('@/entrypoints/background')).default;
    background.main();
  });

  it('answers the popup with the outcome of capturing the given tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.gov.cn/zhengce/1.htm', active: true });
    // Chrome's contract: the listener keeps the channel open and answers through sendResponse.
    const reply = await new Promise((sendResponse) =>
      // fakeBrowser types the polyfill's two-argument listener; the worker uses Chrome's third, sendResponse.
      (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown)({ type: 'capture-tab', tabId: tab.id, update: true }, {}, sendResponse),
    );
    expect(captureBrowserTab).toHaveBeenCalledWith(tab.id, 'https://www.gov.cn/zhengce/1.htm', true);
    expect(reply).toEqual(outcome);
  });

  it('captures from the keyboard shortcut and shows the outcome on the badge', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.gov.cn/zhengce/2.htm', active: true });
    await onCommand.trigger('capture-page', asTab(tab));
    expect(captureBrowserTab).toHaveBeenCalledWith(tab.id, 'https://www.gov.cn/zhengce/2.htm', false);
    expect(showBadge).toHaveBeenCalledWith(tab.id, outcome);
  });

  it('captures from the context menu item', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.gov.cn/zhengce/3.htm', active: true });
    await onMenuClicked.trigger({ menuItemId: 'capture-page' }, asTab(tab));
    expect(captureBrowserTab).toHaveBeenCalledWith(tab.id, 'https://www.gov.cn/zhengce/3.htm', false);
    expect(showBadge).toHaveBeenCalledWith(tab.id, outcome);
  });

  it('adds the context menu item on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({ id: 'capture-page', title: '采集此页', contexts: ['page'] });
  });

  it('ignores other commands', async () => {
    await onCommand.trigger('something-else', undefined);
    expect(captureBrowserTab).not.toHaveBeenCalled();
  });

  it('carries on a running batch when the worker starts, and answers batch controls with the queue', async () => {
    expect(kick).toHaveBeenCalled();
    const reply = await new Promise((sendResponse) =>
      (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown)({ type: 'batch-control', action: 'pause' }, {}, sendResponse),
    );
    expect(controlBatch).toHaveBeenCalledWith('pause', undefined);
    expect(reply).toEqual(batchView);
  });
});
