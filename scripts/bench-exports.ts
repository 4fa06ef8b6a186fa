// Research exports at scale: seeds 10,000 captures (~3,000 characters each, each with a ~60 KB page snapshot) into
// a fresh Chromium profile with the built extension, then exports all of them from the library page as CSL-JSON and
// as a WACZ (Export… → format → Export): time and peak JS heap of the page, and the WACZ checked (entries, records).
// Usage: npx wxt build && npx tsx scripts/bench-exports.ts [--count 10000] [--runs 1] [--formats csl-json,wacz]
//        [--profile FILE.cpuprofile] [--extension DIR]
// --runs repeats each export on the same seeded profile (seeding takes minutes); --profile records a CPU profile of
// the first WACZ export, the page's in FILE and its export worker's in FILE.worker.cpuprofile (open them in
// Chrome DevTools' Performance panel or speedscope).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
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

/**
 * Peak used JS heap (CDP Runtime.getHeapUsage every 50 ms) of the page and, apart, of any dedicated worker it starts
 * (the WACZ export runs in one), until stopped; and the page's live heap before (the library).
 */
async function heapSampler(page: Page, profileWorker = false): Promise<{ beforeMb: number; stop: () => Promise<{ pageMb: number; workerMb: number; workerProfile?: unknown }>; after: () => number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const beforeMb = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
  // Workers are reached through the page's session (Target.sendMessageToTarget): Playwright opens no session of its
  // own for a worker.
  const workers = new Set<string>();
  const pending = new Map<number, (result: unknown) => void>();
  let messageId = 0;
  const toWorker = (sessionId: string, method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = ++messageId;
      pending.set(id, resolve);
      setTimeout(() => pending.delete(id) && resolve(undefined), 5000);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => resolve(undefined));
    });
  let profiled: string | null = null;
  let workerProfile: unknown;
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type !== 'worker') return;
    workers.add(event.sessionId);
    if (profileWorker && !profiled) {
      profiled = event.sessionId;
      void toWorker(event.sessionId, 'Profiler.enable')
        .then(() => toWorker(event.sessionId, 'Profiler.setSamplingInterval', { interval: 500 }))
        .then(() => toWorker(event.sessionId, 'Profiler.start'));
    }
  });
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId) workers.delete(event.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply.result);
    if (reply.id !== undefined) pending.delete(reply.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const workerHeap = async (sessionId: string) => ((await toWorker(sessionId, 'Runtime.getHeapUsage')) as { usedSize?: number } | undefined)?.usedSize ?? 0;
  let peak = 0;
  let workerPeak = 0;
  let afterMb = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
      for (const sessionId of workers) workerPeak = Math.max(workerPeak, await workerHeap(sessionId));
      await new Promise((done) => setTimeout(done, 50));
    }
  })();
  const stop = async () => {
    running = false;
    await loop;
    if (profiled) workerProfile = ((await toWorker(profiled, 'Profiler.stop')) as { profile?: unknown } | undefined)?.profile;
    // What is still live after a full collection: tells retained memory from garbage not yet collected.
    await cdp.send('HeapProfiler.collectGarbage');
    afterMb = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    await cdp.detach();
    return { pageMb: peak / 2 ** 20, workerMb: workerPeak / 2 ** 20, workerProfile };
  };
  return { beforeMb, stop, after: () => afterMb };
}

/**
 * CPU seconds (user + system) used so far by the browser this script started, all its processes: on a machine shared
 * with other work the wall-clock time says as much about the load as about the export. Linux only (0 elsewhere).
 */
function browserCpuSeconds(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        // pid (comm) state ppid … utime stime: fields after the parenthesised name, which may hold spaces.
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
        return [{ pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }];
      } catch {
        return []; // ended meanwhile
      }
    });
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats) if (!ours.has(stat.pid) && ours.has(stat.ppid)) grew = Boolean(ours.add(stat.pid));
  }
  const ticksPerSecond = 100; // USER_HZ on Linux
  return stats.filter((stat) => stat.pid !== process.pid && ours.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0) / ticksPerSecond;
}

