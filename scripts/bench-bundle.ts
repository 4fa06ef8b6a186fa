// Bundle benchmark: export 10,000 generated articles of ~3,000 characters to a file and to the Blob sink, then import
// (read + plan). Run: npx tsx scripts/bench-bundle.ts [--articles N]
// The export runs again in a child Node with --max-old-space-size=400 to show it fits that heap.
// Targets: export <= 20 s with heap < 400 MB; import <= 30 s.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planImport } from '../lib/bundle/plan';
import { readBundle } from '../lib/bundle/read';
import { createBlobSink } from '../lib/bundle/sink';
import { writeBundle } from '../lib/bundle/write';
import { readBundleFile, writeBundleFile } from '../lib/cli/bundle';
import { EXTRACTOR, type CaptureRecord } from '../lib/model';

const HEAP_CAP_MB = 400;
const SEEDS = fileURLToPath(new URL('../tests/fixtures/seeds/', import.meta.url));
const args = process.argv.slice(2);
const articleCount = Number(args[args.indexOf('--articles') + 1]) || 10_000;
const cappedChild = args.includes('--capped-export');

/** Two-character words from the seed articles: generated text with the byte statistics of real Chinese news. */
function vocabulary(): string[] {
  const text = readdirSync(SEEDS).map((name) => readFileSync(join(SEEDS, name), 'utf8')).join('');
  const words = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 2 <= run.length; i += 2) words.add(run.slice(i, i + 2));
  }
  return [...words];
}

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 20,000 distinct paragraphs (~1.5 M characters). Articles are drawn from them, so that generating a record per pass
 * is cheap (like reading a store) while deflate, whose window holds ~3 articles, almost never sees a repeat.
 */
function paragraphPool(words: string[]): string[] {
  const random = mulberry32(7);
  const pick = () => words[Math.floor(random() * words.length)];
  return Array.from({ length: 20_000 }, () => {
    let paragraph = '';
    for (let sentence = 0; sentence < 3; sentence++) {
      paragraph += Array.from({ length: 6 + Math.floor(random() * 10) }, pick).join('') + (sentence === 2 ? '。' : '，');
    }
    return paragraph;
  });
}

/** Deterministic, so each export pass (like a store cursor) yields the same records without keeping them. */
function makeArticle(index: number, pool: string[]): CaptureRecord {
  const random = mulberry32(index + 1);
  const paragraphs: string[] = [];
  for (let chars = 0; chars < 3000; ) {
    const paragraph = pool[Math.floor(random() * pool.length)];
    paragraphs.push(paragraph);
    chars += paragraph.length + 1;
  }
  const text = paragraphs.join('\n');
  const id = createHash('sha256').update(`article-${index}`).digest('hex').slice(0, 16);
  const url = `https://www.example.gov.cn/xwzx/${id}.html`;
  const captured = new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString();
  return {
    id, url, canonical_url: url, key_url: url,
    title: pool[index % pool.length].slice(0, 20), pretitle: null, subtitle: null,
    published_at: '2024-01-01T09:00+08:00', source: '市委宣传部', author: '记者 张三', editor: '李四',
    site_name: '示例市人民政府网', column: '要闻', keywords: ['要闻', '工作'], description: null, views: index,
    lang: 'zh-CN', script_original: 'zh-Hans', text, text_original: null, title_original: null,
    chars: text.length, // generated text is all BMP: UTF-16 length = code points
    sha256: createHash('sha256').update(text).digest('hex'), fingerprint: '0123456789abcdef',
    near_duplicate_of: null, captured_at: captured, first_captured_at: captured, revisions: 1, tags: [], note: '',
    extracted: {}, extractor: { ...EXTRACTOR }, has_html: false,
  };
}

