// The library as a researcher uses it: captures made with the toolbar button, then search, read, correct,
// find the same 通稿 on two sites, delete and undo. Real Chromium with the built extension; screenshots (see screenshotPath).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CaptureRecord } from '../../lib/model';
import { screenshotPath, ZhengwenExtension } from './support/extension';

let zhengwen: ZhengwenExtension;
let library: Page;
const byUrl = new Map<string, CaptureRecord>();

async function capture(file: string): Promise<CaptureRecord> {
  const page = await zhengwen.openFixture(file);
  const { popup, card } = await zhengwen.captureByToolbar(page);
  expect(card.state).toBe('stored');
  await popup.close();
  await page.close();
  const record = (await zhengwen.storedRecords()).find((r) => r.url === zhengwen.fixtureUrl(file));
  if (!record) throw new Error(`${file} was not stored`);
  byUrl.set(file, record);
  return record;
}

async function openLibrary(): Promise<Page> {
  const page = await zhengwen.open(`${zhengwen.browser.extensionOrigin}/library.html`);
  await page.waitForFunction(() => performance.getEntriesByName('library-ready').length > 0);
  return page;
}

/** Titles of the rows in the table, top to bottom (rendered rows only: enough for a handful of captures).
 *  Row elements are reused while scrolling, so their order in the DOM is not the order on screen. */
const rowTitles = (page: Page) =>
  page.locator('#rows .row').evaluateAll((rows) =>
    rows
      .map((row) => [Number(row.getAttribute('aria-rowindex')), row.querySelector('.title-text')!.textContent!] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, title]) => title),
  );
const rowAt = (page: Page, position: number) => page.locator(`#rows .row[aria-rowindex="${position}"]`);
const countText = (page: Page) => page.getByTestId('library-count').textContent();

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name) });
}

beforeAll(async () => {
  zhengwen = await ZhengwenExtension.launch();
  // The county copy first: it is the earliest capture, so the city copy is marked as its near-duplicate.
  await capture('duplicate-county');
  await capture('duplicate-city');
  await capture('trs');
  await capture('traditional');
  await capture('hanweb');
  library = await openLibrary();
});

afterAll(async () => {
  await zhengwen?.close();
});

