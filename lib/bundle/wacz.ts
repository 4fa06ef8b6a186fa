// A WACZ 1.1.1 archive of page snapshots: archive/data.warc.gz (one gzip member per WARC record, written with
// warcio), indexes/index.cdxj (sorted, with each record's offset and length), pages/pages.jsonl (URL, title, time,
// clean text), datapackage.json (every file's hash) and datapackage-digest.json. Opens in ReplayWeb.page.
//
// A snapshot is what the extension stored: the DOM as the user saw it, serialized (document.documentElement
// .outerHTML), not the bytes the server sent; the command line stores a saved file's bytes. Each is a WARC
// `resource` record (not a `response`: there was no HTTP exchange to record) with the capture time as WARC-Date.

import { getSurt, WARCRecord, WARCSerializer } from 'warcio';
import { EXTRACTOR } from '../model';
import type { WrittenFile } from './datapackage';
import { sha256Hex } from './sha256';
import type { BundleSink } from './sink';
import { ZipStream } from './zip-stream';

export const WACZ_VERSION = '1.1.1';
export const WARC_PATH = 'archive/data.warc.gz';

/** One page of the archive. */
export interface WaczPage {
  id: string;
  url: string;
  title: string | null;
  /** ISO 8601 capture time: the record's WARC-Date and the page's `ts`. */
  capturedAt: string;
  /** The clean text, for ReplayWeb.page's full-text search and later re-use. */
  text: string;
}

export interface Snapshot {
  bytes: Uint8Array;
  /** Content-Type of the snapshot: text/html; charset=utf-8 for a serialized DOM. */
  contentType: string;
}

type Pages = Iterable<WaczPage> | AsyncIterable<WaczPage>;

/**
 * Snapshots are read this many at a time: few enough that a batch (~100 KB a page as a string, as much again as
 * bytes) is a small, short-lived part of the heap, enough that the store is read in few transactions.
 */
export const SNAPSHOT_BATCH = 16;

export interface WriteWaczOptions {
  /**
   * The snapshots of a batch of pages (at most `batchSize` ids), in the order asked, null where none is stored (the
   * page is then left out). The next batch is asked for once this one has arrived, and the one after it only once
   * this one is written: at most two batches are held.
   */
  getSnapshots: (ids: string[]) => Promise<Array<Snapshot | null>>;
  /** Pages per getSnapshots call; SNAPSHOT_BATCH unless given. */
  batchSize?: number;
  signal?: AbortSignal;
  /** Pages done so far (archived or found missing), after each batch. */
  onProgress?: (done: number, total?: number) => void;
  total?: number;
  now?: Date;
  title?: string;
}

export interface WaczSummary {
  fileName: string;
  pages: number;
  /** Pages without a stored snapshot. */
  missing: number;
  bytes: number;
}

/** The URL as WARC-Target-URI holds it (percent-encoded), so that the index and pages.jsonl name the same URI. */
const targetUri = (url: string) => (URL.canParse(url) ? new URL(url).href : url);

/** YYYYMMDDhhmmss, the CDXJ timestamp. */
const cdxTimestamp = (iso: string) => new Date(iso).toISOString().replace(/\D/g, '').slice(0, 14);

export const waczFileName = (now: Date) => `zhengwen-archive-${now.toISOString().slice(0, 16).replace(/\D/g, '')}.wacz`;

/**
 * Write the archive in one pass over the pages for the WARC (a snapshot at a time) and a second for pages.jsonl:
 * pass an array or a function returning a fresh iterable each call.
 */
export async function writeWacz(pages: Pages | (() => Pages), sink: BundleSink, opts: WriteWaczOptions): Promise<WaczSummary> {
  const now = opts.now ?? new Date();
  const zip = new ZipStream(sink, now, opts.signal);
  const passes = typeof pages === 'function' ? pages : () => pages;
  try {
    opts.signal?.throwIfAborted();
    const { file: warc, index, archived, missing } = await writeWarc(zip, passes(), opts, now);
    const pagesFile = await writePages(zip, passes(), archived, opts.signal);
    const indexFile = await writeWhole(zip, 'indexes/index.cdxj', index.sort().join(''));
    const descriptor = JSON.stringify(waczPackage([warc, indexFile, pagesFile], now, opts.title), null, 2) + '\n';
    await writeWhole(zip, 'datapackage.json', descriptor);
    const digest = { path: 'datapackage.json', hash: `sha256:${sha256Hex(new TextEncoder().encode(descriptor))}` };
    await writeWhole(zip, 'datapackage-digest.json', JSON.stringify(digest, null, 2) + '\n');
    await zip.end();
    await sink.close();
    return { fileName: waczFileName(now), pages: archived.size, missing, bytes: zip.bytes };
  } catch (error) {
    zip.terminate();
    await sink.abort?.(error);
    throw error;
  }
}

function warcInfo(now: Date): WARCRecord {
  return WARCRecord.createWARCInfo(
    { filename: 'data.warc.gz', warcVersion: 'WARC/1.1', date: now.toISOString() },
    {
      software: `${EXTRACTOR.name} ${EXTRACTOR.version} (warcio.js)`,
      format: 'WARC File Format 1.1',
      description: 'Page snapshots: the DOM as the user saw it when capturing (not the server\'s bytes), as resource records.',
    },
  );
}

const serialize = (record: WARCRecord) => WARCSerializer.serialize(record, { gzip: true });

