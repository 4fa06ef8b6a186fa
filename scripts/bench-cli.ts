// npx tsx scripts/bench-cli.ts [--pages 2000]: the command line over a web archive. Writes a WARC.gz of generated
// government pages of real size (with warcio), then, each in a fresh process: plain Readability + linkedom on the
// same records, `zhengwen extract --jobs 1` and `--jobs 2`, and --jobs 1 on a quarter of the pages (memory must not
// grow with the input). Prints pages/s, the time ratio to Readability alone, the --jobs 2 speed-up and peak RSS.
// Targets: zhengwen ≤ 2× Readability's time per page, --jobs 2 ≥ 1.7× --jobs 1, memory flat in input size.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { WARCRecord, WARCSerializer } from 'warcio';
import { Progress } from '../lib/cli/progress';
import { runItems } from '../lib/cli/run';
import { filesItems } from '../lib/cli/sources';
import { warcItems } from '../lib/cli/warc';

const REPO = resolve(import.meta.dirname, '..');
const SEEDS_DIR = join(REPO, 'tests/fixtures/seeds');
const TARGET_RATIO = 2;
const TARGET_SPEEDUP = 1.7;

function seedParagraphs(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length >= 40 && !line.startsWith('http'));
}

/**
 * A municipal portal's article page of typical size (~60 KB): navigation menus, a breadcrumb, an info line, a body
 * of 1,500–5,000 characters drawn from the seed articles (different for every page), related links and a footer.
 */
function governmentPage(index: number, paragraphs: string[]): string {
  const title = `关于做好全市第${index + 1}项重点工作的通知`;
  const target = 1_500 + ((index * 7919) % 3_500);
  const body: string[] = [];
  for (let i = (index * 13) % paragraphs.length, chars = 0; chars < target; i = (i + 1) % paragraphs.length) {
    body.push(`<p style="text-indent:2em">${paragraphs[i]}</p>`);
    chars += paragraphs[i].length;
  }
  const month = String((index % 12) + 1).padStart(2, '0');
  const nav = Array.from({ length: 20 }, (_, c) => {
    const links = Array.from({ length: 20 }, (_, l) => `<li><a href="/col/col${c}${l}/index.html">栏目${c}-${l}政务公开</a></li>`);
    return `<li class="menu"><a href="/col/col${c}/">一级栏目${c}</a><ul class="sub">${links.join('')}</ul></li>`;
  });
  const related = Array.from({ length: 80 }, (_, n) =>
    `<li><a href="/2023${month}/t2023${month}01_${index}${n}.html">关于第${n}项工作的情况通报</a><span>2023-${month}-01</span></li>`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} - 某市人民政府</title>
<meta name="SiteName" content="某市人民政府"><meta name="ColumnName" content="通知公告"><meta name="PubDate" content="2023-${month}-01 09:00">
<style>${'.nav li{float:left;padding:0 12px}'.repeat(60)}</style></head><body>
<div class="header"><a class="logo" href="/">某市人民政府</a></div><ul class="nav">${nav.join('')}</ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="article"><h1>${title}</h1><div class="info"><span>发布时间：2023-${month}-01 09:00</span><span>来源：市政府办公室</span><span>浏览次数：${index}</span></div>
<div id="zoom">${body.join('\n')}</div><div class="share">分享到：微信 微博</div></div>
<div class="related"><h3>相关阅读</h3><ul>${related.join('')}</ul></div>
<div class="footer"><p>主办单位：某市人民政府办公室</p><p>备案号：苏ICP备00000000号</p></div>
<script>${'var _hmt=_hmt||[];'.repeat(200)}</script></body></html>`;
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

async function writeWarc(path: string, pages: number): Promise<number> {
  const paragraphs = seedParagraphs();
  const parts: Uint8Array[] = [];
  let htmlBytes = 0;
  for (let i = 0; i < pages; i++) {
    const body = new TextEncoder().encode(governmentPage(i, paragraphs));
    htmlBytes += body.length;
    const record = await WARCRecord.create(
      { url: `http://www.example.gov.cn/tzgg/2023/t2023_${i}.html`, date: '2024-01-01T00:00:00Z', type: 'response', warcVersion: 'WARC/1.1',
        statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
      once(body),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip: true }));
  }
  writeFileSync(path, Buffer.concat(parts));
  return htmlBytes / pages;
}

