import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { createBlobSink } from '../../lib/bundle/sink';
import { readBundle } from '../../lib/bundle/read';
import { writeBundle } from '../../lib/bundle/write';
import { readBundleFile, writeBundleFile } from '../../lib/cli/bundle';
import type { CaptureRecord } from '../../lib/model';
import { makeCaptureRecord } from '../helpers/records';
import { memorySink } from './memory-sink';
import { unpack } from './unzip';

/** Records that exercise every field: Traditional source, corrections, tags, nulls, odd characters. */
function varietyOfRecords(): CaptureRecord[] {
  return [
    makeCaptureRecord(),
    makeCaptureRecord({
      title: '區委書記調研「智慧城市」建設',
      title_original: '區委書記調研「智慧城市」建設',
      script_original: 'zh-Hant',
      text: '区委书记调研“智慧城市”建设。\n强调要加快推进，确保实效。',
      text_original: '區委書記調研「智慧城市」建設。\n強調要加快推進，確保實效。',
      lang: 'zh-TW',
      has_html: true,
    }),
    makeCaptureRecord({
      title: null,
      canonical_url: null,
      published_at: '2024-11-20',
      source: null,
      author: '王五，赵六',
      views: null,
      keywords: [],
      tags: ['政策', '营商环境'],
      note: '待核实：来源栏为空\n第二行',
      extracted: { author: null, title: '原标题' },
      near_duplicate_of: 'aaaaaaaaaaaaaaaa',
      revisions: 3,
      text: '含特殊字符：Tab\t、emoji 🇨🇳、引号"、反斜杠\\、\u2028分隔符。',
    }),
  ];
}

const pageOf = (id: string) => `<!doctype html><html lang="zh"><body><h1>快照 ${id}</h1></body></html>`;