async function exportAs(browser: ExtensionBrowser, downloads: string, format: string, profilePath?: string) {
  const before = new Set(readdirSync(downloads));
  const page = await browser.context.newPage();
  // The page ends its export worker once the archive is back, and the worker's profile would end with it: while
  // profiling, the worker is left running a few seconds more.
  if (profilePath) {
    await page.addInitScript(() => {
      const terminate = Worker.prototype.terminate;
      Worker.prototype.terminate = function (this: Worker) {
        setTimeout(() => terminate.call(this), 10_000);
      };
    });
  }
  await page.goto(`${browser.extensionOrigin}/library.html?action=export`);
  await page.locator('[data-testid=transfer-dialog][open]').waitFor({ timeout: 120_000 });
  await page.locator(`[data-testid=format-${format}]`).check();
  const { beforeMb, stop, after } = await heapSampler(page, Boolean(profilePath));
  const profiler = profilePath ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 500 });
    await profiler.send('Profiler.start');
  }
  const started = performance.now();
  const cpuBefore = browserCpuSeconds();
  await page.click('[data-testid=export-start]');
  await page.waitForFunction(() => /^Saved|^已保存|failed|失败/.test(document.querySelector('[data-testid=export-status]')?.textContent ?? ''), null, { timeout: 600_000 });
  const ms = performance.now() - started;
  const cpuSeconds = browserCpuSeconds() - cpuBefore;
  if (profiler && profilePath) {
    const { profile } = (await profiler.send('Profiler.stop')) as { profile: unknown };
    writeFileSync(profilePath, JSON.stringify(profile));
    await profiler.detach();
  }
  const { pageMb: heapMb, workerMb, workerProfile } = await stop();
  if (profilePath && workerProfile) writeFileSync(profilePath.replace(/(\.cpuprofile)?$/, '.worker.cpuprofile'), JSON.stringify(workerProfile));
  const status = (await page.locator('[data-testid=export-status]').textContent()) ?? '';
  await page.close();
  const file = readdirSync(downloads).find((name) => !before.has(name) && !name.endsWith('.crdownload'));
  return { ms, cpuSeconds, heapMb, workerMb, beforeMb, afterMb: after(), status, file: file ? join(downloads, file) : null };
}

async function main(): Promise<void> {
  const count = Number(argValue('--count') ?? 10_000);
  const extensionDir = argValue('--extension');
  const runs = Number(argValue('--runs') ?? 1);
  const formats = (argValue('--formats') ?? 'csl-json,wacz').split(',');
  const profilePath = argValue('--profile');
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

    for (let run = 1; run <= runs; run++) {
      const label = runs > 1 ? ` (run ${run}/${runs})` : '';
      if (formats.includes('csl-json')) {
        const csl = await exportAs(browser, downloads, 'csl-json');
        const items = csl.file ? JSON.parse(readFileSync(csl.file, 'utf8')).length : 0;
        console.log(`CSL-JSON${label}: ${(csl.ms / 1000).toFixed(1)} s (browser CPU ${csl.cpuSeconds.toFixed(1)} s), peak JS heap ${Math.round(csl.heapMb)} MB, ${Math.round(csl.beforeMb)} MB of it the library before, ${Math.round(csl.afterMb)} MB live after (targets <= ${TARGETS.cslSeconds} s, <= ${TARGETS.heapMb} MB): ${csl.status} [${items} items read back]`);
        if (csl.file) unlinkSync(csl.file);
      }
      if (formats.includes('wacz')) {
        const wacz = await exportAs(browser, downloads, 'wacz', run === 1 ? profilePath : undefined);
        const size = wacz.file ? statSync(wacz.file).size : 0;
        const entries = wacz.file ? unzipSync(new Uint8Array(readFileSync(wacz.file)), { filter: (f) => f.name !== 'archive/data.warc.gz' }) : {};
        const indexed = entries['indexes/index.cdxj'] ? new TextDecoder().decode(entries['indexes/index.cdxj']).trimEnd().split('\n').length : 0;
        console.log(`WACZ${label}: ${(wacz.ms / 1000).toFixed(1)} s (browser CPU ${wacz.cpuSeconds.toFixed(1)} s), peak JS heap ${Math.round(wacz.heapMb)} MB, ${Math.round(wacz.beforeMb)} MB of it the library before, ${Math.round(wacz.afterMb)} MB live after; export worker's peak heap ${Math.round(wacz.workerMb)} MB (targets <= ${TARGETS.waczSeconds} s, <= ${TARGETS.heapMb} MB): ${wacz.status} [${(size / 2 ** 20).toFixed(0)} MB, ${indexed} CDXJ lines]`);
        if (wacz.file) unlinkSync(wacz.file);
      }
    }
  } finally {
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
