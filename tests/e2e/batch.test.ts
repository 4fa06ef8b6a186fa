// Batch capture as a person uses it: a 政务动态 list over two pages on 127.0.0.1, the popup's Capture linked
// articles, Start, a stopped service worker, a capture by hand meanwhile, Pause / Resume, Retry failed in the
// library page, and the records and the summary at the end.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActionPopup, ExtensionBrowser, sleep } from '../../scripts/chromium';
import { articleHtml, listHtml, siteArticles, type SiteArticle } from '../helpers/batchSite';
import { encodeGbk } from '../helpers/gbk';
import type { CaptureRecord } from '../../lib/model';
import { screenshotPath } from './support/extension';

const articles = siteArticles(27); // 1–26 UTF-8, 27 in GBK without a charset
const gbkArticle = articles[26]!;
const special = {
  missing: { path: '/zwdt/202403/t20240310_9404.html', title: '已删除的页面链接示例标题', date: '2024-03-10' },
  flaky: { path: '/zwdt/202403/t20240311_9500.html', title: '示范市召开服务器繁忙时的会议', date: '2024-03-11' },
  empty: { path: '/zwdt/202403/t20240312_9600.html', title: '示范市图片新闻无正文页面', date: '2024-03-12' },
};
const flakyArticle: SiteArticle = { ...special.flaky };

let server: Server;
let origin = '';
const requests: { path: string; at: number }[] = [];
/** While set, the batch's own requests for articles (not a person's navigations) wait for it: the batch cannot end
 * before the test has pressed Pause, however fast the machine. */
let held: { opened: Promise<void>; open: () => void } | null = null;
function holdBatchRequests(): void {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  held = { opened, open };
}

function route(path: string, hits: number): { status: number; type: string; body: string | Uint8Array } | null {
  const html = (body: string) => ({ status: 200, type: 'text/html; charset=utf-8', body });
  if (path === '/zwdt/index.html') return html(listHtml(articles.slice(0, 15), 0, 2, '<li><a href="/zwgk/index.html">政务公开目录导航</a></li>'));
  if (path === '/zwdt/index_1.html') {
    const rows = [...articles.slice(15, 26), special.missing, special.flaky, special.empty, gbkArticle];
    // Article 3 again, with a fragment: one item.
    return html(listHtml(rows, 1, 2, `<li><a href="${articles[2]!.path}#pinglun">${articles[2]!.title}</a></li>`));
  }
  if (path === special.missing.path) return null;
  if (path === special.flaky.path) return hits === 1 ? { status: 500, type: 'text/plain', body: 'busy' } : html(articleHtml(flakyArticle, 500));
  if (path === special.empty.path) return html('<html><head><meta charset="utf-8"><title>图片新闻</title></head><body><a href="/">首页</a><img src="/a.jpg"></body></html>');
  if (path === gbkArticle.path) return { status: 200, type: 'text/html', body: encodeGbk(articleHtml(gbkArticle, 27, false)) };
  const n = articles.findIndex((a) => a.path === path);
  return n >= 0 ? html(articleHtml(articles[n]!, n + 1)) : null;
}

let browser: ExtensionBrowser;
beforeAll(async () => {
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path, at: Date.now() });
    const byBatch = request.headers['sec-fetch-mode'] !== 'navigate';
    if (held && byBatch && articles.some((a) => a.path === path)) await held.opened;
    const answer = route(path, requests.filter((r) => r.path === path).length);
    if (!answer) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(answer.status, { 'content-type': answer.type, 'cache-control': 'no-store' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await ExtensionBrowser.launch({ headless: true });
  // A short politeness pause keeps the test fast; the default (1 s) is the options page's.
  await (await browser.worker()).evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ settings: { keepPageHtml: true, unicodeForm: 'NFC', batchPauseMs: 150 } }),
  );
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Clicks the enabled button with this accessible name (its text) in the popup. */
const clickInPopup = (popup: ActionPopup, name: string) =>
  popup.evaluate(`(() => {
    const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)} && !b.disabled);
    if (!b) throw new Error('no enabled button ' + ${JSON.stringify(name)});
    b.click();
  })()`);

