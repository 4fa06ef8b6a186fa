import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CaptureOutcome } from '@/lib/messages';

// The worker only wires browser events to the capture service; the service itself is tested in tests/capture.
const outcome: CaptureOutcome = { kind: 'no-article', url: 'https://www.gov.cn/' };
const captureBrowserTab = vi.fn(() => ({ stored: Promise.resolve(outcome), settled: Promise.resolve(outcome) }));
const showBadge = vi.fn(async () => {});
const openResultPopup = vi.fn(async () => {});
const canOpenPopup = vi.fn(() => true);
const usePopupOnClick = vi.fn(async () => {});
const restingBadge = vi.fn(async () => {});
const markingOn = vi.fn(async () => false);
const markAllTabs = vi.fn(async () => {});
vi.mock('@/lib/capture/service', () => ({
  captureBrowserTab,
  showBadge,
  openResultPopup,
  canOpenPopup,
  usePopupOnClick,
  restingBadge,
  markingOn,
  markAllTabs,
}));

const batchView = { run: { state: 'paused', tab_id: 4, reason: null }, items: [] };
const controlBatch = vi.fn(async () => batchView);
const kick = vi.fn(async () => {});
vi.mock('@/lib/batch/service', () => ({ batchRunner: { kick, report: vi.fn() }, controlBatch, scanListTab: vi.fn(), startBatch: vi.fn() }));

/** The popup's request, answered through Chrome's third listener argument, sendResponse. */
function askAsPopup(message: unknown) {
  return new Promise((sendResponse) =>
    (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown)(message, {}, sendResponse),
  );
}

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
    openResultPopup.mockReset();
    canOpenPopup.mockReturnValue(true);
    usePopupOnClick.mockClear();
    restingBadge.mockClear();
    markingOn.mockResolvedValue(false);
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

  it('a toolbar click captures its tab at once and opens the popup, whose request gets that capture', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.gov.cn/zhengce/4.htm', active: true });
    await fakeBrowser.action.onClicked.trigger(asTab(tab), undefined as never);
    expect(captureBrowserTab).toHaveBeenCalledWith(tab.id, 'https://www.gov.cn/zhengce/4.htm', false);
    expect(openResultPopup).toHaveBeenCalledWith({ id: tab.id, windowId: tab.windowId });

    expect(await askAsPopup({ type: 'capture-tab', tabId: tab.id })).toEqual(outcome);
    expect(captureBrowserTab).toHaveBeenCalledTimes(1); // joined, not captured twice
    expect(showBadge).not.toHaveBeenCalled();
  });

  it('the popup request names its tab: another tab active by then is not captured', async () => {
    const named = await fakeBrowser.tabs.create({ url: 'https://www.gov.cn/zhengce/5.htm', active: false });
    await fakeBrowser.tabs.create({ url: 'https://www.gov.cn/zhengce/6.htm', active: true });
    await askAsPopup({ type: 'capture-tab', tabId: named.id });
    expect(captureBrowserTab).toHaveBeenCalledWith(named.id, 'https://www.gov.cn/zhengce/5.htm', false);
  });

  it('where the popup cannot be opened, the click still captures and shows the outcome on the badge', async () => {
    openResultPopup.mockRejectedValue(new Error('Could not find an active browser window.'));
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.gov.cn/zhengce/7.htm', active: true });
    await fakeBrowser.action.onClicked.trigger(asTab(tab), undefined as never);
    await vi.waitFor(() => expect(showBadge).toHaveBeenCalledWith(tab.id, outcome));
    expect(captureBrowserTab).toHaveBeenCalledTimes(1);
  });

  it('a browser without action.openPopup gets the popup back on the button (the popup captures itself)', async () => {
    canOpenPopup.mockReturnValue(false);
    vi.resetModules();
    (await import('@/entrypoints/background')).default.main();
    expect(usePopupOnClick).toHaveBeenCalled();
  });

  it('marks a loaded tab already in the library only when the user turned the mark on', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.gov.cn/zhengce/8.htm' });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, asTab(tab));
    expect(restingBadge).not.toHaveBeenCalled();

    markingOn.mockResolvedValue(true);
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, asTab(tab));
    expect(restingBadge).toHaveBeenCalledWith(tab.id, 'https://www.gov.cn/zhengce/8.htm');
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
