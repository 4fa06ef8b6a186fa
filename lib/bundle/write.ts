// Writes the corpus as a zip bundle (articles.jsonl, metadata.csv, texts/, html/, citations.json, README.md,
// README.txt, datapackage.json) or as bare JSONL, streaming: one record, one entry at a time, each chunk awaited at
// the sink.

import { cslItem, type CslItem } from '../cite/csl';
import { cslJson } from '../cite/formats';
import type { CaptureRecord } from '../model';
import { datasetCard } from './card';
import { createFactsCollector, type CorpusFacts } from './corpusFacts';
import { buildDataPackage, type Contributor, type WrittenFile } from './datapackage';
import { BundleError } from './errors';
import { articleJson } from './fields';
import { csvHeader, csvRecordRow } from './metadata-csv';
import { bundleFileName, htmlEntryName, SAFE_ID, textEntryName } from './names';
import { bundleReadme } from './readme';
import type { BundleSink } from './sink';
import { ZipStream } from './zip-stream';

type Records = Iterable<CaptureRecord> | AsyncIterable<CaptureRecord>;

/**
 * The records to export. The zip reads them in three passes (articles.jsonl, metadata.csv, texts/) so that no part
 * has to wait in memory for another: pass an array, a re-iterable object, or a function returning a fresh iterable
 * each call (e.g. a new store cursor). Records should come in capture order (first_captured_at ascending); arrays are
 * sorted. A one-shot iterator (a generator object) is enough for format 'jsonl' only.
 */
export type RecordSource = Records | (() => Records);

export interface WriteBundleOptions {
  format: 'zip' | 'jsonl';
  /** Add html/<id>.html for records with has_html, read through getHtml. */
  includeHtml?: boolean;
  getHtml?: (id: string) => Promise<string | null>;
  signal?: AbortSignal;
  /**
   * Progress in steps: a zip takes three steps per record (its line, its row, its text file) plus one per snapshot;
   * JSONL one per record. `total` is known once the records were counted (at once for arrays or `total`).
   */
  onProgress?: (done: number, total?: number) => void;
  /** Number of records, when the caller knows it (for progress only). */
  total?: number;
  /** Export time (file name, zip timestamps, datapackage `created`). */
  now?: Date;
  /** People or bodies credited in datapackage.json. */
  contributors?: Contributor[];
}

export interface BundleSummary {
  format: 'zip' | 'jsonl';
  /** Suggested download name: zhengwen-corpus-YYYYMMDD-HHmm.zip / .jsonl. */
  fileName: string;
  articles: number;
  htmlSnapshots: number;
  /** Records with has_html whose snapshot getHtml did not return. */
  missingHtml: number;
  /** Bytes handed to the sink. */
  bytes: number;
}

export async function writeBundle(
  source: RecordSource,
  sink: BundleSink,
  opts: WriteBundleOptions,
): Promise<BundleSummary> {
  try {
    opts.signal?.throwIfAborted();
    const summary = opts.format === 'zip' ? await writeZip(source, sink, opts) : await writeJsonl(source, sink, opts);
    await sink.close();
    return summary;
  } catch (error) {
    await sink.abort?.(error);
    throw error;
  }
}

/** articles.jsonl content alone, as a stream of UTF-8 chunks. */
async function writeJsonl(source: RecordSource, sink: BundleSink, opts: WriteBundleOptions): Promise<BundleSummary> {
  const encoder = new TextEncoder();
  const total = knownCount(source, opts);
  let lines: string[] = [];
  let units = 0;
  let bytes = 0;
  let count = 0;
  const flush = async () => {
    const chunk = encoder.encode(lines.join(''));
    lines = [];
    units = 0;
    opts.signal?.throwIfAborted();
    bytes += chunk.length;
    await sink.write(chunk);
  };
  for await (const record of onePass(source)) {
    opts.signal?.throwIfAborted();
    const line = JSON.stringify(articleJson(record)) + '\n';
    lines.push(line);
    units += line.length;
    if (units >= 1 << 16) await flush();
    count++; // not inside the optional call below: without onProgress it would never run
    opts.onProgress?.(count, total);
  }
  if (lines.length > 0) await flush();
  const now = opts.now ?? new Date();
  return { format: 'jsonl', fileName: bundleFileName(now, 'jsonl'), articles: count, htmlSnapshots: 0, missingHtml: 0, bytes };
}