interface ItemView { url: string; status: string; reason: string | null; title: string | null }

/** An extension page to read IndexedDB from: the worker may be stopped (and Playwright's handle to it stale). */
let reader: Page;
function readStore<T>(store: string): Promise<T[]> {
  return reader.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('zhengwen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const objects = open.result.transaction(name).objectStore(name);
          const get = (name === 'batch' ? objects.index('seq') : objects).getAll();
          get.onsuccess = () => (open.result.close(), resolve(get.result as T[]));
          get.onerror = () => reject(get.error);
        };
      }),
    store,
  );
}
const batchItems = async () =>
  (await readStore<ItemView>('batch')).map(({ url, status, reason, title }) => ({ url, status, reason, title }));

async function waitForItems(predicate: (items: ItemView[]) => boolean, timeoutMs = 30_000): Promise<ItemView[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const items = await batchItems().catch(() => [] as ItemView[]);
    if (predicate(items)) return items;
    if (Date.now() > deadline) throw new Error(`batch: not there after ${timeoutMs} ms: ${JSON.stringify(items.map((i) => i.status))}`);
    await sleep(100);
  }
}

const finished = (i: ItemView) => !['queued', 'running'].includes(i.status);

/** Stops the extension's service worker (what chrome://serviceworker-internals' Stop does) and waits until it is gone. */
async function stopServiceWorker(): Promise<void> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const targets = await browser.context.browser()!.newBrowserCDPSession();
  const deadline = Date.now() + 5000;
  while ((await targets.send('Target.getTargets')).targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(browser.extensionOrigin))) {
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
    await sleep(50);
  }
  await targets.detach();
  await cdp.detach();
  await page.close();
}

