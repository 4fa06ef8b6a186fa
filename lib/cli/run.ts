// One run of `zhengwen extract` (or `merge`): items in, one JSON line out per item in input order, near-duplicates
// marked across the whole run, and the articles spooled to a temporary file for --bundle so that memory stays flat.

import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { ArticleFields, CaptureRecord } from '../model';
import { buildCaptureRecord } from '../store/record';
import { writeBundleFile } from './bundle';
import { failedRecord, type ExtractRecord, type PageJob } from './extractFile';
import { extractWithFingerprint, type PageResult } from './extractWorker';
import { NearDuplicateIndex } from './nearDuplicates';
import { orderedMap } from './orderedMap';
import type { Progress } from './progress';
import type { Extras, SourceItem } from './warc';

/** Fields every output line has after the extract record's: what a bundle (and `zhengwen merge`) needs. */
export interface OutputLine extends ExtractRecord {
  id: string | null;
  near_duplicate_of: string | null;
  fingerprint: string | null;
  canonical_url: string | null;
  keywords: string[] | null;
  description: string | null;
  views: number | null;
  lang: string | null;
  title_original: string | null;
}

/** A page's outcome before marking: extracted now, or read back from an earlier run's line (merge). */
export interface Outcome extends PageResult {
  extras: Extras | null;
}

export interface RunOptions {
  /** Worker threads; 1 extracts on the main thread. */
  jobs: number;
  bundle: string | null;
  now: Date;
  progress: Progress;
}

export interface RunSummary {
  lines: number;
  bundle: { path: string; articles: number; sameUrl: number } | null;
}

/** Items in flight per worker: enough to keep every worker busy while the main thread writes. */
const QUEUE_PER_JOB = 8;

