// The capture path as a person uses it: open a page, click the toolbar button, read the popup, find the record.
// Real Debian Chromium with the built extension (.output/chrome-mv3); `npm run test:e2e` builds it first.
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractPage } from '../../lib/extract/index';
import { normalizeArticle } from '../../lib/normalize/article';
import { fixturePages } from '../../scripts/serve';
import { readList, ZhengwenExtension } from './support/extension';

let zhengwen: ZhengwenExtension;

beforeAll(async () => {
  zhengwen = await ZhengwenExtension.launch();
});

afterAll(async () => {
  await zhengwen?.close();
});

describe('capture from the toolbar', () => {
  test('a TRS article is stored with its title, date, source and site, and the popup card shows them', async () => {
    const page = await zhengwen.openFixture('trs');
    const { popup, card } = await zhengwen.captureByToolbar(page);

    expect(card.state).toBe('stored');
    expect(card.title).toBe('常州举行庆祝中国共产党成立101周年座谈会');
    expect(card.site).toContain('常州长安网');
    expect(card.date).toContain('2022-07-01 10:30');
    expect(card.source).toContain('常州市委政法委');
    expect(card.excerpt).toContain('7月1日上午，我市举行庆祝');
    expect(card.buttons).toContain('delete');
    await zhengwen.screenshot('popup.png', popup);

    const records = await zhengwen.storedRecords();
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({
      url: zhengwen.fixtureUrl('trs'),
      title: '常州举行庆祝中国共产党成立101周年座谈会',
      published_at: '2022-07-01T10:30+08:00',
      source: '常州市委政法委',
      site_name: '常州长安网',
      revisions: 1,
    });
    expect(record!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(record!.chars).toBeGreaterThan(2000);
    expect(record!.text).toContain('市委党建工作领导小组成员、部分基层党务工作者和党员代表参加座谈会。');
    for (const chrome of ['分享到', '上一篇', 'ICP备', '主办单位']) expect(record!.text).not.toContain(chrome);
    expect(card.chars).toContain(record!.chars.toLocaleString('en-US'));
    // The page as it was, kept apart in `pages`, just after the record (the card does not wait for it).
    await expect.poll(async () => (await zhengwen.storedRecords())[0]?.has_html).toBe(true);
    expect((await zhengwen.storedSnapshot(record!.id))?.html).toContain('<div class="TRS_Editor">');

    // Opened as a tab, popup.html lists the capture without capturing itself.
    const list = await zhengwen.openPopupTab();
    expect(await list.evaluate(readList)).toEqual([
      { title: '常州举行庆祝中国共产党成立101周年座谈会', site: '常州长安网', date: '2022-07-01' },
    ]);
    expect(await list.getByTestId('total').getAttribute('data-count')).toBe('1');
    expect(await zhengwen.storedRecords()).toHaveLength(1);

    await popup.close();
    await list.close();
    await page.close();
  });

  test('a list page without an article says so and stores nothing', async () => {
    const before = await zhengwen.storedRecords();
    const page = await zhengwen.openFixture('no-article');
    const { popup, card } = await zhengwen.captureByToolbar(page);

    await zhengwen.screenshot('popup-no-article.png', popup);
    expect(card.state).toBe('no-article');
    expect(card.status).toBe('No article text found');
    expect(card.title).toBeNull();
    expect(await zhengwen.storedRecords()).toEqual(before);

    await popup.close();
    await page.close();
  });

  test('a page captured before offers Update, which keeps the id and counts a second revision', async () => {
    const page = await zhengwen.openFixture('notice');
    const first = await zhengwen.captureByToolbar(page);
    expect(first.card.state).toBe('stored');
    await first.popup.close();
    const [stored] = (await zhengwen.storedRecords()).filter((r) => r.url === zhengwen.fixtureUrl('notice'));
    expect(stored).toMatchObject({ title: '关于2023年端午节放假安排的通知', revisions: 1 });

    const again = await zhengwen.captureByToolbar(page);
    await zhengwen.screenshot('popup-already-captured.png', again.popup);
    expect(again.card.state).toBe('already-captured');
    expect(again.card.title).toBe('关于2023年端午节放假安排的通知');
    expect(again.card.buttons).toEqual(expect.arrayContaining(['update', 'delete']));
    expect((await zhengwen.storedRecords()).find((r) => r.id === stored!.id)!.revisions).toBe(1);

    const updated = await again.popup.click('update', 'stored');
    expect(updated.status).toBe('Updated (revision 2)');
    const matching = (await zhengwen.storedRecords()).filter((r) => r.url === zhengwen.fixtureUrl('notice'));
    expect(matching).toHaveLength(1);
    expect(matching[0]).toMatchObject({ id: stored!.id, revisions: 2, first_captured_at: stored!.first_captured_at });
    expect(matching[0]!.captured_at > stored!.captured_at).toBe(true);
    expect(matching[0]!.text.split('\n')).toEqual([
      '根据国务院办公厅通知精神，现将2023年端午节放假安排通知如下：6月22日至24日放假调休，共3天。',
      '6月25日（星期日）上班，请各单位妥善安排好值班和安全保卫等工作。',
    ]);

    await again.popup.close();
    await page.close();
  });

  test('Delete removes the capture and Undo brings it back unchanged', async () => {
    const page = await zhengwen.openFixture('hanweb');
    const { popup, card } = await zhengwen.captureByToolbar(page);
    expect(card.state).toBe('stored');
    const stored = (await zhengwen.storedRecords()).find((r) => r.url === zhengwen.fixtureUrl('hanweb'))!;

    await popup.click('delete', 'deleted');
    expect((await zhengwen.storedRecords()).map((r) => r.id)).not.toContain(stored.id);

    await popup.click('undo', 'stored');
    expect((await zhengwen.storedRecords()).find((r) => r.id === stored.id)).toEqual(stored);

    await popup.close();
    await page.close();
  });

  test('a Traditional-Chinese page is stored in Simplified and keeps the original text', async () => {
    const page = await zhengwen.openFixture('traditional');
    const { popup, card } = await zhengwen.captureByToolbar(page);
    expect(card.state).toBe('stored');
    expect(card.title).toBe('徐州市委常委会召开2022年度抓基层党建工作述职评议考核会议');

    const record = (await zhengwen.storedRecords()).find((r) => r.url === zhengwen.fixtureUrl('traditional'))!;
    expect(record).toMatchObject({
      title: '徐州市委常委会召开2022年度抓基层党建工作述职评议考核会议',
      title_original: '徐州市委常委會召開2022年度抓基層黨建工作述職評議考核會議',
      script_original: 'zh-Hant',
      published_at: '2023-01-04',
      source: '徐州日报',
    });
    expect(record.text).toContain('按照中央和省委统一部署，1月4日下午，市委常委会召开');
    expect(record.text).not.toMatch(/（[a-zǎǐǒǔàèìòùáéíóúāēīōū]+）|\([a-zǎǐǒǔàèìòùáéíóúāēīōū]+\)/);
    expect(record.text).not.toContain('會議');
    expect(record.text_original).toContain('按照中央和省委統');
    expect(record.text_original).toContain('會議');

    await popup.close();
    await page.close();
  });

  test.each([
    ['chrome://version', 'chrome://version'],
    ["the extension's library page", '/library.html'],
  ])("the browser's and extension's own pages are refused with the restricted message: %s", async (_name, where) => {
    const before = await zhengwen.storedRecords();
    const page = await zhengwen.open(where.startsWith('/') ? zhengwen.extensionOrigin + where : where);
    const { popup, card } = await zhengwen.captureByToolbar(page);
    await zhengwen.screenshot(`popup-restricted-${where.replace(/\W+/g, '-')}.png`, popup);

    expect(card.state).toBe('restricted');
    expect(card.status).toBe('This page cannot be captured');
    expect(card.message).toContain('The browser does not let extensions read its own pages');
    expect(await zhengwen.storedRecords()).toEqual(before);

    await popup.close();
    await page.close();
  });

  test('the toolbar button on popup.html opened as a tab refuses it, rather than showing the previous capture', async () => {
    const article = await zhengwen.openFixture('duplicate-county');
    const first = await zhengwen.captureByToolbar(article);
    expect(first.card.state).toBe('stored');
    await first.popup.close();

    const before = await zhengwen.storedRecords();
    const popupTab = await zhengwen.openPopupTab();
    const { popup, card } = await zhengwen.captureByToolbar(popupTab);
    expect(card.state).toBe('restricted');
    expect(await zhengwen.storedRecords()).toEqual(before);

    await popup.close();
    await popupTab.close();
    await article.close();
  });

  test('with page snapshots turned off in the settings, the article is stored without the page HTML', async () => {
    const options = await zhengwen.open(`${zhengwen.extensionOrigin}/options.html`);
    await options.locator('[data-testid=keep-html]').uncheck();
    await expect.poll(() => options.locator('#saved').textContent()).toBe('Saved.');

    const page = await zhengwen.openFixture('rongmeiti');
    const { popup, card } = await zhengwen.captureByToolbar(page);
    expect(card.state).toBe('stored');
    const record = (await zhengwen.storedRecords()).find((r) => r.url === zhengwen.fixtureUrl('rongmeiti'))!;
    expect(record.has_html).toBe(false);
    expect(await zhengwen.storedSnapshot(record.id)).toBeNull();

    await options.locator('[data-testid=keep-html]').check();
    await popup.close();
    await page.close();
    await options.close();
  });

  test('every fixture page captured through the toolbar gives the fields the command line gives for it', async () => {
    const pages = fixturePages().filter((p) => p.isArticle);
    for (const { name } of pages) {
      if ((await zhengwen.storedRecords()).some((r) => r.url === zhengwen.fixtureUrl(name))) continue;
      const page = await zhengwen.openFixture(name);
      const { popup, card } = await zhengwen.captureByToolbar(page);
      expect(card.state, `${name}: ${JSON.stringify(card)}`).toBe('stored');
      await popup.close();
      await page.close();
    }
    const records = await zhengwen.storedRecords();
    for (const { name, html } of pages) {
      const url = zhengwen.fixtureUrl(name);
      const inNode = normalizeArticle(extractPage(parseHTML(html).document as unknown as Document, { keepHtml: false, url }));
      const fields = (a: typeof inNode) => [a.title, a.pretitle, a.subtitle, a.published_at, a.source, a.author, a.editor, a.column, a.text];
      expect(fields(records.find((r) => r.url === url)!), name).toEqual(fields(inNode));
    }
  }, 120_000);
});
