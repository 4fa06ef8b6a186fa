// Issue 12 in real Chromium: a database deleted under an open library and the worker, and two library tabs editing
// one record. Kept short: two captures, two library tabs.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { screenshotPath, ZhengwenExtension } from './support/extension';

let zhengwen: ZhengwenExtension;

async function openLibrary(): Promise<Page> {
  const page = await zhengwen.open(`${zhengwen.extensionOrigin}/library.html`);
  await page.waitForFunction(() => performance.getEntriesByName('library-ready').length > 0);
  return page;
}

async function captureFixture(file: string): Promise<string> {
  const page = await zhengwen.openFixture(file);
  const { popup, card } = await zhengwen.captureByToolbar(page);
  await popup.close();
  await page.close();
  return card.state;
}

beforeAll(async () => {
  zhengwen = await ZhengwenExtension.launch();
});

afterAll(async () => {
  await zhengwen?.close();
});

describe('nothing lost, nothing stuck', () => {
  test('the database deleted under an open library: the library says so, and the next capture is stored', async () => {
    expect(await captureFixture('trs')).toBe('stored');
    const library = await openLibrary();
    await expect.poll(() => library.getByTestId('library-count').textContent()).toContain('1 capture ·');

    // What "clear site data" or another page does: every open connection is told to close, then it is gone.
    await library.evaluate(
      () => new Promise<void>((done, fail) => {
        const request = indexedDB.deleteDatabase('zhengwen');
        request.onsuccess = () => done();
        request.onerror = () => fail(request.error);
      }),
    );
    await expect.poll(() => library.getByTestId('toast').textContent()).toContain('The database was closed or deleted');
    await expect.poll(() => library.getByTestId('library-count').textContent()).toContain('0 captures');

    expect(await captureFixture('hanweb')).toBe('stored');
    expect((await zhengwen.storedRecords()).map((r) => r.url)).toEqual([zhengwen.fixtureUrl('hanweb')]);
    await expect.poll(() => library.getByTestId('library-count').textContent()).toContain('1 capture ·');
    await library.screenshot({ path: screenshotPath('library-reopened.png') });
    await library.close();
  });

  test('two library tabs on one record: each saves only what it changed, and the other tab shows it', async () => {
    const [record] = await zhengwen.storedRecords();
    const [tabA, tabB] = [await openLibrary(), await openLibrary()];
    for (const tab of [tabB, tabA]) {
      await tab.locator(`#rows .row[data-id="${record.id}"] .title-text`).click();
      await tab.getByTestId('meta-form').waitFor();
    }
    await tabA.getByTestId('field-author').fill('魏宁');
    await tabA.getByTestId('field-tags').fill('党建');
    await tabA.getByTestId('save').click();
    await expect.poll(() => tabA.getByTestId('save-status').textContent()).toBe('Saved.');

    // Tab B's form was filled before tab A saved; it changes the note only.
    await tabB.getByTestId('field-note').fill('与县融媒体中心版本对照过');
    await tabB.getByTestId('save').click();
    await expect.poll(() => tabB.getByTestId('save-status').textContent()).toBe('Saved.');

    const [stored] = await zhengwen.storedRecords();
    expect(stored).toMatchObject({ id: record.id, author: '魏宁', tags: ['党建'], note: '与县融媒体中心版本对照过' });
    // Tab A hears of tab B's save: its table row has the note's record (author kept), not its own older copy.
    await expect.poll(() => tabA.locator('#rows .row').first().textContent()).toContain('魏宁');
  });
});