/**
 * sha256:<hex> of a snapshot, by the platform's native hash. Given to warcio as the record's block and payload
 * digest (the same bytes for a resource record), so it does not hash them itself with WebAssembly, which an
 * extension page's content security policy does not allow.
 */
async function snapshotDigest(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return `sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A batch of pages, its snapshots being read: the pages not asked for before, and how many pages it stands for. */
interface PendingBatch {
  wanted: WaczPage[];
  snapshots: Promise<Array<Snapshot | null>>;
  size: number;
}

async function writeWarc(zip: ZipStream, pages: Pages, opts: WriteWaczOptions, now: Date) {
  const entry = zip.entry(WARC_PATH, { stored: true });
  const index: string[] = [];
  const archived = new Set<string>();
  let offset = 0;
  let done = 0;
  let missing = 0;
  const append = async (bytes: Uint8Array) => {
    await entry.writeBytes(bytes);
    offset += bytes.length;
  };
  await append(await serialize(warcInfo(now)));

  // A page listed twice is asked for (and archived) once.
  const requested = new Set<string>();
  const groups = batches(pages, opts.batchSize ?? SNAPSHOT_BATCH)[Symbol.asyncIterator]();
  const take = async (): Promise<PendingBatch | null> => {
    const { value: batch, done: end } = await groups.next();
    if (end) return null;
    const wanted = batch.filter((page) => !requested.has(page.id) && requested.add(page.id));
    const snapshots = wanted.length > 0 ? opts.getSnapshots(wanted.map((page) => page.id)) : Promise.resolve([]);
    snapshots.catch(() => {}); // awaited below; not an unhandled rejection if writing stops first
    return { wanted, snapshots, size: batch.length };
  };

  let current = await take();
  while (current) {
    opts.signal?.throwIfAborted();
    const snapshots = await current.snapshots;
    // The next batch is read from the store while this one is hashed and compressed: at most two batches are held.
    const next = take();
    next.catch(() => {});
    // Hashed and compressed together (native work, each awaited), written in order.
    const records = await Promise.all(current.wanted.map((page, i) => (snapshots[i] ? warcResource(page, snapshots[i]) : null)));
    for (const [i, record] of records.entries()) {
      opts.signal?.throwIfAborted();
      if (!record) {
        missing++;
        continue;
      }
      index.push(cdxjLine(current.wanted[i], record.contentType, record.digest, offset, record.bytes.length));
      await append(record.bytes);
      archived.add(current.wanted[i].id);
    }
    done += current.size;
    opts.onProgress?.(done, opts.total);
    current = await next;
  }
  return { file: await entry.close(), index, archived, missing };
}

/** One snapshot as a gzip member holding its WARC resource record. */
async function warcResource(page: WaczPage, snapshot: Snapshot) {
  const digest = await snapshotDigest(snapshot.bytes);
  const warcHeaders = { 'Content-Type': snapshot.contentType, 'WARC-Block-Digest': digest, 'WARC-Payload-Digest': digest };
  const record = WARCRecord.create(
    { url: targetUri(page.url), date: page.capturedAt, type: 'resource', warcVersion: 'WARC/1.1', warcHeaders },
    [snapshot.bytes],
  );
  return { bytes: await serialize(record), digest, contentType: snapshot.contentType };
}

/** The pages in consecutive groups of `size`. */
async function* batches(pages: Pages, size: number): AsyncGenerator<WaczPage[]> {
  let batch: WaczPage[] = [];
  for await (const page of pages) {
    batch.push(page);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function cdxjLine(page: WaczPage, contentType: string, digest: string, offset: number, length: number): string {
  const fields = {
    url: targetUri(page.url),
    mime: contentType.split(';')[0].trim(),
    status: '200',
    digest,
    length,
    offset,
    filename: 'data.warc.gz',
  };
  return `${getSurt(targetUri(page.url))} ${cdxTimestamp(page.capturedAt)} ${JSON.stringify(fields)}\n`;
}

async function writePages(zip: ZipStream, pages: Pages, archived: Set<string>, signal?: AbortSignal): Promise<WrittenFile> {
  const entry = zip.entry('pages/pages.jsonl', { large: true }); // every page's text: the largest file after the WARC
  await entry.write(JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages', hasText: true }) + '\n');
  const written = new Set<string>();
  for await (const page of pages) {
    signal?.throwIfAborted();
    if (!archived.has(page.id) || written.has(page.id)) continue;
    written.add(page.id);
    const line = { id: page.id, url: targetUri(page.url), title: page.title ?? page.url, ts: page.capturedAt, text: page.text };
    await entry.write(JSON.stringify(line) + '\n');
  }
  return entry.close();
}

async function writeWhole(zip: ZipStream, path: string, text: string): Promise<WrittenFile> {
  const entry = zip.entry(path);
  await entry.write(text);
  return entry.close();
}

function waczPackage(files: WrittenFile[], now: Date, title = 'zhengwen page snapshots') {
  return {
    profile: 'data-package',
    wacz_version: WACZ_VERSION,
    title,
    created: now.toISOString(),
    modified: now.toISOString(),
    software: `${EXTRACTOR.name} ${EXTRACTOR.version}`,
    resources: files.map((file) => ({
      name: file.path.split('/').pop()!,
      path: file.path,
      hash: `sha256:${file.sha256}`,
      bytes: file.bytes,
    })),
  };
}