async function openPage(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

describe('batch capture of a list page', () => {
  test('30 links over two pages: stored once each, with statuses and reasons, through a stopped worker and a capture by hand', async () => {
    reader = await openPage(`${browser.extensionOrigin}/options.html`);
    // One article is in the library before the batch.
    const before = await openPage(origin + articles[1]!.path);
    const firstPopup = await browser.clickAction(before);
    await firstPopup.settledState();
    await firstPopup.close();
    await before.close();

    const list = await openPage(origin + '/zwdt/index.html');
    const popup = await browser.clickAction(list);
    await popup.evaluate(`document.getElementById('batch-pages').value = '2'`);
    await clickInPopup(popup, 'Capture linked articles');
    await popup.waitFor(`document.querySelector('[data-testid=batch-links]')`, 20_000);
    const links = await popup.evaluate<{ url: string; checked: boolean; captured: boolean; date: string | null }[]>(
      `[...document.querySelectorAll('[data-testid=batch-links] li')].map((li) => ({
        url: li.dataset.url, checked: li.querySelector('input').checked, captured: li.hasAttribute('data-captured'),
        date: li.querySelector('.date')?.textContent ?? null }))`,
    );
    expect(links).toHaveLength(30);
    expect(links.map((l) => new URL(l.url).pathname)).not.toContain('/zwgk/index.html');
    expect(links.filter((l) => l.captured).map((l) => new URL(l.url).pathname)).toEqual([articles[1]!.path]);
    expect(links.filter((l) => !l.checked)).toHaveLength(1);
    expect(links[0]!.date).toBe(articles[0]!.date);
    await popup.screenshot(screenshotPath('popup-batch-links.png'));

    // The already-captured one ticked again: the batch must report it, not store it twice.
    await popup.evaluate(`document.querySelector('[data-testid=batch-links] li[data-captured] input').checked = true`);
    await clickInPopup(popup, 'Start');
    await popup.waitFor(`document.querySelector('[data-testid=batch-queue]')`);

    await waitForItems((items) => items.filter(finished).length >= 6);
    await popup.screenshot(screenshotPath('popup-batch-queue.png'));
    await stopServiceWorker();
    const whileStopped = (await batchItems()).filter(finished).length;
    await sleep(500);
    expect((await batchItems()).filter(finished).length).toBe(whileStopped);

    // The library page wakes the worker (its queue panel asks for the status): the batch carries on, up to its
    // next request, which the site holds until Pause is pressed.
    holdBatchRequests();
    const library = await openPage(`${browser.extensionOrigin}/library.html`);
    await library.getByTestId('batch-queue').waitFor();

    // A capture by hand of a page the batch has not reached yet.
    const byHand = await openPage(origin + articles[24]!.path);
    const handPopup = await browser.clickAction(byHand);
    await handPopup.settledState();
    await handPopup.close();
    await byHand.close();

    // Pause is honoured: no request after the one under way, for as long as it stays paused.
    await library.getByRole('button', { name: 'Pause' }).click();
    await library.locator('[data-testid=batch-queue][data-state=paused]').waitFor();
    held!.open();
    held = null;
    await sleep(1000); // the request under way ends
    const atPause = requests.length;
    await sleep(1500);
    expect(requests.length).toBe(atPause);
    await library.getByRole('button', { name: 'Resume' }).click();

    const items = await waitForItems((all) => all.length === 30 && all.every(finished), 60_000);
    const byPath = new Map(items.map((i) => [new URL(i.url).pathname, i]));
    expect(byPath.get(special.missing.path)).toMatchObject({ status: 'failed', reason: 'HTTP 404 Not Found' });
    expect(byPath.get(special.flaky.path)).toMatchObject({ status: 'failed', reason: 'HTTP 500 Internal Server Error' });
    expect(byPath.get(special.empty.path)).toMatchObject({ status: 'no-article', reason: 'no article text found on the page' });
    expect(byPath.get(articles[1]!.path)?.status).toBe('already-captured');
    expect(byPath.get(gbkArticle.path)).toMatchObject({ status: 'stored', title: gbkArticle.title });
    expect(['stored', 'already-captured']).toContain(byPath.get(articles[24]!.path)?.status);

    const records = await readStore<CaptureRecord>('captures');
    expect(records).toHaveLength(27); // 26 UTF-8 articles and the GBK one, each once
    expect(new Set(records.map((r) => r.key_url)).size).toBe(27);
    const gbk = records.find((r) => r.url === origin + gbkArticle.path)!;
    expect(gbk.title).toBe(gbkArticle.title);
    expect(gbk.text).toContain('第27篇。会议强调，要坚持以人民为中心的发展思想');
    expect(records.find((r) => r.url === origin + articles[2]!.path)?.revisions).toBe(1);
    expect(requests.filter((r) => r.path === articles[2]!.path)).toHaveLength(1);

    // Retry failed: the 500 answers now; the 404 stays failed.
    await library.getByRole('button', { name: 'Retry failed' }).click();
    const retried = await waitForItems((all) => all.every(finished) && all.some((i) => i.url.endsWith(special.flaky.path) && i.status === 'stored'));
    expect(retried.find((i) => i.url.endsWith(special.missing.path))?.status).toBe('failed');
    await library.locator('[data-testid=batch-queue][data-state=done]').waitFor();
    // The page captured by hand counts as stored or as already captured, whichever came first.
    const already = retried.filter((i) => i.status === 'already-captured').length;
    expect(already === 1 || already === 2).toBe(true);
    expect(await library.getByTestId('batch-summary').textContent()).toBe(
      `${28 - already} stored · ${already} already captured · 1 no article · 1 failed · 0 cancelled`,
    );
    expect(await library.getByTestId('batch-progress').textContent()).toBe('Done · 30 of 30');
    await library.screenshot({ path: screenshotPath('library-batch-queue.png') });

    await popup.close().catch(() => {});
    await library.close();
    await list.close();
    await reader.close();
  });
});