function pageExtractor(jobs: number): { run: (job: PageJob) => Promise<PageResult>; close: () => Promise<void> } {
  if (jobs <= 1) return { run: async (job) => extractWithFingerprint(job), close: async () => {} };
  const pool = new Piscina<PageJob, PageResult>({
    filename: new URL('./extractWorkerEntry.mjs', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
  });
  return { run: (job) => pool.run(job), close: () => pool.destroy() };
}

function failedOutcome(input: string, url: string | null, error: string, extras: Extras | null): Outcome {
  return { record: failedRecord(input, url, error), article: null, fingerprint: null, extras };
}

/** Extracts pages from the items, in order; skipped records give null. */
export function extractOutcomes(items: AsyncIterable<SourceItem>, jobs: number): { outcomes: AsyncIterable<Outcome | null>; close: () => Promise<void> } {
  const extractor = pageExtractor(jobs);
  const settle = async (item: SourceItem): Promise<Outcome | null> => {
    if (item.kind === 'skipped') return null;
    if (item.kind === 'failed') return failedOutcome(item.input, item.url, item.error, item.extras ?? null);
    try {
      return { ...(await extractor.run(item.job)), extras: item.extras ?? null };
    } catch (e) {
      // A worker that died (out of memory on a huge page) costs that page only.
      return failedOutcome(item.job.input, item.job.url, `extraction failed: ${(e as Error).message}`, item.extras ?? null);
    }
  };
  return { outcomes: orderedMap(items, settle, Math.max(1, jobs) * QUEUE_PER_JOB), close: extractor.close };
}

export const OUTPUT_KEYS = new Set<string>([
  'input', 'url', 'fetched_at', 'title', 'pretitle', 'subtitle', 'published_at', 'source', 'author', 'editor',
  'site_name', 'column', 'text', 'text_original', 'script_original', 'chars', 'error', 'id', 'near_duplicate_of',
  'fingerprint', 'canonical_url', 'keywords', 'description', 'views', 'lang', 'title_original',
]);

function outputLine(o: Outcome, record: CaptureRecord | null): OutputLine & Extras {
  const a = o.article;
  const passed = Object.fromEntries(Object.entries(o.extras ?? {}).filter(([k]) => !OUTPUT_KEYS.has(k)));
  return {
    ...o.record,
    id: record?.id ?? null,
    near_duplicate_of: record?.near_duplicate_of ?? null,
    fingerprint: o.fingerprint,
    canonical_url: a?.canonical_url ?? null,
    keywords: a?.keywords ?? null,
    description: a?.description ?? null,
    views: a?.views ?? null,
    lang: a?.lang ?? null,
    title_original: a?.title_original ?? null,
    ...passed,
  };
}

/** Marks each article against all earlier ones of the run and builds its bundle record. */
class RunMarker {
  private readonly index = new NearDuplicateIndex();
  private articles = 0;

  constructor(private readonly now: Date) {}

  async mark(o: Outcome): Promise<CaptureRecord | null> {
    if (!o.article || !o.fingerprint) return null;
    // Without a URL a file's own address keeps its identity apart from the other files'.
    const fields: ArticleFields = o.article.url ? o.article : { ...o.article, url: pathToFileURL(o.record.input).href };
    // One millisecond apart, in input order: the first of a duplicate pair counts as the earlier capture.
    const capturedAt = new Date(this.now.getTime() + this.articles++);
    const draft = await buildCaptureRecord(fields, { now: capturedAt, hasHtml: false, fingerprint: o.fingerprint, nearDuplicateOf: null });
    const near = this.index.mark({ id: draft.id, fingerprint: o.fingerprint, first_captured_at: draft.first_captured_at });
    return { ...draft, near_duplicate_of: near };
  }
}

/** Bundle records wait in a temporary JSONL file: the zip reads them three times, and memory must not hold them. */
class Spool {
  private readonly dir = mkdtempSync(join(tmpdir(), 'zhengwen-spool-'));
  readonly path = join(this.dir, 'records.jsonl');
  private readonly out: WriteStream = createWriteStream(this.path);
  /** A WARC may hold the same URL twice; the bundle keeps its first capture, as the extension would. */
  private readonly ids = new Set<string>();
  articles = 0;
  sameUrl = 0;

  async add(record: CaptureRecord): Promise<void> {
    if (this.ids.has(record.id)) {
      this.sameUrl++;
      return;
    }
    this.ids.add(record.id);
    this.articles++;
    if (!this.out.write(JSON.stringify(record) + '\n')) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }

  async *records(): AsyncGenerator<CaptureRecord> {
    for await (const line of createInterface({ input: createReadStream(this.path), crlfDelay: Infinity })) {
      if (line) yield JSON.parse(line) as CaptureRecord;
    }
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function runOutcomes(
  outcomes: AsyncIterable<Outcome | null>,
  opts: Pick<RunOptions, 'bundle' | 'now' | 'progress'>,
  writeLine: (line: string) => void | Promise<void>,
): Promise<RunSummary> {
  const marker = new RunMarker(opts.now);
  const spool = opts.bundle ? new Spool() : null;
  const counts = opts.progress.counts;
  let lines = 0;
  try {
    for await (const o of outcomes) {
      counts.records++;
      if (o === null) counts.skipped++;
      else {
        const record = await marker.mark(o);
        if (record) counts.articles++;
        else counts.errors++;
        if (record && spool) await spool.add(record);
        await writeLine(JSON.stringify(outputLine(o, record)));
        lines++;
      }
      opts.progress.tick();
    }
    if (!spool || !opts.bundle) return { lines, bundle: null };
    await spool.close();
    await writeBundleFile(opts.bundle, () => spool.records(), { now: opts.now, total: spool.articles });
    return { lines, bundle: { path: opts.bundle, articles: spool.articles, sameUrl: spool.sameUrl } };
  } finally {
    spool?.remove();
  }
}

export async function runItems(items: AsyncIterable<SourceItem>, opts: RunOptions, writeLine: (line: string) => void | Promise<void>): Promise<RunSummary> {
  const { outcomes, close } = extractOutcomes(items, opts.jobs);
  try {
    return await runOutcomes(outcomes, opts, writeLine);
  } finally {
    await close();
  }
}
