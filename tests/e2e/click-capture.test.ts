// Worker-first capture: the click itself starts the capture in the worker, for the tab that was clicked, and the
// popup only shows it. Real Debian Chromium with the built extension (`npm run test:e2e` builds it first).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { screenshotPath, ZhengwenExtension } from './support/extension';

let zhengwen: ZhengwenExtension;

beforeAll(async () => {
  zhengwen = await ZhengwenExtension.launch();
});

afterAll(async () => {
  await zhengwen?.close();
});

describe('a toolbar click captures the tab it was made on', () => {
  test('switching to another tab right after the click still stores the clicked page, and only it', async () => {
    const clicked = await zhengwen.openFixture('trs');
    const other = await zhengwen.openFixture('notice');
    await zhengwen.browser.triggerAction(clicked);
    await other.bringToFront(); // before the worker could have asked the browser which tab is active

    const record = await zhengwen.browser.waitForLatestRecord(zhengwen.fixtureUrl('trs'), 1);
    expect(record.title).toBe('常州举行庆祝中国共产党成立101周年座谈会');
    await new Promise((done) => setTimeout(done, 500));
    expect((await zhengwen.storedRecords()).map((r) => r.url)).toEqual([zhengwen.fixtureUrl('trs')]);

    await clicked.close();
    await other.close();
  });
});

/** The toolbar badge text of a tab, read in the worker. */
async function badgeText(tabId: number): Promise<string> {
  return (await zhengwen.browser.worker()).evaluate<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
}

/** The tab id of a page (brought to the front: without the `tabs` permission the worker cannot query by URL). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return (await zhengwen.browser.worker()).evaluate<number>('chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)');
}

describe('where the worker cannot open the popup', () => {
  test('openPopup refused: the click still stores the page and the badge shows the outcome', async () => {
    const worker = await zhengwen.browser.worker();
    await worker.evaluate(`globalThis.openPopupAsShipped = chrome.action.openPopup;
      chrome.action.openPopup = () => Promise.reject(new Error('Could not find an active browser window.'))`);
    try {
      const page = await zhengwen.openFixture('hanweb');
      await zhengwen.browser.triggerAction(page);
      const record = await zhengwen.browser.waitForLatestRecord(zhengwen.fixtureUrl('hanweb'), 1);
      expect(record.revisions).toBe(1);
      const tabId = await tabIdOf(page);
      await expect.poll(() => badgeText(tabId)).toBe('✓');
      await page.close();
    } finally {
      await worker.evaluate('chrome.action.openPopup = globalThis.openPopupAsShipped');
    }
  });

  test('no openPopup at all (older browsers): the click captures with the badge, then the popup comes back and captures itself', async () => {
    const worker = await zhengwen.browser.worker();
    await worker.evaluate('globalThis.openPopupAsShipped = chrome.action.openPopup; chrome.action.openPopup = undefined');
    try {
      const first = await zhengwen.openFixture('rongmeiti');
      await zhengwen.browser.triggerAction(first);
      await zhengwen.browser.waitForLatestRecord(zhengwen.fixtureUrl('rongmeiti'), 1);
      await expect.poll(async () => badgeText(await tabIdOf(first))).toBe('✓');

      // Today's path: the browser opens popup.html itself, and the popup asks for its own tab's capture.
      const second = await zhengwen.openFixture('traditional');
      const { popup, card } = await zhengwen.captureByToolbar(second);
      expect(card.state).toBe('stored');
      expect(card.title).toBe('徐州市委常委会召开2022年度抓基层党建工作述职评议考核会议');
      expect(await popup.popup.evaluate<string>('location.search')).toBe('');
      await popup.close();
      await first.close();
      await second.close();
    } finally {
      await worker.evaluate(`chrome.action.openPopup = globalThis.openPopupAsShipped; chrome.action.setPopup({ popup: '' })`);
    }
  });
});

describe('the popup never waits forever', () => {
  test('the worker stopped while the popup waits: the popup asks again and shows the stored page', async () => {
    const page = await zhengwen.openFixture('court');
    // Keep the page busy for a while after the click, so that the capture is still running when the worker stops.
    await page.evaluate('setTimeout(() => { const until = Date.now() + 3000; while (Date.now() < until); }, 0)');
    const popup = await zhengwen.browser.clickAction(page);
    expect(await popup.evaluate<string>(`document.querySelector('[data-testid=capture-card]').dataset.state`)).toBe('working');

    const cdp = await zhengwen.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    expect(await popup.settledState(20_000)).toBe('stored');
    expect((await zhengwen.storedRecords()).filter((r) => r.url === zhengwen.fixtureUrl('court'))).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});

describe('the "already in the library" mark', () => {
  test('is off by default in the options page, which says what turning it on costs', async () => {
    const options = await zhengwen.open(`${zhengwen.extensionOrigin}/options.html`);
    const mark = options.locator('[data-testid=mark-tabs]');
    await expect.poll(() => options.locator('#mark-tabs-label').textContent()).toContain('already in the library');
    expect(await mark.isChecked()).toBe(false);
    expect(await options.locator('#mark-tabs-hint').textContent()).toContain('"tabs" permission');
    await options.screenshot({ path: screenshotPath('options.png') });
    // Nothing marked while it is off: a captured page opened again has no badge.
    const page = await zhengwen.openFixture('trs');
    expect(await badgeText(await tabIdOf(page))).toBe('');
    await page.close();
    await options.close();
  });
});