function* articles(pool: string[]): Generator<CaptureRecord> {
  for (let i = 0; i < articleCount; i++) yield makeArticle(i, pool);
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** The machine may be shared: CPU time shows the work done apart from waiting for a core. */
const took = (run: { ms: number; cpuMs: number }) => `${seconds(run.ms)} (cpu ${seconds(run.cpuMs)})`;

/** Timers do not run while an export only awaits resolved promises, so the heap is sampled from onProgress. */
function heapSampler() {
  let peak = process.memoryUsage().heapUsed;
  return {
    sample: (done: number) => {
      if (done % 200 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
    peak: () => Math.max(peak, process.memoryUsage().heapUsed),
  };
}

async function timed<T>(run: (sample: (done: number) => void) => Promise<T>) {
  global.gc?.();
  const heap = heapSampler();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await run(heap.sample);
  const cpu = process.cpuUsage(cpuStart);
  return { result, ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, peakHeap: heap.peak() };
}

async function main() {
  const words = paragraphPool(vocabulary());
  const dir = await mkdtemp(join(tmpdir(), 'zhengwen-bench-'));
  const zipPath = join(dir, 'corpus.zip');
  try {
    if (cappedChild) {
      const run = await timed((sample) =>
        writeBundleFile(zipPath, () => articles(words), { onProgress: sample, total: articleCount }),
      );
      console.log(`capped export: ${took(run)}, peak heap ${mb(run.peakHeap)}`);
      return;
    }
    console.log(`bundle benchmark: ${articleCount} articles of ~3,000 characters (generated on the fly per pass)`);
    console.log(`baseline heap: ${mb(process.memoryUsage().heapUsed)}`);

    const toFile = await timed((sample) =>
      writeBundleFile(zipPath, () => articles(words), { onProgress: sample, total: articleCount }),
    );
    console.log(`export → file sink:  ${took(toFile)}, ${mb(statSync(zipPath).size)}, peak heap ${mb(toFile.peakHeap)}`);

    const blobSink = createBlobSink();
    const toBlob = await timed((sample) =>
      writeBundle(() => articles(words), blobSink, { format: 'zip', onProgress: sample, total: articleCount }),
    );
    const blob = blobSink.blob();
    console.log(`export → Blob sink:  ${took(toBlob)}, ${mb(blob.size)}, peak heap ${mb(toBlob.peakHeap)}, rss ${mb(process.memoryUsage().rss)}`);

    const existing = new Map<string, CaptureRecord>();
    for (const record of articles(words)) if (existing.size < articleCount / 2) existing.set(record.id, record);
    const fromFile = await timed(async () => {
      const read = await readBundleFile(zipPath);
      return { read, plan: planImport(existing, read.records) };
    });
    const { read, plan } = fromFile.result;
    console.log(
      `import ← file (read + plan): ${took(fromFile)}, ${read.records.length} records, ` +
        `add ${plan.add.length} / update ${plan.update.length} / skip ${plan.skip.length}, peak heap ${mb(fromFile.peakHeap)}`,
    );
    const fromBlob = await timed(async () => planImport(existing, (await readBundle(blob)).records));
    console.log(`import ← Blob (read + plan): ${took(fromBlob)}`);

    const child = spawnSync(
      process.execPath,
      [...process.execArgv, `--max-old-space-size=${HEAP_CAP_MB}`, fileURLToPath(import.meta.url), '--capped-export', '--articles', String(articleCount)],
      { encoding: 'utf8' },
    );
    const cappedLine = child.stdout.trim() || child.stderr.trim().split('\n').slice(-3).join(' ');
    console.log(`export with --max-old-space-size=${HEAP_CAP_MB}: ${child.status === 0 ? 'ok' : 'FAILED'} (${cappedLine})`);

    const exportOk = Math.max(toFile.ms, toBlob.ms) <= 20_000 && Math.max(toFile.peakHeap, toBlob.peakHeap) < HEAP_CAP_MB * 2 ** 20 && child.status === 0;
    const importOk = Math.max(fromFile.ms, fromBlob.ms) <= 30_000;
    console.log(`targets: export <= 20 s & heap < ${HEAP_CAP_MB} MB: ${exportOk ? 'met' : 'MISSED'}; import <= 30 s: ${importOk ? 'met' : 'MISSED'}`);
    process.exitCode = exportOk && importOk ? 0 : 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
