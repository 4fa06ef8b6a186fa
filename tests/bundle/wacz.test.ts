import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WARCParser } from 'warcio';
import { writeWacz, type Snapshot, type WaczPage } from '../../lib/bundle/wacz';
import { articleFromBytes } from '../../lib/cli/extractFile';
import { memorySink } from './memory-sink';
import { textOf, unpack } from './unzip';

const html = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><div class="article"><h1>${title}</h1><p class="info">发布时间：2024-11-20 10:30　来源：市委办公室</p>` +
  `<div class="content">${body}</div></div></body></html>`;

const PARAGRAPHS = '<p>11月20日，市委常委会召开会议，传达学习党的二十届三中全会精神，研究部署我市贯彻落实工作。</p>' +
  '<p>会议强调，要坚持以人民为中心的发展思想，扎实推进“放管服”改革，持续优化营商环境，确保各项任务落到实处。</p>' +
  '<p>会议还研究了其他事项，要求各级各部门结合实际抓好落实，推动全会精神在我市落地生根、开花结果。</p>';

function pages(): Array<WaczPage & { html: string }> {
  return [1, 2, 3].map((n) => ({
    id: `page${n}`,
    url: `https://www.example.gov.cn/xwzx/2024/${n}.html?from=列表`,
    title: `市委常委会召开会议（第${n}次）`,
    capturedAt: `2024-11-0${n}T08:0${n}:00.000Z`,
    text: `正文${n}`,
    html: html(`市委常委会召开会议（第${n}次）`, PARAGRAPHS),
  }));
}

async function archive(input = pages(), skip = new Set<string>()) {
  const sink = memorySink();
  const getSnapshots = async (ids: string[]): Promise<Array<Snapshot | null>> =>
    ids.map((id) => (skip.has(id) ? null : { bytes: new TextEncoder().encode(input.find((p) => p.id === id)!.html), contentType: 'text/html; charset=utf-8' }));
  const summary = await writeWacz(input, sink, { getSnapshots, batchSize: 2, now: new Date('2026-11-22T10:00:00Z') });
  return { bytes: sink.bytes(), files: unpack(sink.bytes()), summary };
}

async function records(warc: Uint8Array) {
  const out: Array<{ type: string; url: string | null; date: string | null; payload: Uint8Array }> = [];
  for await (const record of new WARCParser([warc])) {
    const payload = await record.readFully();
    out.push({ type: record.warcType!, url: record.warcTargetURI ?? null, date: record.warcDate ?? null, payload });
  }
  return out;
}

/** The compression method in the local file header of the entry `path`. */
function compressionMethod(zip: Uint8Array, path: string): number {
  const at = Buffer.from(zip).indexOf(Buffer.from(new TextEncoder().encode(path))) - 30;
  const header = new DataView(zip.buffer, zip.byteOffset + at);
  expect(header.getUint32(0, true)).toBe(0x04034b50);
  return header.getUint16(8, true);
}

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

