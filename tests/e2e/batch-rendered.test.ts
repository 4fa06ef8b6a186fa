// Batch capture of a page written by script: its fetched HTML holds no article, so it is read in a background
// tab with the normal injection. That needs the site's permission, which a person grants at Start; headless
// Chromium shows no prompt, so this test's copy of the extension is given http://127.0.0.1/* in its manifest
// (the shipped manifest has no host permission: tests/e2e/manifest.test.ts), and "tabs" for Capture all tabs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, onTestFinished, test } from 'vitest';
import { EXTENSION_DIR, ExtensionBrowser } from '../../scripts/chromium';
import { articleHtml, listHtml, type SiteArticle } from '../helpers/batchSite';

const plain: SiteArticle = { path: '/zwdt/202403/t20240301_1.html', title: '示范市召开全市经济工作会议', date: '2024-03-01' };
const rendered: SiteArticle = { path: '/zwdt/202403/t20240302_2.html', title: '示范市召开全市安全生产工作会议', date: '2024-03-02' };
const empty: SiteArticle = { path: '/zwdt/202403/t20240303_3.html', title: '示范市图片新闻一组无正文', date: '2024-03-03' };

/** An app shell: the article arrives by script after load, as on 融媒体 sites. */
const shell = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>加载中</title></head><body><div id="app"></div>
<script>setTimeout(() => { document.open(); document.write(${JSON.stringify(articleHtml(rendered, 2))}); document.close(); }, 100);</script></body></html>`;

let server: Server;
let origin = '';
let browser: ExtensionBrowser;
let extensionDir = '';

beforeAll(async () => {
  const pages = new Map([
    ['/zwdt/index.html', listHtml([plain, rendered, empty], 0, 1)],
    [plain.path, articleHtml(plain, 1)],
    [rendered.path, shell],
    [empty.path, '<html><head><meta charset="utf-8"></head><body><a href="/">首页</a></body></html>'],
  ]);
  server = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (html === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  extensionDir = mkdtempSync(join(tmpdir(), 'zhengwen-hosts-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  // "tabs" too, for Capture all tabs: a permission already held is granted by permissions.request without a prompt.
  writeFileSync(
    join(extensionDir, 'manifest.json'),
    JSON.stringify({ ...manifest, permissions: [...manifest.permissions, 'tabs'], host_permissions: ['http://127.0.0.1/*'] }),
  );
  browser = await ExtensionBrowser.launch({ headless: true, extensionDir });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(extensionDir, { recursive: true, force: true });
});

test('a script-written page is read in a background tab; a page with no article stays "no article"', async () => {
  const list = await browser.context.newPage();
  // Closed however this test ends: the next one captures every tab of the window.
  onTestFinished(() => list.close());
  await list.goto(origin + '/zwdt/index.html');
  const popup = await browser.clickAction(list);
  const click = (name: string) =>
    popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)}).click()`);
  await click('Capture linked articles');
  await popup.waitFor(`document.querySelectorAll('[data-testid=batch-links] li').length === 3`, 20_000);
  await click('Start');
  await popup.waitFor(`document.querySelector('[data-testid=batch-queue]')?.dataset.state === 'done'`, 30_000);

  const statuses = await popup.evaluate<Record<string, string>>(
    `Object.fromEntries([...document.querySelectorAll('[data-testid=batch-items] li')].map((li) => [new URL(li.dataset.url).pathname, li.dataset.status]))`,
  );
  expect(statuses).toEqual({ [plain.path]: 'stored', [rendered.path]: 'stored', [empty.path]: 'no-article' });
  const records = await browser.storedRecords();
  expect(records.map((r) => r.title).sort()).toEqual([plain.title, rendered.title].sort());
  expect(records.find((r) => r.title === rendered.title)?.text).toContain('第2篇。会议强调');
  // The background tabs are closed again: only the list page and the popup remain.
  expect(browser.context.pages().filter((p) => p.url().startsWith(origin))).toHaveLength(1);
  await popup.close();
});

test('Capture all tabs: every web page tab of the window through the normal injection, each with its status', async () => {
  const before = (await browser.storedRecords()).length;
  const tabs = [];
  for (const path of [plain.path, empty.path]) {
    const page = await browser.context.newPage();
    await page.goto(origin + path);
    tabs.push(page);
  }
  const popup = await browser.clickAction(tabs[0]!);
  await popup.settledState();
  await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Capture all tabs').click()`);
  await popup.waitFor(`document.querySelector('[data-testid=batch-links] li')`, 10_000);
  const listed = await popup.evaluate<{ url: string; captured: boolean }[]>(
    `[...document.querySelectorAll('[data-testid=batch-links] li')].map((li) => ({ url: li.dataset.url, captured: li.hasAttribute('data-captured') }))`,
  );
  expect(listed.map((l) => new URL(l.url).pathname).sort()).toEqual([plain.path, empty.path].sort());
  expect(listed.find((l) => l.url.endsWith(plain.path))?.captured).toBe(true); // stored by the first test and this click
  await popup.evaluate(`document.querySelectorAll('[data-testid=batch-links] li input').forEach((b) => (b.checked = true))`);
  await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start').click()`);
  // The popup showed the first test's finished batch; a new one starts from an empty list.
  await popup.waitFor(
    `document.querySelector('[data-testid=batch-queue]')?.dataset.state === 'done' && document.querySelectorAll('[data-testid=batch-items] li').length === 2`,
    30_000,
  );
  const statuses = await popup.evaluate<Record<string, string>>(
    `Object.fromEntries([...document.querySelectorAll('[data-testid=batch-items] li')].map((li) => [new URL(li.dataset.url).pathname, li.dataset.status]))`,
  );
  expect(statuses).toEqual({ [plain.path]: 'already-captured', [empty.path]: 'no-article' });
  expect((await browser.storedRecords()).length).toBe(before);
  await popup.close();
  for (const tab of tabs) await tab.close();
});

