// The items of a run, in input order: saved pages and text dumps, WARC records, the WARCs inside a WACZ, and the
// lines of an NDJSON stream (the shard-worker contract).

import { createReadStream, openAsBlob, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { byteSourceOf, entryChunks, readZipDirectory } from '../bundle/zip-reader';
import { fileJob } from './extractFile';
import { warcItems, type SourceItem } from './warc';

export type { SourceItem };

export type InputKind = 'warc' | 'wacz' | 'page';

export function inputKind(path: string): InputKind {
  if (/\.warc(\.gz)?$/i.test(path)) return 'warc';
  if (/\.wacz$/i.test(path)) return 'wacz';
  return 'page';
}

const failed = (input: string, url: string | null, error: string): SourceItem => ({ kind: 'failed', input, url, error });

/** A WACZ is a zip whose archive/ folder holds the WARC files (stored or deflated), read in name order. */
async function* waczItems(path: string): AsyncGenerator<SourceItem> {
  const source = byteSourceOf(await openAsBlob(path));
  const directory = await readZipDirectory(source);
  const warcs = directory.entries
    .filter((e) => /^archive\/[^/]+\.warc(\.gz)?$/i.test(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (warcs.length === 0) yield failed(path, null, 'not a WACZ file: no archive/*.warc or archive/*.warc.gz inside');
  for (const entry of warcs) yield* warcItems(entryChunks(source, directory, entry), `${path}!/${entry.name}`, entry.size);
}

async function* fileItems(path: string, url: string | null): AsyncGenerator<SourceItem> {
  const kind = inputKind(path);
  try {
    if (kind === 'warc') yield* warcItems(createReadStream(path), path, statSync(path).size);
    else if (kind === 'wacz') yield* waczItems(path);
    else {
      const job = fileJob(path, url);
      yield 'bytes' in job ? { kind: 'page', job } : failed(path, url, job.error!);
    }
  } catch (e) {
    yield failed(path, url, `cannot read ${kind === 'page' ? 'file' : kind.toUpperCase()}: ${(e as Error).message}`);
  }
}

export async function* filesItems(paths: string[], url: string | null): AsyncGenerator<SourceItem> {
  for (const path of paths) yield* fileItems(path, url);
}

/** The fields a shard line brings that are the page itself, not passed through to the output. */
const PAGE_FIELDS = new Set(['html', 'html_base64']);

/**
 * One NDJSON line: `{"url", "html" | "html_base64", …}`. Its `input` and `fetched_at`, when given, name the page;
 * every other field is passed through to the output line. A line that is not such an object is an error line.
 */
export function ndjsonItem(line: string, lineNumber: number): SourceItem {
  const input = `stdin:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return failed(input, null, 'not a JSON line');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return failed(input, null, 'not a JSON object');
  const o = value as Record<string, unknown>;
  const url = typeof o.url === 'string' && URL.canParse(o.url) ? o.url : null;
  const named = typeof o.input === 'string' ? o.input : input;
  const extras = Object.fromEntries(Object.entries(o).filter(([k]) => !PAGE_FIELDS.has(k)));
  const fail = (error: string): SourceItem => ({ kind: 'failed', input: named, url, error, extras });
  if (url === null) return fail('the line has no valid "url"');
  let bytes: Uint8Array;
  if (typeof o.html === 'string') bytes = new TextEncoder().encode(o.html);
  else if (typeof o.html_base64 === 'string') bytes = Buffer.from(o.html_base64, 'base64');
  else return fail('the line has neither "html" nor "html_base64"');
  const fetchedAt = typeof o.fetched_at === 'string' ? o.fetched_at : null;
  return { kind: 'page', job: { input: named, url, fetched_at: fetchedAt, bytes, charset: null, text: false }, extras };
}

/** Blank lines are not records; every other line gives exactly one output line. */
export async function* ndjsonItems(stream: NodeJS.ReadableStream): AsyncGenerator<SourceItem> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() !== '') yield ndjsonItem(line, lineNumber);
  }
}
