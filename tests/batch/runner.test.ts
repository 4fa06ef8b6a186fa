import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { fetchArticlePage } from '@/lib/batch/fetchPage';
import { extractPage } from '@/lib/extract';
import { MAX_HOST_FAILURES } from '@/lib/batch/politeness';
import type { BatchItem } from '@/lib/batch/queue';
import { createBatchRunner, LIST_TAB_GONE, type RunnerDeps } from '@/lib/batch/runner';
import { captureTab } from '@/lib/capture/captureTab';
import type { PageExtract } from '@/lib/model';
import { getBatchRun, listBatchItems } from '@/lib/store/batch';
import { openCaptureDb } from '@/lib/store/db';
import { articleHtml, siteArticles } from '../helpers/batchSite';
import { encodeGbk } from '../helpers/gbk';

const ORIGIN = 'http://www.example.gov.cn';
type Route = { status: number; body: string | Uint8Array; headers?: Record<string, string> } | (() => Promise<never>);

let n = 0;
/** A runner over a fake site: `routes` answer fetches in order (an array is used up one answer per request). */
async function setup(routes: Map<string, Route | Route[]>) {
  const db = await openCaptureDb(`runner-${++n}-${Date.now()}`);
  let clock = 1_000_000;
  const requests: string[] = [];
  const listTabs = new Set([1]);
  const fakeFetch = (async (url: string) => {
    const path = new URL(url).pathname;
    requests.push(path);
    const route = routes.get(path);
    const answer = Array.isArray(route) ? (route.length > 1 ? route.shift()! : route[0]!) : route;
    if (!answer) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (typeof answer === 'function') return answer();
    return new Response(answer.body as BodyInit, { status: answer.status, headers: { 'content-type': 'text/html', ...answer.headers } });
  }) as typeof fetch;
  const captureDeps = {
    db: async () => db,
    fileAccessAllowed: async () => false,
    settings: async () => ({ unicodeForm: 'NFC' as const, keepPageHtml: false }),
    readSnapshot: async (): Promise<string | number> => {
      throw new Error('no snapshots in these tests');
    },
    now: () => new Date(clock),
  };
  const deps: RunnerDeps = {
    db: async () => db,
    fetchInList: async (tabId, url) => {
      if (!listTabs.has(tabId)) throw new Error('No tab with id');
      return fetchArticlePage(url, { keepHtml: false, fetch: fakeFetch, parseHtml: (html) => parseHTML(html).document as unknown as Document });
    },
    capture: (item, extract) => captureTab({ tabId: 1, url: item.url, update: false }, { ...captureDeps, runExtractor: extract }),
    extractTab: async () => {
      throw new Error('no tabs here');
    },
    extractInBackgroundTab: async () => null,
    pauseMs: async () => 1000,
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
    changed: () => {},
  };
  const byHand = (extract: PageExtract) => captureTab({ tabId: 1, url: extract.url, update: false }, { ...captureDeps, runExtractor: async () => extract });
  return { db, deps, requests, listTabs, byHand, advance: (ms: number) => (clock += ms), createRunner: () => createBatchRunner(deps) };
}

const ok = (html: string) => ({ status: 200, body: html });
const articles = siteArticles(8);
const url = (path: string) => ORIGIN + path;
const statuses = (items: BatchItem[]) => items.map((i) => [new URL(i.url).pathname, i.status, i.reason]);

