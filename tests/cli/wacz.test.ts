import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { WARCParser } from 'warcio';
import { articleFromBytes } from '../../lib/cli/extractFile';

const PAGES = join(__dirname, '..', 'fixtures', 'pages');
const FILES = ['trs', 'hanweb', 'traditional', 'no-article'].map((name) => join(name, 'page.html'));
const FIELDS = ['title', 'pretitle', 'subtitle', 'published_at', 'source', 'author', 'editor', 'site_name', 'column', 'text'] as const;

describe('extract --wacz', () => {
  it('archives the input pages byte for byte, and the archive re-extracts to the same fields as the bundle', async () => {
    const out = mkdtempSync(join(tmpdir(), 'zhengwen-wacz-'));
    const wacz = join(out, 'pages.wacz');
    const bundle = join(out, 'corpus.zip');
    execFileSync('npx', ['tsx', 'lib/cli/main.ts', 'extract', '--bundle', bundle, '--wacz', wacz, ...FILES.map((f) => join(PAGES, f))], {
      cwd: join(__dirname, '..', '..'),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const archive = unzipSync(new Uint8Array(readFileSync(wacz)));
    const bundled = unzipSync(new Uint8Array(readFileSync(bundle)));
    const stored = new TextDecoder().decode(bundled['articles.jsonl']).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(stored).toHaveLength(3); // no-article.html has no article: in neither file
    expect(Object.keys(bundled)).toEqual(expect.arrayContaining(['citations.json', 'README.md']));
    const resources = [];
    for await (const record of new WARCParser([archive['archive/data.warc.gz']])) {
      if (record.warcType === 'resource') resources.push({ url: record.warcTargetURI!, payload: await record.readFully() });
    }
    expect(resources).toHaveLength(3);
    for (const [i, resource] of resources.entries()) {
      expect(resource.payload).toEqual(new Uint8Array(readFileSync(join(PAGES, FILES[i]))));
      const again = articleFromBytes(FILES[i], resource.payload, '');
      const record = stored.find((r) => r.url === resource.url)!;
      for (const field of FIELDS) expect(again[field], `${FILES[i]} ${field}`).toEqual(record[field]);
    }
    const cdxj = new TextDecoder().decode(archive['indexes/index.cdxj']).trimEnd().split('\n');
    expect(cdxj).toHaveLength(3);
  }, 60_000);
});