describe('bundle round trip', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('reads back the same records and snapshots from a zip', async () => {
    const records = varietyOfRecords();
    const sink = memorySink();
    const summary = await writeBundle(records, sink, { format: 'zip', includeHtml: true, getHtml: async (id) => pageOf(id) });
    expect(sink.closed).toBe(true);
    expect(summary).toMatchObject({ format: 'zip', articles: 3, htmlSnapshots: 1, missingHtml: 0 });
    expect(summary.bytes).toBe(sink.bytes().length);

    const result = await readBundle(sink.bytes());
    expect(result.format).toBe('zip');
    expect(result.records).toEqual(records);
    expect(result.warnings).toEqual([]);
    expect([...result.html]).toEqual([[records[1].id, pageOf(records[1].id)]]);
  });

  it('leaves snapshots out unless asked, and counts the ones the store could not return', async () => {
    const records = varietyOfRecords();
    const without = memorySink();
    await writeBundle(records, without, { format: 'zip' });
    expect((await readBundle(without.bytes())).html.size).toBe(0);

    const missing = memorySink();
    const summary = await writeBundle(records, missing, { format: 'zip', includeHtml: true, getHtml: async () => null });
    expect(summary).toMatchObject({ htmlSnapshots: 0, missingHtml: 1 });
  });

  it('round-trips the JSONL-only export, one record per line', async () => {
    const records = varietyOfRecords();
    const sink = memorySink();
    const summary = await writeBundle(records, sink, { format: 'jsonl', now: new Date(2026, 10, 22, 9, 5) });
    expect(summary.fileName).toBe('zhengwen-corpus-20261122-0905.jsonl');
    const text = new TextDecoder().decode(sink.bytes());
    expect(text.split('\n')).toHaveLength(records.length + 1); // every line ends with \n
    expect(JSON.parse(text.split('\n')[0])).toEqual(records[0]);

    const result = await readBundle(sink.bytes());
    expect(result.format).toBe('jsonl');
    expect(result.records).toEqual(records);
  });

  it('takes a stream of JSONL chunks as input, split anywhere (even inside a character)', async () => {
    const records = varietyOfRecords();
    const sink = memorySink();
    await writeBundle(records, sink, { format: 'jsonl' });
    const bytes = sink.bytes();
    async function* pieces() {
      for (let at = 0; at < bytes.length; at += 7) yield bytes.slice(at, at + 7);
    }
    expect((await readBundle(pieces())).records).toEqual(records);
  });

  it('builds the same zip in a Blob sink, and reads a Blob', async () => {
    const records = varietyOfRecords();
    const now = new Date('2026-11-22T10:00:00Z');
    const memory = memorySink();
    await writeBundle(records, memory, { format: 'zip', now });
    const blobSink = createBlobSink('application/zip', 1024); // tiny flush size: many Blobs chained
    await writeBundle(records, blobSink, { format: 'zip', now });
    const blob = blobSink.blob();
    expect(blob.type).toBe('application/zip');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(memory.bytes());
    expect((await readBundle(blob)).records).toEqual(records);
  });

  it('accepts a function that returns a fresh async iterable per pass', async () => {
    const records = varietyOfRecords();
    let passes = 0;
    async function* fromStore() {
      passes++;
      yield* records;
    }
    const sink = memorySink();
    await writeBundle(fromStore, sink, { format: 'zip' });
    expect(passes).toBe(3);
    expect((await readBundle(sink.bytes())).records).toEqual(records);
  });

  it('refuses a one-shot iterator for a zip before writing anything', async () => {
    async function* once() {
      yield makeCaptureRecord();
    }
    const sink = memorySink();
    await expect(writeBundle(once(), sink, { format: 'zip' })).rejects.toThrow(/three passes/);
    expect(sink.chunks).toHaveLength(0);
    expect(sink.aborted).toBe(true);
  });

  it('refuses a function that hands out the same used-up generator twice', async () => {
    const generator = (async function* () {
      yield makeCaptureRecord();
    })();
    await expect(writeBundle(() => generator, memorySink(), { format: 'zip' })).rejects.toThrow(/fresh/);
  });

  it('exports and imports an empty corpus', async () => {
    const sink = memorySink();
    expect(await writeBundle([], sink, { format: 'zip' })).toMatchObject({ articles: 0 });
    expect(await readBundle(sink.bytes())).toMatchObject({ records: [], warnings: [] });
  });

  it('reads a bundle that was unzipped and zipped again inside a folder', async () => {
    const records = varietyOfRecords();
    const sink = memorySink();
    await writeBundle(records, sink, { format: 'zip', includeHtml: true, getHtml: async (id) => pageOf(id) });
    const nested = Object.fromEntries([...unpack(sink.bytes())].map(([name, data]) => [`语料/${name}`, data]));
    const result = await readBundle(zipSync(nested));
    expect(result.records).toEqual(records);
    expect(result.html.get(records[1].id)).toBe(pageOf(records[1].id));
  });

  it('writes and reads a file on disk via the Node helpers, leaving no partial file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhengwen-bundle-'));
    dirs.push(dir);
    const records = varietyOfRecords();
    const out = join(dir, 'corpus.zip');
    const summary = await writeBundleFile(out, records);
    expect(summary.format).toBe('zip');
    expect(await readdir(dir)).toEqual(['corpus.zip']);
    expect((await readFile(out)).length).toBe(summary.bytes);
    expect((await readBundleFile(out)).records).toEqual(records);

    const jsonl = join(dir, 'corpus.jsonl');
    expect((await writeBundleFile(jsonl, records)).format).toBe('jsonl');
    expect((await readBundleFile(jsonl)).records).toEqual(records);
  });

  it('removes the partial file when a file export is cancelled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhengwen-bundle-'));
    dirs.push(dir);
    const controller = new AbortController();
    const records = Array.from({ length: 300 }, () => makeCaptureRecord());
    const onProgress = (done: number) => {
      if (done === 350) controller.abort();
    };
    const out = join(dir, 'corpus.zip');
    await expect(writeBundleFile(out, records, { signal: controller.signal, onProgress })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
