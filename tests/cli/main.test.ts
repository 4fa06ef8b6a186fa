import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractRecord } from '../../lib/cli/extractFile';
import { bundleRecords, parseArgs, runExtract } from '../../lib/cli/main';

const PAGES = join(__dirname, '..', 'fixtures', 'pages');
const SEEDS = join(__dirname, '..', 'fixtures', 'seeds');

async function run(argv: string[]): Promise<ExtractRecord[]> {
  const args = parseArgs(argv);
  if ('error' in args) throw new Error(args.error);
  const lines: string[] = [];
  await runExtract(args, (l) => lines.push(l));
  return lines.map((l) => JSON.parse(l) as ExtractRecord);
}

describe('parseArgs', () => {
  it('reads the command, the options and the files', () => {
    expect(parseArgs(['extract', '--url', 'http://x.gov.cn/a.html', '--bundle', 'out.zip', 'a.html', 'b.txt'])).toEqual({
      url: 'http://x.gov.cn/a.html',
      bundle: 'out.zip',
      wacz: null,
      files: ['a.html', 'b.txt'],
    });
  });

  it('explains usage errors', () => {
    expect(parseArgs([])).toEqual({ error: 'no command given' });
    expect(parseArgs(['fetch', 'a.html'])).toEqual({ error: 'unknown command: fetch' });
    expect(parseArgs(['extract'])).toEqual({ error: 'no files given' });
    expect(parseArgs(['extract', '--url'])).toEqual({ error: '--url needs a value' });
    expect(parseArgs(['extract', '--url', 'not a url', 'a.html'])).toEqual({ error: 'not a URL: not a url' });
    expect(parseArgs(['extract', '--verbose', 'a.html'])).toEqual({ error: 'unknown option: --verbose' });
  });
});

describe('runExtract', () => {
  it('prints one record per file; a failing file gets an error and the run goes on', async () => {
    const records = await run(['extract', join(PAGES, 'notice.html'), join(PAGES, 'missing.html'), join(PAGES, 'hanweb.html')]);
    expect(records).toHaveLength(3);
    expect(records[0].title).toBe('关于2023年端午节放假安排的通知');
    expect(records[0].error).toBeNull();
    expect(records[0].chars).toBe([...records[0].text].length);
    expect(records[1].error).toMatch(/^cannot read file/);
    expect(records[1].text).toBe('');
    expect(records[2].author).toBe('刘静');
    expect(Object.keys(records[0])).toEqual([
      'input', 'url', 'title', 'pretitle', 'subtitle', 'published_at', 'source', 'author', 'editor', 'site_name',
      'column', 'text', 'text_original', 'script_original', 'chars', 'error',
    ]);
  });

  it('says so when a page has no article text, keeps its metadata and leaves it out of the bundle', async () => {
    const args = parseArgs(['extract', join(PAGES, 'no-article.html'), join(PAGES, 'notice.html')]);
    if ('error' in args) throw new Error(args.error);
    const results = await runExtract(args, () => {});
    expect(results[0].record.error).toBe('no article text found on the page');
    expect(results[0].record.text).toBe('');
    expect(results[0].record.title).not.toBeNull();
    // Only what has an article goes to --bundle, as the extension stores nothing for such a page.
    expect(results.map((r) => r.article !== null)).toEqual([false, true]);
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

describe('bundleRecords', () => {
  it('marks the later copy of a near-duplicate pair', async () => {
    const args = parseArgs(['extract', join(PAGES, 'duplicate-city.html'), join(PAGES, 'duplicate-county.html')]);
    if ('error' in args) throw new Error(args.error);
    const files = await runExtract(args, () => {});
    const records = await bundleRecords(
      files.map((f) => ({ path: f.record.input, article: f.article! })),
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(records).toHaveLength(2);
    expect(records[0].near_duplicate_of).toBeNull();
    expect(records[1].near_duplicate_of).toBe(records[0].id);
    expect(records[0].id).not.toBe(records[1].id);
  });
});
