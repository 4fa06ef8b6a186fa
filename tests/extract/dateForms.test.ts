// Every date form and place the issue names, read end to end: a page → extractPage → normalizeArticle.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/index';
import { normalizeArticle } from '../../lib/normalize/article';
import { loadDocument } from './helpers';

const PARAGRAPH = '会议强调，要坚持党建引领，健全完善县、乡、村、网格四级组织体系，推动党组织向网格、楼栋、小区延伸，把党的组织优势转化为基层治理效能。';
const TITLE = '全县安全生产大检查工作推进会召开';
const PLAIN_URL = 'http://x.gov.cn/news/show.aspx?id=7';

function publishedAt(opts: { info?: string; head?: string; url?: string }): string | null {
  const info = opts.info === undefined ? '' : `<div class="info">${opts.info}</div>`;
  const html = `<!DOCTYPE html><html><head><title>${TITLE}_某县人民政府</title>${opts.head ?? ''}</head><body>
    <div class="nav"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a></div>
    <h1>${TITLE}</h1>${info}
    <div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>
    <div class="footer">Copyright © 2015-2024 某县人民政府 版权所有</div></body></html>`;
  const page = extractPage(loadDocument(html), { keepHtml: false, url: opts.url ?? PLAIN_URL });
  return normalizeArticle(page).published_at;
}

describe('date forms under the title', () => {
  it.each([
    ['2022-07-01', '2022-07-01'],
    ['2022/7/1', '2022-07-01'],
    ['2022.07.01', '2022-07-01'],
    ['2022年7月1日', '2022-07-01'],
    ['2022年07月01日 10:30', '2022-07-01T10:30+08:00'],
    ['二〇二二年七月一日', '2022-07-01'],
  ])('%s → %s', (shown, expected) => {
    expect(publishedAt({ info: `${shown}　来源：县应急管理局` })).toBe(expected);
  });
});

describe('date labels', () => {
  it.each([['发布时间'], ['发布日期'], ['时间'], ['日期']])('%s：', (label) => {
    expect(publishedAt({ info: `来源：县应急管理局　${label}：2022-07-01　浏览次数：12` })).toBe('2022-07-01');
  });
});

describe('machine-readable dates', () => {
  it('reads the PubDate meta', () => {
    expect(publishedAt({ head: '<meta name="PubDate" content="2022-07-01 10:30">' })).toBe('2022-07-01T10:30+08:00');
  });

  it('reads article:published_time', () => {
    const head = '<meta property="article:published_time" content="2022-07-01T10:30:00+08:00">';
    expect(publishedAt({ head })).toBe('2022-07-01T10:30:00+08:00');
  });

  it('reads datePublished from JSON-LD', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-07-01T02:30:00Z"}</script>`;
    expect(publishedAt({ head })).toBe('2022-07-01T10:30:00+08:00');
  });
});

describe('the TRS URL date', () => {
  const url = 'http://x.gov.cn/xwzx/202207/t20220701_123.html';

  it('is read when the page states no date', () => {
    expect(publishedAt({ url })).toBe('2022-07-01');
  });

  it('is only a last resort: a date the page states wins', () => {
    expect(publishedAt({ url, info: '发布时间：2022-07-02 09:00' })).toBe('2022-07-02T09:00+08:00');
  });
});

describe('no date', () => {
  it('takes none from the copyright line or the capture time', () => {
    expect(publishedAt({})).toBeNull();
  });
});
