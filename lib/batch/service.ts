// Batch capture with the real browser: the runner's deps, the list scan, the badge. Used by entrypoints/background.
import { captureTab } from '../capture/captureTab';
import { runExtractor } from '../capture/service';
import type { BatchAction, BatchScanReply, BatchView, Message } from '../messages';
import type { PageExtract } from '../model';
import { loadSettings } from '../settings';
import { getCapture } from '../store/captures';
import { openCaptureDb, type CaptureDb } from '../store/db';
import { captureId, captureKeyUrl } from '../store/id';
import type { ListScan } from './collectLinks';
import type { FetchedPage } from './fetchPage';
import type { BatchPageRequest } from './pageRequest';
import { waitingCount, type BatchItem, type BatchRun, type NewItem } from './queue';
import { createBatchRunner } from './runner';

let dbPromise: Promise<CaptureDb> | undefined;
const db = () => (dbPromise ??= openCaptureDb());

/** Run batch-page.js in a tab with a request (scripting passes no arguments to a file, so a first call sets it). */
async function runInPage<T>(tabId: number, request: BatchPageRequest): Promise<T> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (r: BatchPageRequest) => {
      (globalThis as { __zhengwenBatch?: BatchPageRequest }).__zhengwenBatch = r;
    },
    args: [request],
  });
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/batch-page.js'] });
  if (!result || result.result == null) throw new Error('The page script returned nothing');
  return result.result as T;
}

function broadcast(message: Message): void {
  void browser.runtime.sendMessage(message).catch(() => {}); // no page open: nobody to tell
}

/** The badge shows how many pages are left; nothing when the queue is empty. */
function showBatch(items: BatchItem[], run: BatchRun): void {
  const left = waitingCount(items);
  void browser.action.setBadgeBackgroundColor({ color: run.state === 'running' ? '#0969da' : '#9a6700' }).catch(() => {});
  void browser.action.setBadgeText({ text: left > 0 ? String(left) : '' }).catch(() => {});
  broadcast({ type: 'batch-changed', view: { items, run } });
}

/** A wait that keeps the worker alive: an extension API call resets its idle timer. */
async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await browser.runtime.getPlatformInfo();
}

/** How long a background tab may take to load before its page counts as failed. */
const BACKGROUND_TAB_TIMEOUT_MS = 30_000;
/** After load, pages that fetch their text by script get this long to write it. */
const SCRIPT_SETTLE_MS = 1000;

/** Open the page in a background tab, let its scripts write it, read it with the normal extractor, close the tab. */
async function extractInBackgroundTab(url: string): Promise<PageExtract | null> {
  if (!(await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }))) return null;
  const tab = await browser.tabs.create({ url, active: false });
  try {
    await tabLoaded(tab.id!);
    await new Promise((resolve) => setTimeout(resolve, SCRIPT_SETTLE_MS));
    return await runExtractor(tab.id!);
  } finally {
    await browser.tabs.remove(tab.id!).catch(() => {});
  }
}

function tabLoaded(tabId: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`no answer within ${BACKGROUND_TAB_TIMEOUT_MS / 1000} s`)), BACKGROUND_TAB_TIMEOUT_MS);
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') finish();
    };
    function finish(error?: Error) {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      if (error) reject(error);
      else resolve();
    }
    browser.tabs.onUpdated.addListener(listener);
  });
}

export const batchRunner = createBatchRunner({
  db,
  fetchInList: (tabId, url) => runInPage<FetchedPage>(tabId, { kind: 'fetch', url }),
  capture: async (item, extract: () => Promise<PageExtract>) => {
    // The snapshot of a batch item is the HTML its extraction read (a fetched page's own bytes), when it kept one.
    let html: string | null = null;
    const runExtractor = async () => {
      const page = await extract();
      html = page.html;
      return page;
    };
    const readSnapshot = async (_tabId: number, maxChars: number) => {
      if (html === null) throw new Error('no snapshot for this item');
      return html.length <= maxChars ? html : html.length;
    };
    const outcome = await captureTab(
      { tabId: item.tab_id ?? 0, url: item.url, update: false },
      { db, runExtractor, readSnapshot, fileAccessAllowed: () => browser.extension.isAllowedFileSchemeAccess(), settings: loadSettings, now: () => new Date() },
    );
    if (outcome.kind === 'stored') broadcast({ type: 'captures-changed' });
    return outcome;
  },
  extractTab: runExtractor,
  extractInBackgroundTab,
  pauseMs: async () => (await loadSettings()).batchPauseMs,
  now: () => Date.now(),
  sleep,
  changed: showBatch,
});

/** The article links of a list tab and its next pages, each marked when the library has it. */
export async function scanListTab(tabId: number, maxPages: number): Promise<BatchScanReply> {
  let scan: ListScan;
  try {
    scan = await runInPage<ListScan>(tabId, { kind: 'scan', maxPages });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const store = await db();
  const links = await Promise.all(
    scan.links.map(async (link) => ({ ...link, captured: !!(await getCapture(store, await captureId(captureKeyUrl(link.url, null)))) })),
  );
  return { ...scan, kind: 'scan', pageUrl: scan.pages[0] ?? '', links };
}

export function startBatch(items: NewItem[], listTabId: number | undefined): Promise<BatchView> {
  return batchRunner.start(items, listTabId ?? null);
}

export function controlBatch(action: BatchAction, listTabId: number | undefined): Promise<BatchView> {
  const tab = listTabId ?? null;
  switch (action) {
    case 'pause':
      return batchRunner.pause();
    case 'resume':
      return batchRunner.resume(tab);
    case 'cancel':
      return batchRunner.cancel();
    case 'retry-failed':
      return batchRunner.retryFailed(tab);
  }
}