interface CaptureKey {
  id: string;
  firstCapturedAt: number;
  hasHtml: boolean;
}

/** What every pass of a zip export shares. */
interface ZipPass {
  zip: ZipStream;
  records: () => Records;
  signal?: AbortSignal;
  step: () => void;
}

async function writeZip(source: RecordSource, sink: BundleSink, opts: WriteBundleOptions): Promise<BundleSummary> {
  const now = opts.now ?? new Date();
  const zip = new ZipStream(sink, now, opts.signal);
  const known = knownCount(source, opts);
  let done = 0;
  let total = known === undefined ? undefined : known * 3;
  try {
    const pass: ZipPass = { zip, records: recordPasses(source), signal: opts.signal, step: () => opts.onProgress?.(++done, total) };
    const { file: articles, keys, citations, facts } = await writeArticles(pass);
    const textNames = textNamesInCaptureOrder(keys);
    const htmlIds = opts.includeHtml ? capturedOrder(keys).filter((k) => k.hasHtml).map((k) => k.id) : [];
    total = keys.length * 3 + htmlIds.length;

    const metadata = await writeMetadata(pass, textNames);
    const texts = await writeTexts(pass, textNames);
    const html = await writeSnapshots(pass, htmlIds, opts.getHtml);
    const citationsFile = await writeWholeEntry(zip, 'citations.json', cslJson(citationsInOrder(citations, textNames)));
    const card = await writeWholeEntry(zip, 'README.md', datasetCard(now, facts));
    const readme = await writeWholeEntry(zip, 'README.txt', bundleReadme(now, keys.length));
    const files = { articles, metadata, texts, html, readme, card, citations: citationsFile };
    const descriptor = buildDataPackage(files, now, facts, opts.contributors);
    await writeWholeEntry(zip, 'datapackage.json', JSON.stringify(descriptor, null, 2) + '\n');
    await zip.end();

    return {
      format: 'zip',
      fileName: bundleFileName(now),
      articles: keys.length,
      htmlSnapshots: html.length,
      missingHtml: htmlIds.length - html.length,
      bytes: zip.bytes,
    };
  } catch (error) {
    zip.terminate();
    throw error;
  }
}

interface FirstPass {
  file: WrittenFile;
  keys: CaptureKey[];
  /** A citation per record (small: no body text), written after the texts. */
  citations: CslItem[];
  facts: CorpusFacts;
}

/** Pass 1: articles.jsonl, the keys that name the text files in capture order, the citations and corpus facts. */
async function writeArticles(pass: ZipPass): Promise<FirstPass> {
  const records = pass.records();
  const keys: CaptureKey[] = [];
  const citations: CslItem[] = [];
  const facts = createFactsCollector();
  const seen = new Set<string>();
  const entry = pass.zip.entry('articles.jsonl');
  for await (const record of records) {
    pass.signal?.throwIfAborted();
    checkId(record.id, seen);
    keys.push({ id: record.id, firstCapturedAt: Date.parse(record.first_captured_at), hasHtml: record.has_html });
    citations.push(cslItem(record));
    facts.add(record);
    await entry.write(JSON.stringify(articleJson(record)) + '\n');
    pass.step();
  }
  return { file: await entry.close(), keys, citations, facts: facts.facts() };
}

/** citations.json in the order of texts/ (capture order). */
const citationsInOrder = (citations: CslItem[], textNames: Map<string, string>) =>
  [...citations].sort((a, b) => (textNames.get(a.id)! < textNames.get(b.id)! ? -1 : 1));

/**
 * The records of pass 1 again, each once: a record captured after pass 1 began is not part of this export, and one
 * deleted meanwhile is simply missing from the later parts.
 */
async function* exportedRecords(pass: ZipPass, textNames: Map<string, string>) {
  const remaining = new Set(textNames.keys());
  for await (const record of pass.records()) {
    pass.signal?.throwIfAborted();
    if (remaining.delete(record.id)) yield { record, textName: textNames.get(record.id)! };
  }
}

