// Research exports at scale: seeds 10,000 captures (~3,000 characters each, each with a ~60 KB page snapshot) into
// a fresh Chromium profile with the built extension, then exports all of them from the library page as CSL-JSON and
// as a WACZ (Export… → format → Export): time and peak JS heap of the page, and the WACZ checked (entries, records).
// Usage: npx wxt build && npx tsx scripts/bench-exports.ts [--count 10000] [--extension DIR]
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { EXTRACTOR, type CaptureRecord } from '../lib/model';
import { ExtensionBrowser } from './chromium';

const TARGETS = { cslSeconds: 5, waczSeconds: 30, heapMb: 300 };

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Sentences of real party-news prose (the dedupe fixtures). */
function sentencePool(): string[] {
  const dir = resolve(import.meta.dirname, '../tests/dedupe/fixtures');
  const text = ['seed-000.txt', 'seed-003.txt', 'seed-004.txt'].map((f) => readFileSync(resolve(dir, f), 'utf8')).join('\n');
  return text.split(/(?<=。)/u).map((s) => s.trim()).filter((s) => s.length > 8);
}

const SITES = ['常州长安网', '宿迁网', '泗阳县融媒体中心', '人民网', '成华区人民政府', '徐州市人民政府'];
const SOURCES = ['常州日报 2026年01月02日 第03版', '新华社', '本网', null];

function generateRecords(count: number): CaptureRecord[] {
  const sentences = sentencePool();
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const text = Array.from({ length: 12 }, (_, p) => Array.from({ length: 6 }, (_, s) => sentences[(i * 7 + p * 6 + s) % sentences.length]).join('')).join('\n');
    const captured = new Date(start + i * 47 * 60_000).toISOString();
    const day = new Date(start + i * 45 * 60_000 - 86_400_000).toISOString().slice(0, 10);
    const url = `http://www.example${i % SITES.length}.gov.cn/art/${day}/${i}.html`;
    return {
      url, canonical_url: null, key_url: url, title: `${sentences[i % sentences.length]!.slice(0, 16)}（${i}）`, pretitle: null,
      subtitle: null, published_at: i % 3 === 0 ? day : `${day}T10:30+08:00`, source: SOURCES[i % SOURCES.length]!,
      author: i % 2 ? '魏宁 王晓' : null, editor: '李文', site_name: SITES[i % SITES.length]!, column: '工作动态', keywords: [],
      description: null, views: null, lang: 'zh-CN', script_original: 'zh-Hans', text, text_original: null, title_original: null,
      id: i.toString(16).padStart(16, '0'), chars: [...text].length, sha256: '0'.repeat(64), fingerprint: '', near_duplicate_of: null,
      captured_at: captured, first_captured_at: captured, revisions: 1, tags: [], note: '', extracted: {}, extractor: { ...EXTRACTOR },
      has_html: true,
    } satisfies CaptureRecord;
  });
}

/** Runs in library.html: the records and a ~60 KB snapshot each (page chrome around the text), built in the page. */
async function putRecords(records: CaptureRecord[]): Promise<number> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const request = indexedDB.open('zhengwen');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  const chrome = '<li><a href="/lm/gzdt/index.html">工作动态</a></li>'.repeat(1000);
  const tx = db.transaction(['captures', 'pages'], 'readwrite');
  for (const record of records) {
    tx.objectStore('captures').put(record);
    const body = record.text.split('\n').map((p) => `<p>${p}</p>`).join('');
    const html = `<html><head><title>${record.title}</title></head><body><nav><ul>${chrome}</ul></nav><h1>${record.title}</h1><div class="content">${body}</div></body></html>`;
    tx.objectStore('pages').put({ id: record.id, html });
  }
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
  return records.length;
}

