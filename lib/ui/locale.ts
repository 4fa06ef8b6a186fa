// The interface's one locale decision: the locale whose messages the browser chose. `@@ui_locale` names the
// browser's own UI pack instead (en-US in Debian's Chromium even under --lang=zh-CN, while the messages are zh_CN),
// so each locale file carries its own tag and page lang, dates and bilingual errors follow it.
import { i18n } from '#i18n';

/** BCP 47 tag of the messages in use: "en" or "zh-CN". */
export function uiLocale(): string {
  return i18n.t('localeTag');
}

export function isChineseUi(): boolean {
  return uiLocale().startsWith('zh');
}

/** Set the page's lang to the interface's locale (screen readers, fonts, hyphenation). */
export function applyUiLocale(doc: Document): void {
  doc.documentElement.lang = uiLocale();
}
