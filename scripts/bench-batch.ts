// npx wxt build && npx tsx scripts/bench-batch.ts: batch capture of 100 same-site articles in real Chromium with
// the politeness pause set to 0 — pages per minute, peak JS heap of the worker and of the list page, and the time
// from Pause to the last request the site sees. Targets: >= 120 pages/min, worker heap <= 100 MB, Pause <= 1 s.
// Article pages are ~20,000 characters of the bundled seed articles' prose inside a portal-sized menu.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { ActionPopup, ExtensionBrowser, sleep } from './chromium';

const ARTICLES = 100;
const SEEDS_DIR = resolve(import.meta.dirname, '../tests/fixtures/seeds');
const paragraphs = readdirSync(SEEDS_DIR)
  .flatMap((file) => readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n'))
  .map((line) => line.trim())
  .filter((line) => line.length >= 60 && !line.startsWith('http'));

const path = (n: number) => `/zwdt/202403/t202403${String((n % 28) + 1).padStart(2, '0')}_${10_000 + n}.html`;
const menu = Array.from({ length: 300 }, (_, i) => `<li><a href="/col/col${i}/index.html">栏目${i}政务公开信息</a></li>`).join('');

function article(n: number): string {
  const body: string[] = [];
  for (let i = n, chars = 0; chars < 20_000; i++) {
    body.push(`<p>${paragraphs[i % paragraphs.length]}</p>`);
    chars += paragraphs[i % paragraphs.length]!.length;
  }
  const title = `示范市召开第${n}次政务工作推进会议`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_示范市人民政府</title>
<meta name="ArticleTitle" content="${title}"><meta name="PubDate" content="2024-03-01 09:30"></head><body>
<ul class="nav">${menu}</ul><div class="article"><h1>${title}</h1><div class="info">发布时间：2024-03-01 09:30　来源：示范市政府办公室</div>
<div class="TRS_Editor">${body.join('\n')}</div></div><div class="footer">主办单位：示范市人民政府办公室</div></body></html>`;
}

const list = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政务动态</title></head><body><ul class="nav">${menu}</ul><ul>${Array.from(
  { length: ARTICLES },
  (_, n) => `<li><a href="${path(n)}">示范市召开第${n}次政务工作推进会议</a><span>2024-03-01</span></li>`,
).join('')}</ul></body></html>`;

const requests: number[] = [];
const server = createServer((request, response) => {
  const url = request.url ?? '/';
  if (url === '/zwdt/index.html') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(list);
  const n = Array.from({ length: ARTICLES }, (_, i) => i).find((i) => path(i) === url);
  if (n === undefined) return void response.writeHead(404).end();
  requests.push(Date.now());
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article(n));
});
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await ExtensionBrowser.launch({ headless: true });
try {
  await (await browser.worker()).evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
      settings: { keepPageHtml: true, unicodeForm: 'NFC', batchPauseMs: 0 },
    }),
  );
  const page = await browser.context.newPage();
  await page.goto(origin + '/zwdt/index.html');
  const pageCdp = await browser.context.newCDPSession(page);
  const popup = await browser.clickAction(page);
  const click = (name: string) =>
    popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)} && !b.disabled).click()`);
  await popup.settledState();
  await click('Capture linked articles');
  await popup.waitFor(`document.querySelectorAll('[data-testid=batch-links] li').length === ${ARTICLES}`, 20_000);

  const worker = await attachToWorker(browser);
  const peaks = { worker: 0, page: 0 };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peaks.worker = Math.max(peaks.worker, await worker.heapUsed().catch(() => 0));
      peaks.page = Math.max(peaks.page, (await pageCdp.send('Runtime.getHeapUsage')).usedSize);
      await sleep(100);
    }
  })();

  // First run: all 100, timed from Start to the last stored item.
  const started = Date.now();
  await click('Start');
  await waitDone(popup, ARTICLES, 600_000);
  const elapsed = Date.now() - started;
  sampling = false;
  await sampler;

  console.log(`batch of ${ARTICLES} same-site articles (~20,000 chars each), pause 0:`);
  console.log(`  ${((ARTICLES / elapsed) * 60_000).toFixed(0)} pages per minute (${(elapsed / 1000).toFixed(1)} s)   target >= 120`);
  console.log(`  peak JS heap: worker ${(peaks.worker / 1e6).toFixed(1)} MB (target <= 100), list page ${(peaks.page / 1e6).toFixed(1)} MB`);

  // Second run: the same list again, every link ticked (each is fetched, then found already captured); Pause half way.
  await click('Capture linked articles');
  await popup.waitFor(`document.querySelectorAll('[data-testid=batch-links] li').length === ${ARTICLES}`, 20_000);
  await popup.evaluate(`document.querySelectorAll('[data-testid=batch-links] li input').forEach((b) => (b.checked = true))`);
  const before = requests.length;
  await click('Start');
  while (requests.length < before + ARTICLES / 2) await sleep(5);
  const pausedAt = Date.now();
  await click('Pause');
  await sleep(3000);
  const last = Math.max(...requests);
  console.log(`  Pause → last request: ${Math.max(0, last - pausedAt)} ms   target <= 1000`);
  await worker.detach();
} finally {
  await browser.close();
  server.close();
}

async function waitDone(popup: ActionPopup, total: number, timeoutMs: number) {
  await popup.waitFor(`document.querySelector('[data-testid=batch-progress]')?.textContent === 'Done · ${total} of ${total}'`, timeoutMs);
}

/** A CDP session on the extension's service worker (Playwright opens none for workers). */
async function attachToWorker(b: ExtensionBrowser) {
  const session: CDPSession = await b.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(b.extensionOrigin));
  if (!target) throw new Error('no service worker');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let id = 0;
  const pending = new Map<number, (value: { usedSize: number }) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message);
    pending.get(reply.id)?.(reply.result);
    pending.delete(reply.id);
  });
  return {
    heapUsed: async () => {
      const callId = ++id;
      const result = new Promise<{ usedSize: number }>((resolveCall) => pending.set(callId, resolveCall));
      await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: callId, method: 'Runtime.getHeapUsage' }) });
      return (await result).usedSize;
    },
    detach: () => session.detach(),
  };
}
