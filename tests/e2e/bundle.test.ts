// Export and import as a researcher does it: capture three pages, export a bundle from the library, open the
// downloaded zip, then import it into a fresh profile. Real Chromium with the built extension.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readBundleFile } from '../../lib/cli/bundle';
import type { CaptureRecord } from '../../lib/model';
import { screenshotPath, ZhengwenExtension } from './support/extension';

const FIXTURES = ['trs', 'hanweb', 'rongmeiti'];
const downloads = mkdtempSync(join(tmpdir(), 'zhengwen-downloads-'));
let source: ZhengwenExtension;
let captured: CaptureRecord[];
let bundlePath: string;

async function openLibrary(zhengwen: ZhengwenExtension, action: 'export' | 'import'): Promise<Page> {
  const page = await zhengwen.open(`${zhengwen.extensionOrigin}/library.html?action=${action}`);
  await page.locator('[data-testid=transfer-dialog][open]').waitFor();
  return page;
}

beforeAll(async () => {
  source = await ZhengwenExtension.launch();
  const cdp = await source.browser.context.browser()!.newBrowserCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  for (const file of FIXTURES) {
    const page = await source.openFixture(file);
    const { popup, card } = await source.captureByToolbar(page);
    expect(card.state).toBe('stored');
    await popup.close();
    await page.close();
  }
  captured = await source.storedRecords();
});

afterAll(async () => {
  await source?.close();
});

describe('corpus bundle', () => {
  test('Export… writes a zip the researcher can open: articles, texts, CSV, datapackage, snapshots', async () => {
    const library = await openLibrary(source, 'export');
    await library.locator('[data-testid=include-html]').check();
    await library.locator('[data-testid=export-start]').click();
    const status = library.locator('[data-testid=export-status]');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Saved zhengwen-corpus-\d{8}-\d{4}\.zip: 3 articles/);
    await library.locator('[data-testid=transfer-dialog]').screenshot({ path: screenshotPath('export-dialog.png') });

    await expect.poll(() => readdirSync(downloads).filter((f) => f.endsWith('.zip')).length, { timeout: 10_000 }).toBe(1);
    bundlePath = join(downloads, readdirSync(downloads).find((f) => f.endsWith('.zip'))!);
    const entries = unzipSync(new Uint8Array(readFileSync(bundlePath)));
    const names = Object.keys(entries).sort();
    expect(names.filter((n) => n.startsWith('texts/'))).toHaveLength(3);
    expect(names.filter((n) => n.startsWith('html/'))).toHaveLength(3);
    expect(names).toEqual(expect.arrayContaining(['articles.jsonl', 'metadata.csv', 'datapackage.json', 'README.txt']));

    const lines = new TextDecoder().decode(entries['articles.jsonl']).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((a) => a.title).sort()).toEqual(captured.map((r) => r.title).sort());
    const trs = lines.find((a) => a.published_at === '2022-07-01T10:30+08:00');
    expect(trs.source).toBe('常州市委政法委');
    const trsText = new TextDecoder().decode(entries[names.find((n) => n.startsWith('texts/') && n.endsWith(`${trs.id}.txt`))!]);
    expect(trsText.startsWith(`${trs.title}\n\n`)).toBe(true);
    expect([...entries['metadata.csv'].slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
    const pkg = JSON.parse(new TextDecoder().decode(entries['datapackage.json']));
    expect(pkg.resources.find((r: { path: string }) => r.path === 'articles.jsonl').hash).toMatch(/^sha256:[0-9a-f]{64}$/);

    const read = await readBundleFile(bundlePath);
    expect(read.records.map((r) => r.id).sort()).toEqual(captured.map((r) => r.id).sort());
    await library.close();
  });

  test('Import… into a fresh profile brings back the same records and reports what it did', async () => {
    const fresh = await ZhengwenExtension.launch();
    try {
      const library = await openLibrary(fresh, 'import');
      const status = library.locator('[data-testid=import-status]');

      // A foreign file is refused and nothing is written.
      const foreign = join(downloads, 'notes.zip');
      writeFileSync(foreign, 'this is not a zip');
      await library.locator('[data-testid=import-file]').setInputFiles(foreign);
      await library.locator('[data-testid=import-start]').click();
      await expect.poll(() => status.textContent()).toMatch(/^Nothing was imported: /);
      expect(await fresh.storedRecords()).toEqual([]);

      await library.locator('[data-testid=import-file]').setInputFiles(bundlePath);
      await library.locator('[data-testid=import-start]').click();
      await expect.poll(() => status.textContent()).toBe('Imported: 3 added, 0 updated, 0 skipped.');
      const byId = (records: CaptureRecord[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(await fresh.storedRecords())).toEqual(byId(captured));
      const snapshot = await fresh.storedSnapshot(captured[0].id);
      expect(snapshot?.html).toContain('<html');

      // The same bundle again: every article is known and not newer, so all are skipped.
      await library.locator('[data-testid=import-start]').click();
      await expect.poll(() => status.textContent()).toBe('Imported: 0 added, 0 updated, 3 skipped.');
      await library.close();
    } finally {
      await fresh.close();
    }
  });
});
