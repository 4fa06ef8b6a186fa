import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** key → message of a locale file (one `key: message` a line, as tests/helpers/i18n.ts reads it). */
function messages(locale: string): [string, string][] {
  const text = readFileSync(new URL(`../../locales/${locale}.yml`, import.meta.url), 'utf8');
  return text.split('\n').flatMap((line) => {
    const match = /^([A-Za-z@_]\w*):\s*(.*)$/.exec(line);
    return match ? [[match[1], match[2].replace(/^"(.*)"$/, '$1')] as [string, string]] : [];
  });
}

describe('zh_CN messages', () => {
  it('use full-width punctuation in Chinese text (times like +08:00 keep their colon)', () => {
    const han = /[\u4e00-\u9fff“”]/;
    const ascii = /(?<!\d):(?!\d)|[,;()!?]/;
    const offending = messages('zh_CN').filter(([, message]) => han.test(message) && ascii.test(message));
    expect(offending).toEqual([]);
  });

  it('has every message the English file has', () => {
    const zh = new Set(messages('zh_CN').map(([key]) => key));
    expect(messages('en').map(([key]) => key).filter((key) => !zh.has(key))).toEqual([]);
  });
});
