import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../lib/cli/progress';
import { runItems, type OutputLine } from '../../lib/cli/run';
import { filesItems } from '../../lib/cli/sources';
import { FETCHED_AT, fixtureWacz, fixtureWarc, GBK_URL, TRUNCATED_URL, UTF8_URL } from './support/archiveFixtures';

async function extract(path: string) {
  const progress = new Progress(null);
  const lines: string[] = [];
  await runItems(filesItems([path], null), { jobs: 1, bundle: null, now: new Date(), progress }, (l) => void lines.push(l));
  return { lines: lines.map((l) => JSON.parse(l) as OutputLine), counts: progress.counts };
}

function write(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'zhengwen-warc-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** What every form of the fixture archive must give: two pages, then the damaged record; the rest skipped. */
function expectFixturePages({ lines, counts }: Awaited<ReturnType<typeof extract>>, inputPrefix: string) {
  expect(lines.map((l) => l.url)).toEqual([UTF8_URL, GBK_URL, expect.toBeOneOf([TRUNCATED_URL, null])]);
  const [utf8, gbk, damaged] = lines;
  expect(utf8.title).toBe('关于2023年端午节放假安排的通知');
  expect(utf8.fetched_at).toBe(FETCHED_AT);
  expect(utf8.error).toBeNull();
  // GBK bytes under a <meta> that says utf-8: the HTTP charset decides.
  expect(gbk.title).toBe('宿迁市召开2023年优化营商环境工作推进会');
  expect(gbk.text).toContain('全市2023年优化营商环境工作推进会召开');
  expect(gbk.fetched_at).toBe(FETCHED_AT);
  expect(damaged.error).toMatch(/^damaged WARC record: /);
  expect(damaged.text).toBe('');
  for (const l of lines) expect(l.input.startsWith(`${inputPrefix}#`)).toBe(true);
  // warcinfo, five requests, the redirect and the image.
  expect(counts).toEqual({ records: 11, articles: 2, skipped: 8, errors: 1 });
}

describe('web archives', () => {
  it.each([
    ['crawl.warc', false],
    ['crawl.warc.gz', true],
  ])('%s: HTML 200 responses become articles with their URL and WARC-Date; others skipped; a truncated record is an error line', async (name, gzip) => {
    const path = write(name, await fixtureWarc(gzip));
    expectFixturePages(await extract(path), path);
  });

  it('reads the WARC inside a WACZ', async () => {
    const path = write('crawl.wacz', await fixtureWacz());
    expectFixturePages(await extract(path), `${path}!/archive/data.warc.gz`);
  });

  it('says so when a .wacz holds no WARC, or is no zip at all, and goes on with the next file', async () => {
    const notZip = write('broken.wacz', new TextEncoder().encode('<html>not a zip</html>'));
    const path = write('crawl.warc.gz', await fixtureWarc(true));
    const progress = new Progress(null);
    const lines: OutputLine[] = [];
    await runItems(filesItems([notZip, path], null), { jobs: 1, bundle: null, now: new Date(), progress }, (l) => void lines.push(JSON.parse(l)));
    expect(lines[0].input).toBe(notZip);
    expect(lines[0].error).toMatch(/^cannot read WACZ: The zip file is incomplete/);
    expect(lines.slice(1).map((l) => l.url)).toEqual([UTF8_URL, GBK_URL, expect.toBeOneOf([TRUNCATED_URL, null])]);
  });
});
