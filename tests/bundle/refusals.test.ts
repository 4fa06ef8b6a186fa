// What the hostile probe sent: records that would break capturing or the pages, zip bombs, huge snapshots, bit flips.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError } from '../../lib/bundle/errors';
import { articleJson } from '../../lib/bundle/fields';
import { readBundle } from '../../lib/bundle/read';
import { writeBundle } from '../../lib/bundle/write';
import { MAX_SNAPSHOT_CHARS } from '../../lib/store/limits';
import { makeCaptureRecord } from '../helpers/records';
import { memorySink } from './memory-sink';

const line = (value: unknown) => strToU8(JSON.stringify(value) + '\n');

async function refusal(input: Uint8Array): Promise<BundleError> {
  const error = await readBundle(input).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(BundleError);
  return error as BundleError;
}

describe('import refuses what would break the store or a page', () => {
  it('an id that is not the hash of its key_url, naming the line and the right id', async () => {
    const good = makeCaptureRecord();
    const forged = { ...articleJson(makeCaptureRecord()), id: good.id };
    const error = await refusal(new Uint8Array([...line(articleJson(good)), ...line(forged)]));
    expect(error.code).toBe('bad-record');
    expect(error.message).toMatch(/line 2: the record "id" [0-9a-f]{16} is not the id of its "key_url" \(which is [0-9a-f]{16}\)/);
  });

  it('a url that is not an http(s) or file address', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '不是网址']) {
      const error = await refusal(line({ ...articleJson(makeCaptureRecord()), url }));
      expect(error.message).toMatch(/line 1: the record "url" is not an http\(s\) or file address/);
    }
  });

  it('says once that nothing was imported (the import panel says it)', async () => {
    const error = await refusal(line({ ...articleJson(makeCaptureRecord()), url: 'javascript:0' }));
    expect(error.message).not.toMatch(/Nothing was imported/);
    expect(error.messageZh).not.toMatch(/未导入任何内容/);
  });
});

describe('import keeps to the capture path\'s sizes', () => {
  it('leaves out a snapshot over the capture cap, keeps its article, and says so', async () => {
    const record = makeCaptureRecord({ has_html: true });
    const small = makeCaptureRecord({ has_html: true });
    const zip = zipSync({
      'articles.jsonl': new Uint8Array([...line(articleJson(record)), ...line(articleJson(small))]),
      [`html/${record.id}.html`]: strToU8('<p>' + '长'.repeat(MAX_SNAPSHOT_CHARS) + '</p>'),
      [`html/${small.id}.html`]: strToU8('<p>小</p>'),
    });
    const read = await readBundle(zip);
    expect(read.records.map((r) => r.id)).toEqual([record.id, small.id]);
    expect([...read.html.keys()]).toEqual([small.id]);
    expect(read.warnings.join('\n')).toMatch(new RegExp(`1 page snapshot\\(s\\) over 8,000,000 characters were left out.*${record.id}`));
  });

  it('refuses a zip bomb before unpacking it', async () => {
    const blank = new Uint8Array(64 << 20).fill(0x0a); // 64 MB of empty lines: "Imported: 0 added" before
    const zip = zipSync({ 'articles.jsonl': blank }, { level: 9 });
    expect(zip.length).toBeLessThan(1 << 20);
    const error = await refusal(zip);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/articles\.jsonl would unpack to more than 100 times its packed size/);
  });
});

describe('a damaged zip is called damaged', () => {
  it('bit flips anywhere in the compressed articles say "damaged", never "not UTF-8" or "not valid JSON"', async () => {
    const sink = memorySink();
    await writeBundle([makeCaptureRecord(), makeCaptureRecord(), makeCaptureRecord()], sink, { format: 'zip' });
    const zip = sink.bytes();
    const dataStart = 30 + 'articles.jsonl'.length; // articles.jsonl is the first entry, no extra field
    const codes = new Set<string>();
    for (let at = dataStart + 20; at < dataStart + 620; at += 40) {
      const flipped = zip.slice();
      flipped[at] ^= 0x10;
      const error = await refusal(flipped);
      codes.add(`${error.code}: ${error.message.replace(/\(.*\)/, '(…)')}`);
    }
    expect([...codes]).toEqual(['corrupt: The zip file is damaged (…). Export it again.']);
  });
});
