import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { readBundleFile } from '../../lib/cli/bundle';
import { mergeOutcomes } from '../../lib/cli/merge';
import { Progress } from '../../lib/cli/progress';
import { runItems, runOutcomes } from '../../lib/cli/run';
import { ndjsonItems } from '../../lib/cli/sources';
import { fixtureWarc, undeclaredGbkPage } from './support/archiveFixtures';
import { zhengwen } from './support/cli';
import { fixturePage, fixturePages } from './support/pages';

const dir = () => mkdtempSync(join(tmpdir(), 'zhengwen-parallel-'));

/** Bundle records without the times of the run, which differ between two runs. */
async function bundleWithoutTimes(path: string) {
  const { records } = await readBundleFile(path);
  return records.map(({ captured_at, first_captured_at, ...rest }) => rest);
}

describe('--jobs', () => {
  it('--jobs 2 gives the same lines and the same bundle as --jobs 1', async () => {
    const d = dir();
    const warc = join(d, 'crawl.warc.gz');
    writeFileSync(warc, await fixtureWarc(true));
    // A dozen pages of different layouts: enough that both workers take turns; each run stays a few seconds.
    const pages = fixturePages().slice(0, 12);
    const inputs = [warc, ...pages, warc];
    const one = zhengwen(['extract', '--jobs', '1', '--bundle', join(d, 'one.zip'), ...inputs]);
    const two = zhengwen(['extract', '--jobs', '2', '--bundle', join(d, 'two.zip'), ...inputs]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.lines.length).toBe(pages.length + 6);
    expect(two.stdout).toBe(one.stdout);
    // The second copy of the WARC: the same URLs again, kept out of the bundle, which holds each URL once.
    expect(one.stderr).toMatch(/2 later captures of a URL already in it left out/);
    expect(await bundleWithoutTimes(join(d, 'two.zip'))).toEqual(await bundleWithoutTimes(join(d, 'one.zip')));
  }, 60_000);

  it('shows progress on stderr, and nothing with --quiet', async () => {
    const page = fixturePage('notice');
    expect(zhengwen(['extract', '--jobs', '1', page]).stderr).toMatch(/^done: records 1, articles 1, skipped 0, errors 0, [\d.]+ records\/s$/m);
    expect(zhengwen(['extract', '--jobs', '1', '--quiet', page]).stderr).toBe('');
  }, 30_000);
});

describe('--ndjson shard worker', () => {
  const notice = readFileSync(fixturePage('notice'), 'utf-8');
  const input = [
    JSON.stringify({ url: 'http://www.sihong.gov.cn/art/2023/6/19/art_1.html', html: notice, shard: 7, warc_offset: 1234 }),
    'this is not JSON',
    '',
    JSON.stringify({ url: 'http://www.suqian.gov.cn/a.html', html_base64: Buffer.from(undeclaredGbkPage()).toString('base64'), fetched_at: '2024-01-01T00:00:00Z' }),
    JSON.stringify({ url: 'http://www.suqian.gov.cn/b.html', shard: 8 }),
    JSON.stringify({ input: 'cc-main-2024:42', url: 'http://www.sihong.gov.cn/copy.html', html: notice }),
  ].join('\n');

  it('answers each line with one line, in order, passing other fields through; bad lines become error lines', () => {
    const run = zhengwen(['extract', '--ndjson', '--jobs', '2', '--quiet'], input);
    expect(run.status).toBe(0);
    const lines = run.lines;
    expect(lines.map((l) => l.input)).toEqual(['stdin:1', 'stdin:2', 'stdin:4', 'stdin:5', 'cc-main-2024:42']);
    expect(lines[0]).toMatchObject({ title: '关于2023年端午节放假安排的通知', error: null, shard: 7, warc_offset: 1234 });
    expect(lines[0]).not.toHaveProperty('html');
    expect(lines[1]).toMatchObject({ error: 'not a JSON line', text: '' });
    // html_base64 carries the page's own bytes: GBK, sniffed as a browser would.
    expect(lines[2]).toMatchObject({ title: '宿迁市召开2023年优化营商环境工作推进会', fetched_at: '2024-01-01T00:00:00Z', error: null });
    expect(lines[3]).toMatchObject({ error: 'the line has neither "html" nor "html_base64"', shard: 8 });
    // The same text at another URL: a near-duplicate of the first line.
    expect(lines[4].near_duplicate_of).toBe(lines[0].id);
  }, 30_000);

  it('round trip: shard outputs merged give the lines of one run over all the input', async () => {
    const all = await shardRun(input);
    const [first, second] = [input.split('\n').slice(0, 3), input.split('\n').slice(3)];
    const shards = [await shardRun(first.join('\n')), await shardRun(second.join('\n'))];
    const merged: string[] = [];
    const lines = shards.flat().map((line, i) => ({ line, where: `shard:${i}` }));
    await runOutcomes(mergeOutcomes(iterate(lines)), { bundle: null, now: new Date(), progress: new Progress(null) }, (l) => void merged.push(l));
    // Line numbers restart in the second shard, so inputs name their shard; all else is equal.
    const withoutInput = (ls: string[]) => ls.map((l) => ({ ...JSON.parse(l), input: null }));
    expect(withoutInput(merged)).toEqual(withoutInput(all));
    // Marking across shards: the copy in the second shard points at the page in the first, which it could not see.
    expect(JSON.parse(merged[4]).near_duplicate_of).toBe(JSON.parse(merged[0]).id);
    expect(JSON.parse(shards[1][2]).near_duplicate_of).toBeNull();
  });
});

/** The shard worker in this process: NDJSON text in, output lines out. */
async function shardRun(ndjson: string): Promise<string[]> {
  const out: string[] = [];
  await runItems(ndjsonItems(Readable.from([ndjson])), { jobs: 1, bundle: null, now: new Date(), progress: new Progress(null) }, (l) => void out.push(l));
  return out;
}

async function* iterate<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}
