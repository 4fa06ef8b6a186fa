// Reads a bundle (zip) or a bare articles.jsonl back into records, checking everything before returning anything.
// It touches no store: the caller plans (planImport) and commits in one transaction.

import type { CaptureRecord } from '../model';
import { MAX_SNAPSHOT_CHARS } from '../store/limits';
import { BundleError } from './errors';
import { recordFromJson, type Problem } from './fields';
import { htmlEntryName, unsafeEntryNameReason } from './names';
import { Sha256, sha256Hex } from './sha256';
import { createBlobSink } from './sink';
import { byteSourceOf, corrupt, entryChunks, readZipDirectory, type ByteSource, type ZipDirectory, type ZipEntryInfo } from './zip-reader';

export interface ReadResult {
  format: 'zip' | 'jsonl';
  /** In file order, each checked (fields, types, chars and sha256 against text). */
  records: CaptureRecord[];
  /** The line of articles.jsonl each record came from (lines[i] for records[i]), for messages after reading. */
  lines: number[];
  /**
   * Page snapshots found in the bundle, by record id. A record may say has_html while its snapshot was not exported:
   * the importer keeps an already stored page or sets has_html to false.
   */
  html: Map<string, string>;
  /** Things worth telling the person that did not stop the import. */
  warnings: string[];
}

export interface ReadOptions {
  /** Read html/ snapshots too (default true). */
  includeHtml?: boolean;
  signal?: AbortSignal;
}

const READ_SLICE = 1 << 20;
/** A line this long is not an article; refusing it keeps a hostile file from exhausting memory. */
const MAX_LINE_UNITS = 64 << 20;

export async function readBundle(
  input: Blob | Uint8Array | AsyncIterable<Uint8Array>,
  opts: ReadOptions = {},
): Promise<ReadResult> {
  const source = byteSourceOf(input instanceof Uint8Array || input instanceof Blob ? input : await gather(input));
  const head = await source.read(0, Math.min(source.size, 64));
  if (isZip(head)) return readZip(source, opts);
  if (looksLikeJsonl(head)) {
    const { records, lines } = await parseArticles(sliceChunks(source, opts.signal), { en: 'The JSONL file', zh: 'JSONL 文件' });
    return { format: 'jsonl', records, lines, html: new Map(), warnings: [] };
  }
  throw notZip(source.size === 0);
}

/** A stream has no random access: it is gathered into a Blob (kept outside the JS heap) first. */
async function gather(input: AsyncIterable<Uint8Array>): Promise<Blob> {
  const sink = createBlobSink('application/octet-stream');
  for await (const chunk of input) sink.write(chunk);
  sink.close();
  return sink.blob();
}

const isZip = (head: Uint8Array) =>
  head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));