/** Plain Readability on linkedom, over the same WARC records (read the same way): the floor zhengwen stands on. */
async function readabilityOnly(path: string): Promise<number> {
  let pages = 0;
  for await (const item of warcItems(createReadStream(path), path, statSync(path).size)) {
    if (item.kind !== 'page') continue;
    const { document } = parseHTML(new TextDecoder().decode(item.job.bytes));
    new Readability(document as unknown as Document).parse();
    pages++;
  }
  return pages;
}

async function zhengwenRun(path: string, jobs: number): Promise<number> {
  const progress = new Progress(null);
  await runItems(filesItems([path], null), { jobs, bundle: null, now: new Date(), progress }, () => {});
  return progress.counts.articles;
}

/** One measurement in this process: `--measure readability|jobs1|jobs2 FILE` prints {pages, seconds, cpuSeconds, peakMB}. */
async function measure(what: string, path: string): Promise<void> {
  const start = performance.now();
  const pages = what === 'readability' ? await readabilityOnly(path) : await zhengwenRun(path, Number(what.slice(4)));
  const seconds = (performance.now() - start) / 1000;
  // maxRSS covers the worker threads too: they live in this process.
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  const cpuSeconds = (userCPUTime + systemCPUTime) / 1e6;
  process.stdout.write(JSON.stringify({ pages, seconds, cpuSeconds, peakMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

interface Measured {
  pages: number;
  seconds: number;
  /** CPU time of all threads: beside `seconds` it shows whether the cores were free (a shared machine). */
  cpuSeconds: number;
  peakMB: number;
}

function inFreshProcess(what: string, path: string): Measured {
  const done = spawnSync(join(REPO, 'node_modules/.bin/tsx'), [import.meta.filename, '--measure', what, path], { encoding: 'utf-8' });
  if (done.status !== 0) throw new Error(`${what} failed: ${done.stderr}`);
  return JSON.parse(done.stdout) as Measured;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--measure') return measure(argv[1], argv[2]);
  const pages = argv[0] === '--pages' ? Number(argv[1]) : 2_000;
  const dir = mkdtempSync(join(tmpdir(), 'zhengwen-bench-cli-'));
  try {
    const full = join(dir, 'pages.warc.gz');
    const quarter = join(dir, 'quarter.warc.gz');
    const averageBytes = await writeWarc(full, pages);
    await writeWarc(quarter, Math.round(pages / 4));
    console.log(`${pages} generated pages, ${(averageBytes / 1024).toFixed(0)} KB of HTML each on average, in a ${(statSync(full).size / 1e6).toFixed(1)} MB WARC.gz`);
    const rows: Array<[string, Measured]> = [
      ['Readability + linkedom', inFreshProcess('readability', full)],
      ['zhengwen --jobs 1', inFreshProcess('jobs1', full)],
      ['zhengwen --jobs 2', inFreshProcess('jobs2', full)],
      [`zhengwen --jobs 1, ${Math.round(pages / 4)} pages`, inFreshProcess('jobs1', quarter)],
    ];
    for (const [name, m] of rows) {
      console.log(`${name.padEnd(34)} ${String(m.pages).padStart(5)} pages  ${(m.pages / m.seconds).toFixed(1).padStart(7)} pages/s  ${m.seconds.toFixed(1).padStart(6)} s wall  ${m.cpuSeconds.toFixed(1).padStart(6)} s CPU  peak RSS ${m.peakMB.toFixed(0)} MB`);
    }
    const [readability, one, two, small] = rows.map(([, m]) => m);
    const ratio = one.seconds / one.pages / (readability.seconds / readability.pages);
    const speedup = one.seconds / two.seconds;
    console.log(`time per page, zhengwen --jobs 1 / Readability alone: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×)`);
    console.log(`--jobs 2 speed-up over --jobs 1: ${speedup.toFixed(2)}× (target ≥ ${TARGET_SPEEDUP}×)`);
    console.log(`peak RSS, ${pages} pages / ${small.pages} pages (--jobs 1): ${one.peakMB.toFixed(0)} / ${small.peakMB.toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e);
  process.exit(1);
});
