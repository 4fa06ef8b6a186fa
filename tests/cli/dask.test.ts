// The Dask distributed recipe (scripts/dask_extract.py): a LocalCluster with two workers over two WARC shards must
// give what one process gives over the same files, near-duplicates across shards included.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundleFile } from '../../lib/cli/bundle';
import { fixtureWarc } from './support/archiveFixtures';
import { REPO, zhengwen } from './support/cli';
import { fixturePage } from './support/pages';
import { concat, responseRecord } from './support/warcFixtures';

/** A Python that has Dask distributed: Debian's (python3-distributed), else whatever python3 is on PATH. */
const DEBIAN_PYTHON = '/usr/bin/python3';

function pythonWithDask(): string | null {
  for (const python of [DEBIAN_PYTHON, 'python3']) {
    if (spawnSync(python, ['-c', 'import distributed']).status === 0) return python;
  }
  return null;
}

/** As root on Debian the recipe installs python3-distributed itself (and says so): the test runs it that way. */
const CAN_INSTALL = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync(DEBIAN_PYTHON);
const FOUND = pythonWithDask();
const PYTHON = FOUND ?? (CAN_INSTALL ? DEBIAN_PYTHON : null);
if (!FOUND && PYTHON) console.log("zhengwen: the Dask recipe test installs Debian's python3-distributed with apt-get first");
const SKIPPED = 'skipped: no python3 with Dask distributed here, and not root on Debian (apt-get install python3-distributed)';

/** The second shard: the 通稿 pair of the fixtures, and a copy of a page that the first shard holds. */
async function secondShard(): Promise<Uint8Array> {
  const page = (name: string) => readFileSync(fixturePage(name));
  const date = '2024-05-07T00:00:00Z';
  const html = 'text/html; charset=utf-8';
  return concat([
    await responseRecord({ url: 'http://www.city.gov.cn/a.html', date, status: 200, contentType: html, body: page('duplicate-city') }, false),
    await responseRecord({ url: 'http://www.county.gov.cn/b.html', date, status: 200, contentType: html, body: page('duplicate-county') }, false),
    await responseRecord({ url: 'http://www.repost.gov.cn/c.html', date, status: 200, contentType: html, body: page('notice') }, false),
  ]);
}

const withoutTimes = async (path: string) =>
  (await readBundleFile(path)).records.map(({ captured_at, first_captured_at, ...rest }) => rest);

describe('Dask distributed recipe', () => {
  it.skipIf(!PYTHON)(PYTHON ? 'a LocalCluster with two workers gives the single-process result' : SKIPPED, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengwen-dask-'));
    const shards = [join(dir, 'first.warc.gz'), join(dir, 'second.warc')];
    writeFileSync(shards[0], await fixtureWarc(true));
    writeFileSync(shards[1], await secondShard());

    const cluster = spawnSync(PYTHON!, [join(REPO, 'scripts', 'dask_extract.py'), '--workers', '2', '--out', join(dir, 'dask'), ...shards], { encoding: 'utf-8' });
    expect(cluster.status, cluster.stderr).toBe(0);
    const single = zhengwen(['extract', '--jobs', '1', '--quiet', '--bundle', join(dir, 'single.zip'), ...shards]);

    const clusterLines = readFileSync(join(dir, 'dask', 'corpus.jsonl'), 'utf-8');
    expect(clusterLines).toBe(single.stdout);
    expect(single.lines).toHaveLength(6);
    // The copy in the second shard is marked against the original in the first.
    expect(single.lines[5].near_duplicate_of).toBe(single.lines[0].id);
    expect(await withoutTimes(join(dir, 'dask', 'corpus.zip'))).toEqual(await withoutTimes(join(dir, 'single.zip')));
  }, 600_000); // the first run may install python3-distributed (about a minute)
});