/** First meaningful character is "{" (after an optional byte order mark and white space). */
function looksLikeJsonl(head: Uint8Array): boolean {
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{');
}

const notZip = (empty: boolean) =>
  new BundleError('not-zip', {
    en: empty
      ? 'The file is empty.'
      : 'This is neither a zhengwen bundle (.zip) nor an articles .jsonl file.',
    zh: empty ? '文件为空。' : '这既不是 zhengwen 导出包（.zip），也不是 articles .jsonl 文件。',
  });

async function readZip(source: ByteSource, opts: ReadOptions): Promise<ReadResult> {
  const directory = await readZipDirectory(source);
  for (const entry of directory.entries) {
    const reason = unsafeEntryNameReason(entry.name);
    if (reason) {
      throw new BundleError('unsafe-path', {
        en: `The zip contains an unsafe file name ${JSON.stringify(entry.name)} (${reason}); it was not imported.`,
        zh: `zip 中含有不安全的文件名 ${JSON.stringify(entry.name)}（${reason}），未导入。`,
      });
    }
  }
  const byName = new Map<string, ZipEntryInfo>();
  for (const entry of directory.entries) {
    if (byName.has(entry.name)) throw corrupt(`${entry.name} appears twice`);
    byName.set(entry.name, entry);
  }
  const prefix = bundleRoot(byName);
  const articlesEntry = byName.get(`${prefix}articles.jsonl`)!;

  const { records, lines, bytes, sha256 } = await parseArticles(
    entryChunks(source, directory, articlesEntry, opts.signal),
    { en: 'articles.jsonl', zh: 'articles.jsonl' },
  ).catch((error: unknown) => damagedBeforeBad(error, source, directory, articlesEntry, opts.signal));
  const warnings = await checkPackage(source, directory, byName.get(`${prefix}datapackage.json`), bytes, sha256, opts);

  const html = new Map<string, string>();
  const tooLarge: string[] = [];
  if (opts.includeHtml ?? true) {
    for (const record of records) {
      const entry = byName.get(prefix + htmlEntryName(record.id));
      if (!entry) continue;
      // The capture path's cap: a snapshot this large is left out, before it is unpacked, and the record kept.
      const text = entry.size <= MAX_SNAPSHOT_CHARS * 3 ? await entryText(source, directory, entry, opts.signal) : null;
      if (text !== null && text.length <= MAX_SNAPSHOT_CHARS) html.set(record.id, text);
      else tooLarge.push(record.id);
    }
  }
  if (tooLarge.length > 0) warnings.push(snapshotsLeftOut(tooLarge));
  return { format: 'zip', records, lines, html, warnings };
}

const snapshotsLeftOut = (ids: string[]) =>
  `${ids.length} page snapshot(s) over ${MAX_SNAPSHOT_CHARS.toLocaleString('en')} characters were left out (the articles were imported): ${ids.join(', ')}. / ` +
  `${ids.length} 个网页快照超过 ${MAX_SNAPSHOT_CHARS.toLocaleString('en')} 字符，未导入（文章已导入）：${ids.join('、')}。`;

/**
 * A record that does not parse may be a damaged zip: flipped bits inflate to garbage long before the entry's checksum
 * is reached. Read the entry to its end first, so that a damaged file is called damaged (entryChunks throws 'corrupt').
 */
async function damagedBeforeBad(
  error: unknown,
  source: ByteSource,
  directory: ZipDirectory,
  entry: ZipEntryInfo,
  signal?: AbortSignal,
): Promise<never> {
  if (error instanceof BundleError && error.code === 'bad-record') {
    for await (const chunk of entryChunks(source, directory, entry, signal)) void chunk;
  }
  throw error;
}

/** "" for a bundle as exported; "folder/" when someone unzipped it and zipped the folder again. */
function bundleRoot(byName: Map<string, ZipEntryInfo>): string {
  if (byName.has('articles.jsonl')) return '';
  const nested = [...byName.keys()].filter((name) => /^[^/]+\/articles\.jsonl$/.test(name));
  if (nested.length === 1) return nested[0].slice(0, -'articles.jsonl'.length);
  throw new BundleError('missing-articles', {
    en: 'This zip has no articles.jsonl, so it is not a zhengwen bundle.',
    zh: '此 zip 中没有 articles.jsonl，不是 zhengwen 导出包。',
  });
}

/** datapackage.json's size and hash of articles.jsonl must match what was read; the rest of it is informational. */
async function checkPackage(
  source: ByteSource,
  directory: ZipDirectory,
  entry: ZipEntryInfo | undefined,
  bytes: number,
  sha256: string,
  opts: ReadOptions,
): Promise<string[]> {
  if (!entry) return [NOT_CHECKED.missing];
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(await entryText(source, directory, entry, opts.signal));
  } catch (error) {
    if (error instanceof SyntaxError) return [NOT_CHECKED.invalid];
    throw error;
  }
  const resources = (descriptor as { resources?: unknown } | null)?.resources;
  const resource = Array.isArray(resources)
    ? (resources as { path?: unknown; bytes?: unknown; hash?: unknown }[]).find((r) => r?.path === 'articles.jsonl')
    : undefined;
  if (!resource) return [NOT_CHECKED.unlisted];
  if (resource.bytes !== bytes || resource.hash !== `sha256:${sha256}`) {
    throw corrupt('articles.jsonl does not match the size and hash in datapackage.json');
  }
  return [];
}

