// A Chinese browser (--lang=zh-CN): Debian's Chromium ships only the en-US UI pack, so @@ui_locale says en-US while
// the extension's messages are zh_CN. What the extension renders must follow its messages: lang, dates, import errors.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { screenshotPath, ZhengwenExtension } from './support/extension';

let zhengwen: ZhengwenExtension;

beforeAll(async () => {
  zhengwen = await ZhengwenExtension.launch(['--lang=zh-CN']);
});

afterAll(async () => {
  await zhengwen?.close();
});

test('under --lang=zh-CN the library is Chinese throughout: lang, text and an import refusal', async () => {
  const library = await zhengwen.open(`${zhengwen.extensionOrigin}/library.html`);
  await library.waitForFunction(() => performance.getEntriesByName('library-ready').length > 0);
  expect(await library.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(await library.locator('#heading').textContent()).toBe('资料库');

  await library.getByTestId('open-import').click();
  await library.getByTestId('import-file').setInputFiles({ name: 'bad.jsonl', mimeType: 'application/json', buffer: Buffer.from('{"id": 1}\n') });
  await library.getByTestId('import-start').click();
  const status = library.getByTestId('import-status');
  await expect.poll(() => status.textContent()).toMatch(/^未导入任何内容：JSONL 文件 第 1 行：记录/);
  await library.screenshot({ path: screenshotPath('library-zh-import-error.png') });
});
