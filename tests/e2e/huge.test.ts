// Huge inputs in real Chromium (issue 12's closing figures, timed by scripts/bench-huge.ts): a page whose article is
// a 50,000-cell table is captured whole by the toolbar button, and a 50 MB record opens in the library's reader
// with its start shown at once and the rest laid out as the reader scrolls.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hugeTablePage, inflateStoredRecord, seedParagraphs } from '../../scripts/huge-pages';
import { MAX_SNAPSHOT_CHARS } from '../../lib/store/limits';
import { ZhengwenExtension } from './support/extension';

const TABLE_PATH = '/tjj/202403/t20240301_7001.html';
const OVER_CAP_PATH = '/tjj/202403/t20240301_7002.html';
const CELLS = 50_000;
/** hugeTablePage writes 20 cells a row: a header row and rows of a district, an indicator and 18 figures. */
const ROWS = CELLS / 20 - 1;

let zhengwen: ZhengwenExtension;

beforeAll(async () => {
  zhengwen = await ZhengwenExtension.launch();
  zhengwen.server.routes.set(TABLE_PATH, hugeTablePage(0, CELLS, seedParagraphs()));
  // An ordinary article whose page HTML is over the snapshot cap: a comment the size of a portal's scripts.
  zhengwen.server.routes.set(OVER_CAP_PATH, hugeTablePage(1, 20, seedParagraphs()).replace('</body>', `<!--${'x'.repeat(MAX_SNAPSHOT_CHARS)}--></body>`));
});

afterAll(async () => {
  await zhengwen?.close();
});

async function openLibrary(): Promise<Page> {
  const page = await zhengwen.open(`${zhengwen.extensionOrigin}/library.html`);
  await page.waitForFunction(() => performance.getEntriesByName('library-ready').length > 0, null, { timeout: 60_000 });
  return page;
}

const shownParagraphs = (library: Page) => library.getByTestId('reader-text').locator('p').count();

describe('huge inputs', () => {
  test('a page with a 50,000-cell table: the toolbar click stores it with every row of the table', async () => {
    const page = await zhengwen.open(zhengwen.server.url(TABLE_PATH));
    const { popup, card } = await zhengwen.captureByToolbar(page);
    expect(card.state).toBe('stored');
    await popup.close();
    await page.close();

    const [record] = await zhengwen.storedRecords();
    expect(record!.title).toBe('2023年全市国民经济和社会发展统计数据（第1表）');
    const lines = record!.text.split('\n');
    const rows = lines.filter((line) => line.includes('\t'));
    // The header and every data row, each row its cells joined by tabs, in page order.
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[0]!.split('\t')).toEqual(['地区', '指标', ...Array.from({ length: 18 }, (_, c) => `${2005 + c}年`)]);
    expect(rows[1]!.startsWith('第1街道\t规模以上工业增加值0\t')).toBe(true);
    expect(rows.at(-1)!.startsWith(`第${((ROWS - 1) % 40) + 1}街道\t规模以上工业增加值${ROWS - 1}\t`)).toBe(true);
    expect(rows.every((row) => row.split('\t').length === 20)).toBe(true);
  });

  test('a 50 MB record opens in the reader at its start; the rest is laid out as the reader scrolls', async () => {
    const setup = await openLibrary();
    const chars = await setup.evaluate(inflateStoredRecord, { bytes: 50e6, paragraphs: seedParagraphs() });
    await setup.close();
    expect(chars).toBeGreaterThan(15_000_000);

    const library = await openLibrary();
    await library.locator('#rows .row .title-text').first().click();
    const text = library.getByTestId('reader-text');
    await text.locator('p').first().waitFor();
    expect(await text.locator('p').first().textContent()).toMatch(/^1\. /);
    // A screenful or two of paragraphs, not the 85,000 of the whole text.
    const first = await shownParagraphs(library);
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(1_000);
    expect(await library.getByTestId('reader-more').isVisible()).toBe(true);

    for (let i = 0; i < 3; i++) {
      const before = await shownParagraphs(library);
      await text.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
      await expect.poll(() => shownParagraphs(library)).toBeGreaterThan(before);
    }
    // The paragraphs go on in order: the text's own numbering, no line skipped or doubled.
    const numbers = await text.locator('p').evaluateAll((ps) => ps.map((p) => Number(/^(\d+)\. /.exec(p.textContent ?? '')?.[1])));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    await library.close();
  });

  test('scrolled to its end, a long record shows its last paragraph, and nothing more is promised', async () => {
    const setup = await openLibrary();
    await setup.evaluate(inflateStoredRecord, { bytes: 300_000, paragraphs: seedParagraphs() });
    const record = (await zhengwen.storedRecords())[0]!;
    const lastLine = record.text.split('\n').at(-1)!;
    await setup.close();

    const library = await openLibrary();
    await library.locator('#rows .row .title-text').first().click();
    const text = library.getByTestId('reader-text');
    await text.locator('p').first().waitFor();
    await expect
      .poll(async () => {
        await text.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
        return library.getByTestId('reader-more').count();
      }, { timeout: 30_000 })
      .toBe(0);
    expect(await text.locator('p').last().textContent()).toBe(lastLine);
    expect(await shownParagraphs(library)).toBe(record.text.split('\n').filter((line) => line.trim()).length);
    await library.close();
  });

  // Last: the two tests above inflate the store's only record, which a second record would make ambiguous.
  test('a page too large to keep as a snapshot: the card shows the stored article, then says its HTML was not kept', async () => {
    const page = await zhengwen.open(zhengwen.server.url(OVER_CAP_PATH));
    const { popup, card } = await zhengwen.captureByToolbar(page);
    expect(card.state).toBe('stored');
    expect(card.title).toBe('2023年全市国民经济和社会发展统计数据（第2表）');
    // Said once the page has given the HTML's length, after the card.
    await expect.poll(async () => (await popup.read()).message, { timeout: 20_000 }).toContain('HTML snapshot was not kept');
    await popup.close();
    await page.close();
    const record = (await zhengwen.storedRecords()).find((r) => r.url.endsWith(OVER_CAP_PATH));
    expect(record).toMatchObject({ has_html: false });
  });
});
