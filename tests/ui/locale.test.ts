import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { fakeBrowser } from 'wxt/testing';
import { formatLocalTime } from '@/lib/ui/dom';
import { isChineseUi, uiLocale } from '@/lib/ui/locale';
import { useLocale } from '../helpers/i18n';

/** Debian's Chromium under --lang=zh-CN: zh_CN messages, while @@ui_locale names the en-US UI pack. */
function chineseMessagesEnglishUiPack(): void {
  useLocale('zh_CN');
  const messages = fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    key === '@@ui_locale' ? 'en_US' : messages(key, subs)) as typeof fakeBrowser.i18n.getMessage;
}

describe('one locale for text, lang, dates and messages', () => {
  it('is the locale of the messages in use, not the browser\'s UI pack', () => {
    chineseMessagesEnglishUiPack();
    expect([uiLocale(), isChineseUi()]).toEqual(['zh-CN', true]);
    expect(formatLocalTime('2026-11-22T02:00:00Z')).toMatch(/^2026年11月22日/);
    useLocale('en');
    expect([uiLocale(), isChineseUi()]).toEqual(['en', false]);
    expect(formatLocalTime('2026-11-22T02:00:00Z')).toMatch(/^Nov 22, 2026/);
  });
});

describe('counts in English', () => {
  it('say 1 capture and 1 article, not 1 captures and 1 articles', () => {
    useLocale('en');
    expect(i18n.t('libraryCount', 1, ['1', '1'])).toBe('1 capture · 1 shown');
    expect(i18n.t('libraryCount', 2, ['2', '1'])).toBe('2 captures · 1 shown');
    expect(i18n.t('transferExported', 1, ['a.zip', '1', '2 KB'])).toBe('Saved a.zip: 1 article, 2 KB.');
  });
});
