// Worker-first capture: the click itself starts the capture in the worker, for the tab that was clicked, and the
// popup only shows it. Real Debian Chromium with the built extension (`npm run test:e2e` builds it first).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ZhengwenExtension } from './support/extension';

let zhengwen: ZhengwenExtension;

beforeAll(async () => {
  zhengwen = await ZhengwenExtension.launch();
});

afterAll(async () => {
  await zhengwen?.close();
});

describe('a toolbar click captures the tab it was made on', () => {
  test('switching to another tab right after the click still stores the clicked page, and only it', async () => {
    const clicked = await zhengwen.openFixture('trs.html');
    const other = await zhengwen.openFixture('notice.html');
    await zhengwen.browser.triggerAction(clicked);
    await other.bringToFront(); // before the worker could have asked the browser which tab is active

    const record = await zhengwen.browser.waitForLatestRecord(zhengwen.fixtureUrl('trs.html'), 1);
    expect(record.title).toBe('常州举行庆祝中国共产党成立101周年座谈会');
    await new Promise((done) => setTimeout(done, 500));
    expect((await zhengwen.storedRecords()).map((r) => r.url)).toEqual([zhengwen.fixtureUrl('trs.html')]);

    await clicked.close();
    await other.close();
  });
});