/** Shown after an import that went through; one line each, in both languages. */
const NOT_CHECKED = {
  missing: 'No datapackage.json: file sizes and hashes were not checked. / 没有 datapackage.json，未校验文件大小和哈希。',
  invalid: 'datapackage.json is not valid JSON: hashes were not checked. / datapackage.json 不是有效的 JSON，未校验哈希。',
  unlisted: 'datapackage.json does not list articles.jsonl: its hash was not checked. / datapackage.json 未列出 articles.jsonl，未校验其哈希。',
};

async function entryText(source: ByteSource, directory: ZipDirectory, entry: ZipEntryInfo, signal?: AbortSignal) {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of entryChunks(source, directory, entry, signal)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

async function* sliceChunks(source: ByteSource, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < source.size; offset += READ_SLICE) {
    signal?.throwIfAborted();
    yield await source.read(offset, READ_SLICE);
  }
}

/** Which file a line is in, for messages. */
interface FileLabel {
  en: string;
  zh: string;
}

const badRecord = (where: FileLabel, line: number, problem: Problem) =>
  new BundleError('bad-record', {
    en: `${where.en}, line ${line}: the record ${problem.en}.`,
    zh: `${where.zh} 第 ${line} 行：记录${problem.zh}。`,
  });

/** Parse JSONL from UTF-8 chunks; every line must be a valid record and ids must be unique. */
async function parseArticles(chunks: AsyncIterable<Uint8Array>, where: FileLabel) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const encoder = new TextEncoder();
  const hash = new Sha256();
  const textSha256 = (text: string) => sha256Hex(encoder.encode(text));
  const records: CaptureRecord[] = [];
  const lines: number[] = [];
  const lineOf = new Map<string, number>();
  let lineNumber = 0;
  let rest = '';

  const takeLine = (line: string) => {
    lineNumber++;
    if (lineNumber === 1) line = line.replace(/^\uFEFF/, '');
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw badRecord(where, lineNumber, { en: 'is not valid JSON', zh: '不是有效的 JSON' });
    }
    const result = recordFromJson(value, textSha256);
    if ('problem' in result) throw badRecord(where, lineNumber, result.problem);
    const problem = identityProblem(result.record);
    if (problem) throw badRecord(where, lineNumber, problem);
    const earlier = lineOf.get(result.record.id);
    if (earlier !== undefined) {
      throw badRecord(where, lineNumber, { en: `repeats the id of line ${earlier}`, zh: `与第 ${earlier} 行的 id 重复` });
    }
    lineOf.set(result.record.id, lineNumber);
    records.push(result.record);
    lines.push(lineNumber);
  };

  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw badRecord(where, lineNumber + 1, { en: 'is not UTF-8 text', zh: '不是 UTF-8 文本' });
    }
  };

  for await (const chunk of chunks) {
    hash.update(chunk);
    const lines = (rest + decode(chunk)).split('\n');
    rest = lines.pop()!;
    lines.forEach(takeLine);
    if (rest.length > MAX_LINE_UNITS) {
      throw badRecord(where, lineNumber + 1, { en: 'is longer than 64 million characters', zh: '超过 6400 万字符' });
    }
  }
  takeLine(rest + decode());
  return { records, lines, bytes: hash.bytes, sha256: hash.digestHex() };
}

/** Pages the extension can capture: an imported record with any other address would break the pages that list it. */
const CAPTURABLE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

function isCapturableUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  return CAPTURABLE_PROTOCOLS.has(new URL(value).protocol);
}

/**
 * An id is the hash of the key URL (lib/store/id.ts): a record whose id is not would be stored beside the one a
 * later capture of that URL makes, and the unique key_url index would then refuse that capture for good.
 */
function identityProblem(record: CaptureRecord): Problem | null {
  for (const field of ['url', 'key_url'] as const) {
    if (!isCapturableUrl(record[field])) {
      return { en: `"${field}" is not an http(s) or file address`, zh: `"${field}" 不是 http(s) 或 file 网址` };
    }
  }
  const expected = sha256Hex(new TextEncoder().encode(record.key_url)).slice(0, 16);
  if (record.id !== expected) {
    return {
      en: `"id" ${record.id} is not the id of its "key_url" (which is ${expected})`,
      zh: `"id" ${record.id} 与其 "key_url" 不符（应为 ${expected}）`,
    };
  }
  return null;
}
