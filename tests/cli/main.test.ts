import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundleFile } from '../../lib/cli/bundle';
import { parseArgs, runCommand } from '../../lib/cli/main';
import { Progress } from '../../lib/cli/progress';
import type { OutputLine } from '../../lib/cli/run';
import { fixturePage } from './support/pages';

const SEEDS = join(__dirname, '..', 'fixtures', 'seeds');

async function run(argv: string[]): Promise<OutputLine[]> {
  const args = parseArgs(argv);
  if ('error' in args) throw new Error(args.error);
  // On the main thread unless a test asks for workers: a pool's start costs seconds.
  if (!argv.includes('--jobs')) args.jobs = 1;
  const lines: string[] = [];
  await runCommand(args, (l) => void lines.push(l), new Progress(null));
  return lines.map((l) => JSON.parse(l) as OutputLine);
}

describe('parseArgs', () => {
  it('reads the command, the options and the files', () => {
    expect(parseArgs(['extract', '--url', 'http://x.gov.cn/a.html', '--bundle', 'out.zip', '--jobs', '3', '--quiet', 'a.html', 'b.txt'])).toEqual({
      command: 'extract',
      url: 'http://x.gov.cn/a.html',
      bundle: 'out.zip',
      jobs: 3,
      ndjson: false,
      quiet: true,
      wacz: null,
      files: ['a.html', 'b.txt'],
    });
    expect(parseArgs(['extract', '--ndjson'])).toMatchObject({ ndjson: true, files: [] });
    expect(parseArgs(['merge', 'a.jsonl', 'b.jsonl'])).toMatchObject({ command: 'merge', files: ['a.jsonl', 'b.jsonl'] });
  });

  it('explains usage errors', () => {
    expect(parseArgs([])).toEqual({ error: 'no command given' });
    expect(parseArgs(['fetch', 'a.html'])).toEqual({ error: 'unknown command: fetch' });
    expect(parseArgs(['extract'])).toEqual({ error: 'no files given' });
    expect(parseArgs(['extract', '--url'])).toEqual({ error: '--url needs a value' });
    expect(parseArgs(['extract', '--url', 'not a url', 'a.html'])).toEqual({ error: 'not a URL: not a url' });
    expect(parseArgs(['extract', '--verbose', 'a.html'])).toEqual({ error: 'unknown option: --verbose' });
    expect(parseArgs(['extract', '--jobs', '0', 'a.html'])).toEqual({ error: '--jobs needs a whole number ≥ 1: 0' });
    expect(parseArgs(['extract', '--ndjson', 'a.html'])).toEqual({ error: '--ndjson reads stdin: give no files' });
    expect(parseArgs(['merge', '--jobs', '2', 'a.jsonl'])).toEqual({ error: 'merge does not take --jobs' });
  });
});

describe('extract FILE...', () => {
  it('prints one record per file; a failing file gets an error and the run goes on', async () => {
    const records = await run(['extract', fixturePage('notice'), fixturePage('missing'), fixturePage('hanweb')]);
    expect(records).toHaveLength(3);
    expect(records[0].title).toBe('关于2023年端午节放假安排的通知');
    expect(records[0].error).toBeNull();
    expect(records[0].chars).toBe([...records[0].text].length);
    expect(records[1].error).toMatch(/^cannot read file/);
    expect(records[1].text).toBe('');
    expect(records[2].author).toBe('刘静');
    expect(Object.keys(records[0])).toEqual([
      'input', 'url', 'fetched_at', 'title', 'pretitle', 'subtitle', 'published_at', 'source', 'author', 'editor',
      'site_name', 'column', 'text', 'text_original', 'script_original', 'chars', 'error', 'id', 'near_duplicate_of',
      'fingerprint', 'canonical_url', 'keywords', 'description', 'views', 'lang', 'title_original',
    ]);
    expect(records[0].id).toMatch(/^[0-9a-f]{16}$/);
    expect(records[1].id).toBeNull();
  });

  it('says so when a page has no article text, keeps its metadata and leaves it out of the bundle', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'zhengwen-cli-')), 'out.zip');
    const records = await run(['extract', '--bundle', out, fixturePage('no-article'), fixturePage('notice')]);
    expect(records[0].error).toBe('no article text found on the page');
    expect(records[0].text).toBe('');
    expect(records[0].title).not.toBeNull();
    // Only what has an article goes to --bundle, as the extension stores nothing for such a page.
    const bundle = await readBundleFile(out);
    expect(bundle.records.map((r) => r.title)).toEqual(['关于2023年端午节放假安排的通知']);
  });

  it('uses --url for dates in the address', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengwen-cli-'));
    const file = join(dir, 'page.html');
    const p = '会议强调，要坚持党建引领，健全完善县、乡、村、网格四级组织体系，推动党组织向网格、楼栋、小区延伸。';
    writeFileSync(file, `<html><body><h1>全县安全生产大检查工作推进会召开</h1><div id="zoom"><p>${p}</p><p>${p}</p></div></body></html>`);
    const [record] = await run(['extract', '--url', 'http://x.gov.cn/202306/t20230615_9.html', file]);
    expect(record.url).toBe('http://x.gov.cn/202306/t20230615_9.html');
    expect(record.published_at).toBe('2023-06-15');
  });

  it('reads GBK pages without a charset declaration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengwen-cli-'));
    const file = join(dir, 'gbk.html');
    // <h1>通知</h1><p>正文内容，测试。</p> twice, in GBK, no <meta charset>.
    const body = [0xd5, 0xfd, 0xce, 0xc4, 0xc4, 0xda, 0xc8, 0xdd, 0xa3, 0xac, 0xb2, 0xe2, 0xca, 0xd4, 0xa1, 0xa3];
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const para = [...ascii('<p>'), ...body, ...body, ...body, ...ascii('</p>')];
    writeFileSync(file, Uint8Array.from([...ascii('<html><body><div id="zoom">'), ...para, ...para, ...ascii('</div></body></html>')]));
    const [record] = await run(['extract', file]);
    expect(record.error).toBeNull();
    expect(record.text).toContain('正文内容，测试。');
  });

  it('runs a text dump through the text-dump normalizer', async () => {
    const [record] = await run(['extract', join(SEEDS, '000_2260201178f84675.txt')]);
    expect(record.error).toBeNull();
    expect(record.title).toBe('常州举行庆祝中国共产党成立101周年座谈会');
    expect(record.text).not.toContain('ICP备');
  });
});

describe('near-duplicates across the run', () => {
  it('marks the later copy of a near-duplicate pair, in the lines and in the bundle', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'zhengwen-cli-')), 'out.zip');
    const records = await run(['extract', '--bundle', out, fixturePage('duplicate-city'), fixturePage('duplicate-county')]);
    expect(records).toHaveLength(2);
    expect(records[0].near_duplicate_of).toBeNull();
    expect(records[1].near_duplicate_of).toBe(records[0].id);
    expect(records[0].id).not.toBe(records[1].id);
    const bundle = await readBundleFile(out);
    expect(bundle.records.map((r) => r.near_duplicate_of)).toEqual([null, records[0].id]);
  });
});
