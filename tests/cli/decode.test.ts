import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../lib/cli/decode';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
const utf8 = (s: string) => [...new TextEncoder().encode(s)];

/** 通知 and 正文内容，测试。 in GBK. */
const GBK_TONGZHI = [0xcd, 0xa8, 0xd6, 0xaa];
const GBK_BODY = [0xd5, 0xfd, 0xce, 0xc4, 0xc4, 0xda, 0xc8, 0xdd, 0xa3, 0xac, 0xb2, 0xe2, 0xca, 0xd4, 0xa1, 0xa3];

describe('decodeHtml', () => {
  it('follows a UTF-8 byte order mark', () => {
    const d = decodeHtml(bytes([0xef, 0xbb, 0xbf], '<title>', utf8('通知'), '</title>'));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('<title>通知</title>');
  });

  it('reads GBK bytes without any declaration as GB18030', () => {
    const d = decodeHtml(bytes('<html><title>', GBK_TONGZHI, '</title><p>', GBK_BODY, '</p></html>'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe('<html><title>通知</title><p>正文内容，测试。</p></html>');
  });

  it('reads UTF-8 bytes as UTF-8 even when the page declares gb2312', () => {
    const d = decodeHtml(bytes('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>', utf8('正文内容，测试。'), '</p>'));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('正文内容，测试。');
  });

  it('uses a declared charset for bytes that are not UTF-8, gb2312 widened to GB18030', () => {
    const d = decodeHtml(bytes('<meta charset="gb2312"><p>', GBK_BODY, '</p>'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe('<meta charset="gb2312"><p>正文内容，测试。</p>');
  });

  it('ignores <script charset>, which names a script’s encoding', () => {
    const html = bytes('<script charset="big5" src="a.js"></script><p>', GBK_BODY, '</p>');
    expect(declaredCharset(html)).toBeNull();
    expect(decodeHtml(html).text).toContain('正文内容，测试。');
  });

  it('falls back to GB18030 for an unknown declared charset', () => {
    const d = decodeHtml(bytes('<meta charset="x-no-such-charset"><p>', GBK_BODY, '</p>'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('正文内容，测试。');
  });
});