describe('batch runner', () => {
  test('each page ends with a status and a reason; the batch goes on; Retry failed fetches the 500 again', async () => {
    const [a, b, c] = articles as [typeof articles[0], typeof articles[0], typeof articles[0]];
    const gbk = encodeGbk(articleHtml(b, 2, false));
    const site = await setup(new Map<string, Route | Route[]>([
      [a.path, ok(articleHtml(a, 1))],
      [b.path, { status: 200, body: gbk }],
      ['/zwdt/500.html', [{ status: 500, body: 'oops' }, ok(articleHtml(c, 3))]],
      ['/zwdt/empty.html', ok('<html><body><a href="/">首页</a></body></html>')],
    ]));
    const runner = site.createRunner();
    await runner.start(
      [a.path, b.path, '/zwdt/404.html', '/zwdt/500.html', '/zwdt/empty.html', a.path].map((p) => ({ url: url(p), title: null, date: null })),
      1,
    );
    await runner.kick();
    expect(statuses(await listBatchItems(site.db))).toEqual([
      [a.path, 'stored', null],
      [b.path, 'stored', null],
      ['/zwdt/404.html', 'failed', 'HTTP 404 Not Found'],
      ['/zwdt/500.html', 'failed', 'HTTP 500'],
      ['/zwdt/empty.html', 'no-article', 'no article text found on the page'],
    ]);
    expect((await getBatchRun(site.db)).state).toBe('done');
    const records = await site.db.getAll('captures');
    expect(records.find((r) => r.url === url(b.path))?.title).toBe(b.title); // GBK without a charset, read right

    await runner.retryFailed(null);
    await runner.kick();
    const after = statuses(await listBatchItems(site.db));
    expect(after[2]).toEqual(['/zwdt/404.html', 'failed', 'HTTP 404 Not Found']);
    expect(after[3]).toEqual(['/zwdt/500.html', 'stored', null]);
    expect(await site.db.count('captures')).toBe(3);
    expect(site.requests.filter((p) => p === a.path)).toHaveLength(1);
  });

  test('429 backs the host off and the page is fetched again later; a pause of 1 s separates requests', async () => {
    const [a, b] = articles as [typeof articles[0], typeof articles[0]];
    const site = await setup(new Map<string, Route | Route[]>([
      [a.path, [{ status: 429, body: 'slow down', headers: { 'retry-after': '20' } }, ok(articleHtml(a, 1))]],
      [b.path, ok(articleHtml(b, 2))],
    ]));
    const times: number[] = [];
    const fetchInList = site.deps.fetchInList;
    site.deps.fetchInList = async (tab, u) => (times.push(site.deps.now()), fetchInList(tab, u));
    const runner = site.createRunner();
    await runner.start([a, b].map((x) => ({ url: url(x.path), title: null, date: null })), 1);
    await runner.kick();
    expect(statuses(await listBatchItems(site.db))).toEqual([[a.path, 'stored', null], [b.path, 'stored', null]]);
    expect(site.requests).toEqual([a.path, a.path, b.path]);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(20_000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(1000);
  });

  test('a host failing again and again is stopped and its other pages fail with the reason', async () => {
    const many = siteArticles(MAX_HOST_FAILURES + 2);
    const site = await setup(new Map(many.map((a) => [a.path, { status: 500, body: 'down' }])));
    const runner = site.createRunner();
    await runner.start(many.map((a) => ({ url: url(a.path), title: null, date: null })), 1);
    await runner.kick();
    expect(site.requests).toHaveLength(MAX_HOST_FAILURES);
    const items = await listBatchItems(site.db);
    expect(items.every((i) => i.status === 'failed')).toBe(true);
    expect(items.at(-1)!.reason).toMatch(/failed 5 times in a row/);
  });

  test('Pause stops before the next request; Resume carries on; Cancel leaves the rest', async () => {
    const site = await setup(new Map(articles.map((a, i) => [a.path, ok(articleHtml(a, i))])));
    const runner = site.createRunner();
    const fetchInList = site.deps.fetchInList;
    site.deps.fetchInList = async (tab, u) => {
      const page = await fetchInList(tab, u);
      if (site.requests.length === 2) await runner.pause();
      return page;
    };
    await runner.start(articles.map((a) => ({ url: url(a.path), title: null, date: null })), 1);
    await runner.kick();
    expect(site.requests).toHaveLength(2);
    expect((await getBatchRun(site.db)).state).toBe('paused');
    expect((await listBatchItems(site.db)).filter((i) => i.status === 'stored')).toHaveLength(2);

    site.deps.fetchInList = async (tab, u) => {
      const page = await fetchInList(tab, u);
      if (site.requests.length === 4) await runner.cancel();
      return page;
    };
    await runner.resume(null);
    await runner.kick();
    const items = await listBatchItems(site.db);
    expect(items.map((i) => i.status)).toEqual(['stored', 'stored', 'stored', 'stored', ...Array(4).fill('cancelled')]);
    expect(site.requests).toHaveLength(4);
  });

  test('a worker stopped mid-item: a new runner on the same database runs it again and stores it once', async () => {
    const [a, b] = articles as [typeof articles[0], typeof articles[0]];
    const site = await setup(new Map<string, Route | Route[]>([
      [a.path, [() => new Promise<never>(() => {}), ok(articleHtml(a, 1))]], // the first worker dies waiting
      [b.path, ok(articleHtml(b, 2))],
    ]));
    const first = site.createRunner();
    await first.start([a, b].map((x) => ({ url: url(x.path), title: null, date: null })), 1);
    await new Promise((r) => setTimeout(r, 50));
    expect((await listBatchItems(site.db))[0]!.status).toBe('running');

    const second = site.createRunner(); // a fresh worker: same IndexedDB, nothing in memory
    await second.kick();
    expect(statuses(await listBatchItems(site.db))).toEqual([[a.path, 'stored', null], [b.path, 'stored', null]]);
    expect(await site.db.count('captures')).toBe(2);
  });

  test('a worker stopped after the record was written, before the item said so: the new runner reports it stored', async () => {
    const [a, b] = articles as [typeof articles[0], typeof articles[0]];
    const site = await setup(new Map([[a.path, ok(articleHtml(a, 1))], [b.path, ok(articleHtml(b, 2))]]));
    const capture = site.deps.capture;
    let dies = true;
    site.deps.capture = async (item, extract) => {
      const outcome = await capture(item, extract);
      if (!dies) return outcome;
      dies = false;
      return new Promise<never>(() => {}); // the record is in the store; the worker is gone before the item's write
    };
    const first = site.createRunner();
    await first.start([a, b].map((x) => ({ url: url(x.path), title: null, date: null })), 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(await site.db.count('captures')).toBe(1);
    expect((await listBatchItems(site.db))[0]!.status).toBe('running');

    site.advance(60_000);
    await site.createRunner().kick();
    expect(statuses(await listBatchItems(site.db))).toEqual([[a.path, 'stored', null], [b.path, 'stored', null]]);
    expect(await site.db.count('captures')).toBe(2);
  });

  test('a page captured by hand while the batch runs is stored once and shows as already captured', async () => {
    const [a, b] = articles as [typeof articles[0], typeof articles[0]];
    const site = await setup(new Map([[a.path, ok(articleHtml(a, 1))], [b.path, ok(articleHtml(b, 2))]]));
    const runner = site.createRunner();
    const fetchInList = site.deps.fetchInList;
    site.deps.fetchInList = async (tab, u) => {
      const page = await fetchInList(tab, u);
      if (u.endsWith(a.path) && page.kind === 'page') await site.byHand(page.extract); // the user clicks the toolbar
      return page;
    };
    await runner.start([a, b].map((x) => ({ url: url(x.path), title: null, date: null })), 1);
    await runner.kick();
    expect(statuses(await listBatchItems(site.db))).toEqual([[a.path, 'already-captured', null], [b.path, 'stored', null]]);
    expect(await site.db.count('captures')).toBe(2);
  });

  test('the list page closed: the batch pauses and says why; Resume from the list page opened again goes on', async () => {
    const [a] = articles as [typeof articles[0]];
    const site = await setup(new Map([[a.path, ok(articleHtml(a, 1))]]));
    const runner = site.createRunner();
    site.listTabs.clear();
    await runner.start([{ url: url(a.path), title: null, date: null }], 1);
    await runner.kick();
    expect(await getBatchRun(site.db)).toEqual({ state: 'paused', tab_id: 1, reason: LIST_TAB_GONE });
    expect((await listBatchItems(site.db))[0]!.status).toBe('queued');

    site.listTabs.add(2);
    await runner.resume(2);
    await runner.kick();
    expect((await listBatchItems(site.db))[0]!.status).toBe('stored');
  });

  test('a page with no article in its HTML (written by script) is read in a background tab when its site is allowed', async () => {
    const [a] = articles as [typeof articles[0]];
    const shell = '<html><head><meta charset="utf-8"><title>加载中</title></head><body><div id="app"></div><script src="/app.js"></script></body></html>';
    const site = await setup(new Map([[a.path, ok(shell)]]));
    const opened: string[] = [];
    site.deps.extractInBackgroundTab = async (u) => {
      opened.push(u);
      return extractPage(parseHTML(articleHtml(a, 1)).document as unknown as Document, { keepHtml: false, url: u });
    };
    const runner = site.createRunner();
    await runner.start([{ url: url(a.path), title: null, date: null }], 1);
    await runner.kick();
    expect(opened).toEqual([url(a.path)]);
    expect(statuses(await listBatchItems(site.db))).toEqual([[a.path, 'stored', null]]);
    expect((await site.db.getAll('captures'))[0]?.title).toBe(a.title);
  });
});