/** Pass 2: metadata.csv. */
async function writeMetadata(pass: ZipPass, textNames: Map<string, string>): Promise<WrittenFile> {
  const entry = pass.zip.entry('metadata.csv');
  await entry.write(csvHeader());
  for await (const { record, textName } of exportedRecords(pass, textNames)) {
    await entry.write(csvRecordRow(record, textName));
    pass.step();
  }
  return entry.close();
}

/** Pass 3: one text file per article, for corpus tools. */
async function writeTexts(pass: ZipPass, textNames: Map<string, string>): Promise<WrittenFile[]> {
  const texts: WrittenFile[] = [];
  for await (const { record, textName } of exportedRecords(pass, textNames)) {
    texts.push(await writeWholeEntry(pass.zip, textName, textFileContent(record)));
    pass.step();
  }
  return texts.sort(byPath);
}

async function writeSnapshots(
  pass: ZipPass,
  ids: string[],
  getHtml: WriteBundleOptions['getHtml'],
): Promise<WrittenFile[]> {
  const html: WrittenFile[] = [];
  for (const id of ids) {
    pass.signal?.throwIfAborted();
    const page = await getHtml?.(id);
    if (page == null) continue;
    html.push(await writeWholeEntry(pass.zip, htmlEntryName(id), page));
    pass.step();
  }
  return html;
}

async function writeWholeEntry(zip: ZipStream, path: string, text: string): Promise<WrittenFile> {
  const entry = zip.entry(path);
  await entry.write(text);
  return entry.close();
}

/** Title on one line, a blank line, the body: the layout corpus tools show as a document. */
const textFileContent = (record: CaptureRecord) =>
  `${(record.title ?? '').replace(/\s*[\r\n]+\s*/g, ' ')}\n\n${record.text}\n`;

const byPath = (a: WrittenFile, b: WrittenFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function checkId(id: string, seen: Set<string>): void {
  if (!SAFE_ID.test(id)) {
    throw new BundleError('bad-record', {
      en: `Record id ${JSON.stringify(id)} cannot be used in a file name.`,
      zh: `记录编号 ${JSON.stringify(id)} 不能用作文件名。`,
    });
  }
  if (seen.has(id)) {
    throw new BundleError('bad-record', { en: `Record id ${id} appears twice.`, zh: `记录编号 ${id} 重复出现。` });
  }
  seen.add(id);
}

/** Stable: records captured at the same time keep the order they came in. */
function capturedOrder(keys: CaptureKey[]): CaptureKey[] {
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => a.key.firstCapturedAt - b.key.firstCapturedAt || a.index - b.index)
    .map(({ key }) => key);
}

function textNamesInCaptureOrder(keys: CaptureKey[]): Map<string, string> {
  const ordered = capturedOrder(keys);
  return new Map(ordered.map((key, index) => [key.id, textEntryName(index + 1, ordered.length, key.id)]));
}

function knownCount(source: RecordSource, opts: WriteBundleOptions): number | undefined {
  return opts.total ?? (Array.isArray(source) ? source.length : undefined);
}

/** The records for a single pass (JSONL). */
function onePass(source: RecordSource): Records {
  const records = typeof source === 'function' ? source() : source;
  return Array.isArray(records) ? sortedByCapture(records) : records;
}

/** A fresh iterable for each pass of a zip export; refuses a source that can be read only once. */
function recordPasses(source: RecordSource): () => Records {
  const readOnce = () =>
    new TypeError(
      'writeBundle: a zip reads the records in three passes; pass an array, or a function returning a fresh ' +
        'iterable (a new generator or cursor) on every call',
    );
  if (typeof source === 'function') {
    const handedOut = new WeakSet<object>();
    return () => {
      const records = source();
      if (handedOut.has(records) && isOneShot(records)) throw readOnce();
      handedOut.add(records);
      return Array.isArray(records) ? sortedByCapture(records) : records;
    };
  }
  if (Array.isArray(source)) return () => sortedByCapture(source);
  if (isOneShot(source)) throw readOnce();
  return () => source;
}

function isOneShot(source: Records): boolean {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  return (iterator as unknown) === source;
}

/** Stable, so records captured at the same moment keep their order. */
const sortedByCapture = (records: readonly CaptureRecord[]) =>
  [...records].sort((a, b) => Date.parse(a.first_captured_at) - Date.parse(b.first_captured_at));
