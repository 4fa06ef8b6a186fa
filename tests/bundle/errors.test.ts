import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError, type BundleErrorCode } from '../../lib/bundle/errors';
import { readBundle } from '../../lib/bundle/read';
import { writeBundle } from '../../lib/bundle/write';
import { articleJson } from '../../lib/bundle/fields';
import { makeCaptureRecord } from '../helpers/records';
import { memorySink } from './memory-sink';

async function goodZip(): Promise<Uint8Array> {
  const sink = memorySink();
  await writeBundle([makeCaptureRecord(), makeCaptureRecord()], sink, { format: 'zip' });
  return sink.bytes();
}

const jsonl = (...lines: unknown[]) =>
  strToU8(lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n');

async function failure(input: Uint8Array): Promise<BundleError> {
  const error = await readBundle(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleError);
  return error as BundleError;
}

async function expectCode(input: Uint8Array, code: BundleErrorCode, message?: RegExp): Promise<BundleError> {
  const error = await failure(input);
  expect(error.code, error.message).toBe(code);
  if (message) expect(error.message).toMatch(message);
  expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  return error;
}

describe('readBundle refuses bad input with a clear BundleError', () => {
  it('not a zip and not JSONL', async () => {
    await expectCode(strToU8('%PDF-1.7 not a bundle'), 'not-zip', /neither/);
    await expectCode(new Uint8Array(0), 'not-zip', /empty/);
  });

  it('truncated zip: the end is missing', async () => {
    const zip = await goodZip();
    await expectCode(zip.subarray(0, Math.floor(zip.length / 2)), 'truncated', /incomplete/);
    await expectCode(zip.subarray(0, zip.length - 5), 'truncated');
  });

  it('corrupt zip: damaged compressed data', async () => {
    const zip = await goodZip();
    const damaged = zip.slice();
    for (let at = 80; at < 120; at++) damaged[at] ^= 0x5a;
    await expectCode(damaged, 'corrupt', /damaged/);
  });

  it('corrupt zip: an entry larger than declared (zip bomb) or failing its CRC', async () => {
    const zip = await goodZip();
    const directory = zip.findLastIndex((_, at) => zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 1 && zip[at + 3] === 2 && zip[at + 46] === 0x61);
    expect(new TextDecoder().decode(zip.subarray(directory + 46, directory + 60))).toBe('articles.jsonl');
    const bomb = zip.slice();
    new DataView(bomb.buffer).setUint32(directory + 24, 100, true); // declared uncompressed size
    await expectCode(bomb, 'corrupt', /larger than declared/);
    const badCrc = zip.slice();
    badCrc[directory + 16] ^= 0xff;
    await expectCode(badCrc, 'corrupt', /checksum/);
  });

  it('foreign zip without articles.jsonl', async () => {
    const foreign = zipSync({ 'report.docx': strToU8('x'), 'data/table.csv': strToU8('a,b\r\n') });
    await expectCode(foreign, 'missing-articles', /no articles\.jsonl/);
  });

  it('an entry that would escape the folder (../evil.txt), before anything is read', async () => {
    const record = makeCaptureRecord();
    const evil = zipSync({ 'articles.jsonl': jsonl(articleJson(record)), '../evil.txt': strToU8('pwned') });
    await expectCode(evil, 'unsafe-path', /\.\.\/evil\.txt/);
    const absolute = zipSync({ 'articles.jsonl': jsonl(articleJson(record)), '/etc/cron.d/x': strToU8('x') });
    await expectCode(absolute, 'unsafe-path');
  });

  it('a JSONL line that is not JSON, names its line', async () => {
    const good = articleJson(makeCaptureRecord());
    await expectCode(jsonl(good, '{"id": "abc", oops}'), 'bad-record', /line 2.*not valid JSON/);
  });

  it('a record with a missing field or a wrong type, inside a zip', async () => {
    const record = articleJson(makeCaptureRecord());
    const { title: _, ...untitled } = record;
    const missing = await expectCode(zipSync({ 'articles.jsonl': jsonl(untitled) }), 'bad-record', /articles\.jsonl, line 1.*"title"/);
    expect(missing.messageZh).toBe('articles.jsonl 第 1 行：记录缺少 "title"。'); // the import panel says nothing was imported
    await expectCode(jsonl({ ...record, chars: '12' }), 'bad-record', /"chars" must be a whole number/);
    await expectCode(jsonl({ ...record, tags: '政策' }), 'bad-record', /"tags" must be a list/);
    await expectCode(jsonl({ ...record, captured_at: '昨天' }), 'bad-record', /"captured_at"/);
  });

  it('a record whose text was edited without its hash, or a repeated id', async () => {
    const record = articleJson(makeCaptureRecord());
    await expectCode(jsonl({ ...record, text: '改过的正文' }), 'bad-record', /"chars" does not match/);
    const sameLength = { ...record, text: String(record.text).replace('会议', '会谈') };
    await expectCode(jsonl(sameLength), 'bad-record', /"sha256" does not match/);
    await expectCode(jsonl(record, record), 'bad-record', /line 2.*repeats the id of line 1/);
  });

  it('articles.jsonl that does not match datapackage.json', async () => {
    const zip = await goodZip();
    const { unzipSync } = await import('fflate');
    const files = unzipSync(zip);
    const edited = jsonl(articleJson(makeCaptureRecord()));
    await expectCode(zipSync({ ...files, 'articles.jsonl': edited }), 'corrupt', /datapackage/);
  });

  it('imports a zip without a usable datapackage.json, saying its hashes were not checked', async () => {
    const record = makeCaptureRecord();
    const lines = jsonl(articleJson(record));
    const bare = await readBundle(zipSync({ 'articles.jsonl': lines }));
    expect(bare.records).toEqual([record]);
    expect(bare.warnings).toEqual([expect.stringMatching(/No datapackage\.json.*没有 datapackage\.json/)]);
    for (const descriptor of ['null', '{"resources": 5}', '{not json']) {
      const result = await readBundle(zipSync({ 'articles.jsonl': lines, 'datapackage.json': strToU8(descriptor) }));
      expect(result.records, descriptor).toEqual([record]);
      expect(result.warnings, descriptor).toHaveLength(1);
    }
  });

  it('accepts a JSONL file edited on Windows: byte order mark, CRLF line ends, blank lines', async () => {
    const records = [makeCaptureRecord(), makeCaptureRecord()];
    const text = '\uFEFF' + records.map((r) => JSON.stringify(articleJson(r))).join('\r\n\r\n') + '\r\n';
    expect((await readBundle(strToU8(text))).records).toEqual(records);
  });

  it('accepts a line without the extra fields, filling documented defaults', async () => {
    const record = makeCaptureRecord({ views: 5, note: '备注' });
    const { views: _v, note: _n, first_captured_at: _f, extracted: _e, fingerprint: _p, key_url: _k, has_html: _h, description: _d, title_original: _t, ...core } =
      articleJson(record);
    const [back] = (await readBundle(jsonl(core))).records;
    expect(back).toMatchObject({ views: null, note: '', first_captured_at: record.captured_at, extracted: {}, fingerprint: '', key_url: record.canonical_url, has_html: false });
  });
});
