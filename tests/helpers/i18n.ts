import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing';

/** Serve browser.i18n.getMessage from a locale file, as the browser does from _locales. */
export function useLocale(locale: 'en' | 'zh_CN'): void {
  const messages = new Map<string, string>();
  let pluralKey: string | null = null;
  for (const line of readFileSync(new URL(`../../locales/${locale}.yml`, import.meta.url), 'utf8').split('\n')) {
    const match = /^([A-Za-z@_]\w*):\s*(.*)$/.exec(line);
    const form = /^\s+(\w+):\s*(.*)$/.exec(line);
    if (match) {
      messages.set(match[1], unquote(match[2]));
      pluralKey = match[2] === '' ? match[1] : null;
    } else if (form && pluralKey) {
      // Plural forms (1: …, n: …) become one message "one | many", as WXT writes them into messages.json.
      const earlier = messages.get(pluralKey);
      messages.set(pluralKey, earlier ? `${earlier} | ${unquote(form[2])}` : unquote(form[2]));
    }
  }
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return (messages.get(key) ?? '').replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

const unquote = (value: string) => value.replace(/^"(.*)"$/, '$1');