describe('WACZ', () => {
  it('reads snapshots a batch at a time, the next only once the one before it is written', async () => {
    // Random bytes do not compress: a snapshot written has put at least its own size into the sink.
    const SIZE = 4096;
    const BATCH = 3;
    const input = Array.from({ length: 10 }, (_, n) => ({ ...pages()[0], id: `page${n}`, url: `https://www.example.gov.cn/${n}.html` }));
    const sink = memorySink();
    const sinkBytes = () => sink.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const calls: Array<{ ids: number; handedOutBefore: number; writtenBefore: number }> = [];
    let handedOut = 0;
    const getSnapshots = async (ids: string[]) => {
      calls.push({ ids: ids.length, handedOutBefore: handedOut, writtenBefore: sinkBytes() });
      handedOut += ids.length;
      return ids.map(() => ({ bytes: crypto.getRandomValues(new Uint8Array(SIZE)), contentType: 'text/html; charset=utf-8' }));
    };
    await writeWacz(input, sink, { getSnapshots, batchSize: BATCH, now: new Date('2026-11-22T10:00:00Z') });

    expect(calls.map((c) => c.ids)).toEqual([3, 3, 3, 1]);
    // When a batch is asked for, all but the batch in hand (being written) are in the sink already.
    for (const call of calls) expect(call.writtenBefore).toBeGreaterThanOrEqual((call.handedOutBefore - BATCH) * SIZE);
  });

  it('holds one WARC resource record per snapshot, with the capture time as WARC-Date, read back with warcio', async () => {
    const input = pages();
    const { files } = await archive(input);
    const read = await records(files.get('archive/data.warc.gz')!);
    expect(read[0].type).toBe('warcinfo');
    const resources = read.filter((r) => r.type === 'resource');
    expect(resources.map((r) => r.url)).toEqual(input.map((p) => new URL(p.url).href));
    expect(resources.map((r) => r.date)).toEqual(input.map((p) => p.capturedAt));
    expect(resources.map((r) => new TextDecoder().decode(r.payload))).toEqual(input.map((p) => p.html));
  });

  it('indexes every record: each CDXJ offset and length cut out exactly that record, its digest matches', async () => {
    const input = pages();
    const { files } = await archive(input);
    const warc = files.get('archive/data.warc.gz')!;
    const lines = textOf(files, 'indexes/index.cdxj').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect([...lines].sort()).toEqual(lines);
    for (const line of lines) {
      const [surt, timestamp, json] = [line.split(' ')[0], line.split(' ')[1], line.slice(line.indexOf('{'))];
      const cdx = JSON.parse(json);
      const page = input.find((p) => new URL(p.url).href === cdx.url)!;
      expect(surt).toMatch(/^cn,gov,example\)\/xwzx\/2024\/\d\.html\?from=%e5%88%97%e8%a1%a8$/);
      expect(timestamp).toBe(page.capturedAt.replace(/\D/g, '').slice(0, 14));
      expect(cdx).toMatchObject({ mime: 'text/html', status: '200', filename: 'data.warc.gz' });
      // The slice is one whole gzip member holding that record alone.
      const [record] = await records(warc.subarray(cdx.offset, cdx.offset + cdx.length));
      expect(record.url).toBe(cdx.url);
      expect(new TextDecoder().decode(record.payload)).toBe(page.html);
      expect(cdx.digest).toBe(sha256(record.payload));
      expect(gunzipSync(warc.subarray(cdx.offset, cdx.offset + cdx.length)).toString('latin1')).toMatch(/^WARC\/1\.1\r\n/);
    }
  });

  it('lists the pages with URL, title, time and clean text', async () => {
    const input = pages();
    const { files } = await archive(input, new Set(['page2']));
    const lines = textOf(files, 'pages/pages.jsonl').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ format: 'json-pages-1.0', id: 'pages' });
    expect(lines.slice(1)).toEqual([input[0], input[2]].map((p) => ({ id: p.id, url: new URL(p.url).href, title: p.title, ts: p.capturedAt, text: p.text })));
  });

  it('has a datapackage.json with every file hashed, a digest of it, and the WARC stored uncompressed in the zip', async () => {
    const { bytes, files, summary } = await archive(pages(), new Set(['page3']));
    expect(summary).toMatchObject({ pages: 2, missing: 1 });
    const descriptor = JSON.parse(textOf(files, 'datapackage.json'));
    expect(descriptor).toMatchObject({ profile: 'data-package', wacz_version: '1.1.1', created: '2026-11-22T10:00:00.000Z' });
    expect(descriptor.resources.map((r: { path: string }) => r.path).sort()).toEqual(['archive/data.warc.gz', 'indexes/index.cdxj', 'pages/pages.jsonl']);
    for (const resource of descriptor.resources) {
      const data = files.get(resource.path)!;
      expect(resource.hash, resource.path).toBe(sha256(data));
      expect(resource.bytes, resource.path).toBe(data.length);
    }
    const digest = JSON.parse(textOf(files, 'datapackage-digest.json'));
    expect(digest).toEqual({ path: 'datapackage.json', hash: sha256(files.get('datapackage.json')!) });
    // Local file header of the WARC: compression method 0 (stored), so a replay tool reads it at its offsets.
    // pages.jsonl is deflated (8), here by the platform's CompressionStream, and reads back (above).
    expect(compressionMethod(bytes, 'archive/data.warc.gz')).toBe(0);
    expect(compressionMethod(bytes, 'pages/pages.jsonl')).toBe(8);
  });

  it('gives back snapshots the command line extracts the same fields from as from the page itself', async () => {
    const input = pages();
    const { files } = await archive(input);
    const resources = (await records(files.get('archive/data.warc.gz')!)).filter((r) => r.type === 'resource');
    for (const [i, record] of resources.entries()) {
      const fromArchive = articleFromBytes('page.html', record.payload, record.url!);
      const fromPage = articleFromBytes('page.html', new TextEncoder().encode(input[i].html), new URL(input[i].url).href);
      expect(fromArchive).toEqual(fromPage);
      expect(fromArchive.title).toBe(input[i].title);
      expect(fromArchive.text).toContain('扎实推进“放管服”改革');
    }
  });
});
