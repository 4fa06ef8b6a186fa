// The fixture runner's own rules (pages.test.ts): patterns, and the refusal of "gone" checks that cannot fail.
import { describe, expect, it } from 'vitest';
import { makeFields } from '../helpers/fields';
import { checkFields, matches, pageText, parseExpected, refuseUnfailingGone } from './expected';
import { loadDocument } from './helpers';

describe('a pattern of expected.json', () => {
  it('is an exact value without …', () => {
    expect(matches('刘洋', '刘洋')).toBe(true);
    expect(matches('刘洋', '刘洋 王磊')).toBe(false);
  });

  it('reads … as any run of characters: a start, an end, a part, any line', () => {
    expect(matches('刘洋…', '刘洋 王磊')).toBe(true);
    expect(matches('…王磊', '刘洋 王磊')).toBe(true);
    expect(matches('…洋 王…', '刘洋 王磊')).toBe(true);
    expect(matches('…', '')).toBe(true);
    expect(matches('王磊…', '刘洋 王磊')).toBe(false);
    expect(matches('(1)…[a]', '(1) x [a]')).toBe(true);
  });
});

describe('a "gone" fragment', () => {
  const page = pageText(loadDocument('<html><body><div class="share">分享到：\n  微信</div><p>正文。</p><script>var n = 1;</script></body></html>'));

  it('is accepted when the page carries it, spaces read as one', () => {
    expect(() => refuseUnfailingGone('a', ['分享到： 微信', 'var n'], page, false)).not.toThrow();
  });

  it('is refused, naming the fixture and the fragment, when the page does not carry it', () => {
    expect(() => refuseUnfailingGone('a', ['分享到', '上一篇'], page, false)).toThrow('fixture a: "gone" fragment "上一篇" is not in the page\'s own text');
  });

  it('may be in Simplified form on a page converted from Traditional', () => {
    const traditional = pageText(loadDocument('<p>聲明：本文僅代表作者個人觀點。</p>'));
    expect(() => refuseUnfailingGone('t', ['声明'], traditional, true)).not.toThrow();
    expect(() => refuseUnfailingGone('t', ['声明'], traditional, false)).toThrow(/"声明"/);
  });
});

describe('the fields of expected.json', () => {
  it('need an about line', () => {
    expect(() => parseExpected('a', { url_path: '/a.html' })).toThrow('fixture a: expected.json has no "about"');
  });

  it('hold only text checks under text_original', () => {
    expect(() => parseExpected('a', { about: 'x', url_path: '/a.html', text_original: { frist_lines: ['…'] } })).toThrow(
      'fixture a: "text_original" holds "frist_lines", which is no text check',
    );
  });

  it('must be fields of an article', () => {
    const expected = parseExpected('a', { about: 'x', url_path: '/a.html', titel: '标题' });
    expect(() => checkFields('a', expected.fields, makeFields())).toThrow('fixture a: expected.json names "titel", which is no field of an article');
  });
});