describe('library', () => {
  test('lists every capture with its metadata', async () => {
    expect(await countText(library)).toContain('5 captures');
    expect(await rowTitles(library)).toHaveLength(5);
    expect(await rowTitles(library)).toContain('常州举行庆祝中国共产党成立101周年座谈会');
  });

  test('a click on a column header sorts by it, a second click reverses', async () => {
    const byChars = [...byUrl.values()].sort((a, b) => b.chars - a.chars).map((r) => r.title);
    await library.locator('[data-sort="chars"]').click();
    expect(await rowTitles(library)).toEqual(byChars);
    await library.locator('[data-sort="chars"]').click();
    expect(await rowTitles(library)).toEqual([...byChars].reverse());
    expect(await library.locator('[aria-sort="ascending"] [data-sort="chars"]').count()).toBe(1);
    await library.locator('[data-sort="captured"]').click();
  });

  test('the two copies of one 通稿 form a near-duplicate group, the earlier capture as original', async () => {
    const county = byUrl.get('duplicate-county')!;
    const city = (await zhengwen.storedRecords()).find((r) => r.url === zhengwen.fixtureUrl('duplicate-city'))!;
    expect(county.near_duplicate_of).toBeNull();
    expect(city.near_duplicate_of).toBe(county.id);

    await library.getByTestId('duplicates-filter').selectOption('only');
    expect(await countText(library)).toContain('2 shown');
    await library.getByTestId('duplicates-filter').selectOption('hide');
    expect(await countText(library)).toContain('4 shown');
    expect(await rowTitles(library)).toContain('全市党建引领基层治理现场推进会召开');
    await library.getByTestId('duplicates-filter').selectOption('all');

    await library.locator(`#rows .row[data-id="${city.id}"] .badge`).click();
    expect(await library.locator('#group-banner').textContent()).toContain('2 captures');
    expect(await library.locator('#rows .row').count()).toBe(2);
    await shot(library, 'library-duplicates.png');
    await library.locator(`#rows .row[data-id="${city.id}"] .title-text`).click();
    const group = library.getByTestId('reader-group');
    await group.waitFor();
    expect(await group.locator('li').allTextContents()).toEqual([
      expect.stringContaining('Original'),
      expect.stringContaining('Copy'),
    ]);
    await shot(library, 'library-duplicates-reader.png');
    await library.keyboard.press('Escape');
    await library.keyboard.press('Escape');
    expect(await library.locator('#group-banner').isHidden()).toBe(true);
  });

  test('search finds Chinese substrings in the body, and Traditional queries find the Simplified text', async () => {
    await library.keyboard.press('/');
    await library.keyboard.type('基层治理');
    // The two copies, and the Xuzhou article first published in Traditional script (基層治理, stored Simplified).
    await expect.poll(() => countText(library)).toContain('3 shown');
    expect(new Set(await rowTitles(library))).toEqual(
      new Set(['全市党建引领基层治理现场推进会召开', '徐州市委常委会召开2022年度抓基层党建工作述职评议考核会议']),
    );
    await shot(library, 'library-search.png');
    await library.emulateMedia({ colorScheme: 'dark' });
    await shot(library, 'library-search-dark.png');
    await library.emulateMedia({ colorScheme: 'light' });

    await library.fill('#search', '述職評議');
    await expect.poll(() => countText(library)).toContain('1 shown');
    expect(await rowTitles(library)).toEqual(['徐州市委常委会召开2022年度抓基层党建工作述职评议考核会议']);

    await library.fill('#search', '這篇不存在');
    await expect.poll(() => countText(library)).toContain('0 shown');
    expect(await library.locator('#empty').textContent()).toBe('No capture matches the search and filters.');
    await library.fill('#search', '');
    await expect.poll(() => countText(library)).toContain('5 shown');
  });

  test('a correction is validated, saved, marked, and the extracted value kept', async () => {
    const trs = byUrl.get('trs')!;
    await library.locator(`#rows .row[data-id="${trs.id}"] .title-text`).click();
    const reader = library.getByTestId('reader');
    await reader.waitFor();
    expect(await library.getByTestId('reader-text').locator('p').first().textContent()).toContain('7月1日上午');

    await library.getByTestId('field-author').fill('魏宁');
    await library.getByTestId('field-published_at').fill('昨天');
    await library.getByTestId('save').click();
    expect(await library.getByTestId('date-problem').textContent()).toContain('2022-07-01T10:30+08:00');
    await library.getByTestId('field-published_at').fill('2022-07-01 10:30:05');
    await library.getByTestId('field-tags').fill('党建，常州');
    await library.getByTestId('field-note').fill('作者据原网页署名补录');
    await library.getByTestId('save').click();
    await library.getByTestId('save-status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await library.getByTestId('corrected-author').isVisible()).toBe(true);
    expect(await library.getByTestId('corrected-published_at').isVisible()).toBe(true);
    await shot(library, 'library-edit.png');

    const stored = (await zhengwen.storedRecords()).find((r) => r.id === trs.id)!;
    expect(stored).toMatchObject({
      author: '魏宁',
      published_at: '2022-07-01T10:30:05+08:00',
      tags: ['党建', '常州'],
      note: '作者据原网页署名补录',
      extracted: { author: trs.author, published_at: '2022-07-01T10:30+08:00' },
    });
    await library.getByTestId('reader-close').click();
    expect(await library.locator(`#rows .row[data-id="${trs.id}"] .mark`).count()).toBe(1);
    await library.locator('#f-tag').selectOption('常州');
    expect(await rowTitles(library)).toEqual(['常州举行庆祝中国共产党成立101周年座谈会']);
    await library.locator('#f-clear').click();
    await expect.poll(() => countText(library)).toContain('5 shown');
  });

  test('the page snapshot opens only in a sandboxed frame that blocks scripts and remote loads', async () => {
    const trs = byUrl.get('trs')!;
    await library.locator(`#rows .row[data-id="${trs.id}"] .title-text`).click();
    await library.getByTestId('view-snapshot').click();
    const frame = library.locator('iframe.snapshot');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('srcdoc')).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    await library.keyboard.press('Escape');
    expect(await library.getByTestId('reader').isHidden()).toBe(true);
  });

  test('bulk delete with checkboxes and shift-click, then Undo puts everything back', async () => {
    await rowAt(library, 1).locator('input').click();
    await rowAt(library, 3).locator('input').click({ modifiers: ['Shift'] });
    expect(await library.getByTestId('delete-selected').textContent()).toBe('Delete selected (3)');
    const doomed = await library.locator('#rows .row.selected').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id));
    await library.getByTestId('delete-selected').click();
    await library.getByTestId('toast').filter({ hasText: 'Deleted 3.' }).waitFor();
    expect(await countText(library)).toContain('2 captures');
    expect((await zhengwen.storedRecords()).map((r) => r.id)).not.toContain(doomed[0]);
    await shot(library, 'library-delete.png');

    await library.getByTestId('undo').click();
    await library.getByTestId('toast').filter({ hasText: 'Restored 3.' }).waitFor();
    expect(await countText(library)).toContain('5 captures');
    const stored = await zhengwen.storedRecords();
    expect(stored).toHaveLength(5);
    expect(stored.find((r) => r.url === zhengwen.fixtureUrl('duplicate-city'))!.near_duplicate_of).toBe(
      byUrl.get('duplicate-county')!.id,
    );
  });

  test('deleting an original makes its copy the original, and Undo links the copy back', async () => {
    const county = byUrl.get('duplicate-county')!;
    const cityUrl = zhengwen.fixtureUrl('duplicate-city');
    await library.locator(`#rows .row[data-id="${county.id}"] input`).click();
    await library.getByTestId('delete-selected').click();
    await library.getByTestId('toast').filter({ hasText: 'Deleted 1.' }).waitFor();
    expect((await zhengwen.storedRecords()).find((r) => r.url === cityUrl)!.near_duplicate_of).toBeNull();
    await library.getByTestId('duplicates-filter').selectOption('hide');
    expect(await rowTitles(library)).toContain('全市党建引领基层治理现场推进会召开');
    await library.getByTestId('duplicates-filter').selectOption('all');
    await library.getByTestId('undo').click();
    await library.getByTestId('toast').filter({ hasText: 'Restored 1.' }).waitFor();
    expect((await zhengwen.storedRecords()).find((r) => r.url === cityUrl)!.near_duplicate_of).toBe(county.id);
    expect(await library.locator(`#rows .row[data-id="${county.id}"] .badge.original`).count()).toBe(1);
  });

  test('the keyboard moves, reads, deletes and closes', async () => {
    await library.getByTestId('library-rows').focus();
    await library.keyboard.press('Home');
    await library.keyboard.press('j');
    await library.keyboard.press('ArrowDown');
    await library.keyboard.press('k');
    const cursorId = await library.locator('#rows .row.cursor').getAttribute('data-id');
    expect(await rowAt(library, 2).getAttribute('data-id')).toBe(cursorId);
    await library.keyboard.press('Enter');
    await library.getByTestId('reader').waitFor();
    await library.keyboard.press('Escape');
    await library.keyboard.press('Delete');
    await library.getByTestId('toast').filter({ hasText: 'Deleted 1.' }).waitFor();
    expect((await zhengwen.storedRecords()).map((r) => r.id)).not.toContain(cursorId);
    await library.getByTestId('undo').click();
    await library.getByTestId('toast').filter({ hasText: 'Restored 1.' }).waitFor();
    expect((await zhengwen.storedRecords()).map((r) => r.id)).toContain(cursorId);
  });

  test('captured text is shown as text, never parsed as HTML', async () => {
    const county = byUrl.get('duplicate-county')!;
    const hostile = '<img src=x onerror="document.title=\'pwned\'"><b>粗体</b>';
    await library.evaluate(async ({ record, text }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('zhengwen');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction('captures', 'readwrite');
      tx.objectStore('captures').put({ ...record, id: 'ffffffffffffffff', key_url: 'http://x.invalid/', url: 'http://x.invalid/', title: text, text, near_duplicate_of: null });
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    }, { record: county, text: hostile });
    await library.reload();
    await library.waitForFunction(() => performance.getEntriesByName('library-ready').length > 0);
    await library.locator('#rows .row[data-id="ffffffffffffffff"] .title-text').click();
    const text = library.getByTestId('reader-text');
    await text.waitFor();
    expect(await text.locator('p').first().textContent()).toBe(hostile);
    expect(await library.locator('.reader img, #rows img, .reader b').count()).toBe(0);
    expect(await library.title()).not.toBe('pwned');
  });

  test('at 800 px every column fits, times whole, and Export and Import stay on one line', async () => {
    if (await library.getByTestId('reader').isVisible()) await library.getByTestId('reader-close').click();
    await library.setViewportSize({ width: 800, height: 600 });
    try {
      const fit = await library.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const times = [...document.querySelectorAll<HTMLElement>('#rows .c-published, #rows .c-captured')];
        return {
          sameLine: box('#open-export').top === box('#open-import').top,
          lastColumnRight: box('#head > :last-child').right,
          timesCut: times.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => [cell.className, cell.textContent, cell.scrollWidth, cell.clientWidth]),
        };
      });
      expect(fit.sameLine).toBe(true);
      expect(fit.lastColumnRight).toBeLessThanOrEqual(800);
      expect(fit.timesCut).toEqual([]);
      await shot(library, 'library-800.png');
    } finally {
      await library.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
