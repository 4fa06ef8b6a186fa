// Citing and archiving as a researcher does it: Copy citation in the reading view and for a selection, then the
// selection exported as CSL-JSON, RIS and BibTeX, and its snapshots as a WACZ read back with warcio. Real Chromium.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WARCParser } from 'warcio';
import type { CaptureRecord } from '../../lib/model';
import { screenshotPath, ZhengwenExtension } from './support/extension';

const FIXTURES = ['trs', 'hanweb'];
const downloads = mkdtempSync(join(tmpdir(), 'zhengwen-cite-'));
let zhengwen: ZhengwenExtension;
let captured: CaptureRecord[];
let library: Page;

beforeAll(async () => {
  zhengwen = await ZhengwenExtension.launch();
  const cdp = await zhengwen.browser.context.browser()!.newBrowserCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  for (const file of FIXTURES) {
    const page = await zhengwen.openFixture(file);
    const { popup, card } = await zhengwen.captureByToolbar(page);
    expect(card.state).toBe('stored');
    await popup.close();
    await page.close();
  }
  captured = await zhengwen.storedRecords();
  library = await zhengwen.browser.context.newPage();
  // Chromium grants no clipboard-read to an extension origin, so the page keeps what it handed to writeText.
  await library.addInitScript(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = async (text: string) => {
      await write(text);
      (window as unknown as { copied: string }).copied = text;
    };
  });
  await library.goto(`${zhengwen.extensionOrigin}/library.html`);
  await library.waitForFunction(() => performance.getEntriesByName('library-ready').length > 0);
});

afterAll(async () => {
  await zhengwen?.close();
});

const clipboard = () => library.evaluate(() => (window as unknown as { copied: string }).copied);

const seen = new Set<string>();

/** The file downloaded since the last call. Chromium under CDP download control saves under a GUID, not the name
 *  the extension gives (the status line shows that name), so the new file is found by being new. */
async function downloaded(): Promise<Buffer> {
  const fresh = () => readdirSync(downloads).filter((f) => !seen.has(f) && !f.endsWith('.crdownload'));
  await expect.poll(() => fresh().length, { timeout: 30_000 }).toBe(1);
  const [name] = fresh();
  seen.add(name);
  return readFileSync(join(downloads, name));
}

async function exportAs(format: string, status: RegExp): Promise<void> {
  await library.getByTestId('open-export').click();
  await library.locator(`[data-testid=format-${format}]`).check();
  await library.getByTestId('export-start').click();
  await expect.poll(() => library.getByTestId('export-status').textContent(), { timeout: 30_000 }).toMatch(status);
}

describe('citations and the archive', () => {
  test('Copy citation in the reading view puts the GB/T 7714 reference, then the APA-like one, on the clipboard', async () => {
    const trs = captured.find((r) => r.url === zhengwen.fixtureUrl('trs'))!;
    await library.locator(`#rows .row[data-id="${trs.id}"] .title-text`).click();
    await library.getByTestId('reader').waitFor();
    await library.getByTestId('reader-cite-copy').click();
    await expect.poll(() => library.getByTestId('reader-cite-status').textContent()).toBe('Copied 1 citation(s).');
    const gbt = await clipboard();
    expect(gbt).toContain(`${trs.title}[EB/OL]. (2022-07-01)[${trs.captured_at.slice(0, 10)}]. ${trs.url}.`);
    await library.screenshot({ path: screenshotPath('reader-cite.png') });

    await library.getByTestId('reader-cite-style').selectOption('apa');
    await library.getByTestId('reader-cite-copy').click();
    await expect.poll(() => library.getByTestId('reader-cite-status').textContent()).toBe('Copied 1 citation(s).');
    await expect.poll(clipboard).toContain('(2022, July 1)');
    expect(await clipboard()).toContain(trs.url);
    await library.getByTestId('reader-close').click();
  });

  test('Copy citation in the toolbar cites the selected rows, one a line', async () => {
    await library.getByTestId('selection-cite-copy').click();
    expect(await library.getByTestId('selection-cite-status').textContent()).toBe('Nothing to cite.');
    for (const record of captured) await library.locator(`#rows .row[data-id="${record.id}"] input[type=checkbox]`).click();
    await library.getByTestId('selection-cite-copy').click();
    await expect.poll(() => library.getByTestId('selection-cite-status').textContent()).toBe('Copied 2 citation(s).');
    const lines = (await clipboard()).split('\n');
    expect(lines).toHaveLength(2);
    for (const record of captured) expect(lines.some((line) => line.includes(record.title!))).toBe(true);
    await library.screenshot({ path: screenshotPath('library-cite-selection.png') });
  });

  test('exports the selection as CSL-JSON, RIS and BibTeX', async () => {
    await exportAs('csl-json', /^Saved zhengwen-citations-\d{12}\.json: 2 citations\./);
    await library.getByTestId('transfer-dialog').screenshot({ path: screenshotPath('export-citations.png') });
    const items = JSON.parse((await downloaded()).toString('utf8'));
    expect(items.map((i: { id: string }) => i.id).sort()).toEqual(captured.map((r) => r.id).sort());
    expect(items[0]).toMatchObject({ accessed: { 'date-parts': [expect.any(Array)] }, URL: expect.stringContaining('http') });
    await library.getByTestId('transfer-close').click();

    await exportAs('ris', /^Saved zhengwen-citations-\d{12}\.ris: 2 citations\./);
    expect((await downloaded()).toString('utf8').match(/^TY  - /gm)).toHaveLength(2);
    await library.getByTestId('transfer-close').click();
    await exportAs('bibtex', /^Saved zhengwen-citations-\d{12}\.bib: 2 citations\./);
    const bib = (await downloaded()).toString('utf8');
    for (const record of captured) expect(bib).toContain(`zhengwen_${record.id},`);
    await library.getByTestId('transfer-close').click();
  });

  test('exports the snapshots as a WACZ whose WARC holds each page as the user saw it', async () => {
    await exportAs('wacz', /^Saved zhengwen-archive-\d{12}\.wacz: 2 page snapshots/);
    const files = unzipSync(new Uint8Array(await downloaded()));
    expect(Object.keys(files).sort()).toEqual(
      ['archive/data.warc.gz', 'datapackage-digest.json', 'datapackage.json', 'indexes/index.cdxj', 'pages/pages.jsonl'],
    );
    const urls: string[] = [];
    for await (const record of new WARCParser([files['archive/data.warc.gz']])) {
      if (record.warcType !== 'resource') continue;
      urls.push(record.warcTargetURI!);
      expect(await record.contentText()).toContain('</html>');
    }
    expect(urls.sort()).toEqual(captured.map((r) => r.url).sort());
    await library.getByTestId('transfer-close').click();
  });
});