/** Peak used JS heap (CDP Runtime.getHeapUsage every 50 ms) until stopped, and the live heap before (the library). */
async function heapSampler(page: Page): Promise<{ beforeMb: number; stop: () => Promise<number>; after: () => number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const beforeMb = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
  let peak = 0;
  let afterMb = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
      await new Promise((done) => setTimeout(done, 50));
    }
  })();
  const stop = async () => {
    running = false;
    await loop;
    // What is still live after a full collection: tells retained memory from garbage not yet collected.
    await cdp.send('HeapProfiler.collectGarbage');
    afterMb = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    await cdp.detach();
    return peak / 2 ** 20;
  };
  return { beforeMb, stop, after: () => afterMb };
}

async function exportAs(browser: ExtensionBrowser, downloads: string, format: string) {
  const before = new Set(readdirSync(downloads));
  const page = await browser.context.newPage();
  await page.goto(`${browser.extensionOrigin}/library.html?action=export`);
  await page.locator('[data-testid=transfer-dialog][open]').waitFor({ timeout: 120_000 });
  await page.locator(`[data-testid=format-${format}]`).check();
  const { beforeMb, stop, after } = await heapSampler(page);
  const started = performance.now();
  await page.click('[data-testid=export-start]');
  await page.waitForFunction(() => /^Saved|^已保存|failed|失败/.test(document.querySelector('[data-testid=export-status]')?.textContent ?? ''), null, { timeout: 600_000 });
  const ms = performance.now() - started;
  const heapMb = await stop();
  const status = (await page.locator('[data-testid=export-status]').textContent()) ?? '';
  await page.close();
  const file = readdirSync(downloads).find((name) => !before.has(name) && !name.endsWith('.crdownload'));
  return { ms, heapMb, beforeMb, afterMb: after(), status, file: file ? join(downloads, file) : null };
}

async function main(): Promise<void> {
  const count = Number(argValue('--count') ?? 10_000);
  const extensionDir = argValue('--extension');
  const records = generateRecords(count);
  const browser = await ExtensionBrowser.launch({ headless: true, ...(extensionDir ? { extensionDir: resolve(extensionDir) } : {}) });
  const downloads = mkdtempSync(join(tmpdir(), 'zhengwen-bench-exports-'));
  try {
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    let t = performance.now();
    const seeder = await browser.context.newPage();
    await seeder.goto(`${browser.extensionOrigin}/library.html`);
    await seeder.waitForFunction(() => performance.getEntriesByName('library-ready').length > 0);
    for (let i = 0; i < records.length; i += 250) await seeder.evaluate(putRecords, records.slice(i, i + 250));
    await seeder.close();
    console.log(`seeded ${count} captures with ~60 KB snapshots in ${Math.round(performance.now() - t)} ms`);

    const csl = await exportAs(browser, downloads, 'csl-json');
    const items = csl.file ? JSON.parse(readFileSync(csl.file, 'utf8')).length : 0;
    console.log(`CSL-JSON: ${(csl.ms / 1000).toFixed(1)} s, peak JS heap ${Math.round(csl.heapMb)} MB, ${Math.round(csl.beforeMb)} MB of it the library before, ${Math.round(csl.afterMb)} MB live after (targets <= ${TARGETS.cslSeconds} s, <= ${TARGETS.heapMb} MB): ${csl.status} [${items} items read back]`);
    const wacz = await exportAs(browser, downloads, 'wacz');
    const size = wacz.file ? statSync(wacz.file).size : 0;
    const entries = wacz.file ? unzipSync(new Uint8Array(readFileSync(wacz.file)), { filter: (f) => f.name !== 'archive/data.warc.gz' }) : {};
    const indexed = entries['indexes/index.cdxj'] ? new TextDecoder().decode(entries['indexes/index.cdxj']).trimEnd().split('\n').length : 0;
    console.log(`WACZ: ${(wacz.ms / 1000).toFixed(1)} s, peak JS heap ${Math.round(wacz.heapMb)} MB, ${Math.round(wacz.beforeMb)} MB of it the library before, ${Math.round(wacz.afterMb)} MB live after (targets <= ${TARGETS.waczSeconds} s, <= ${TARGETS.heapMb} MB): ${wacz.status} [${(size / 2 ** 20).toFixed(0)} MB, ${indexed} CDXJ lines]`);
  } finally {
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
