import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findArticleLinks } from '../../lib/batch/links';
import { nextListPage } from '../../lib/batch/pagination';

const LISTS = resolve(import.meta.dirname, '../fixtures/lists');
const load = (file: string) => parseHTML(readFileSync(resolve(LISTS, file), 'utf8')).document as unknown as Document;

describe('findArticleLinks on government list pages', () => {
  test('TRS column: same-site t2024… articles with their dates; menus, 更多, topics and other sites left out', () => {
    const html = readFileSync(resolve(LISTS, 'trs-column.html'), 'utf8');
    for (const present of ['首页', '更多', '乡村振兴专题', 'www.gov.cn', '网站地图']) expect(html).toContain(present);

    const links = findArticleLinks(load('trs-column.html'), 'http://www.czgov.example.cn/zwdt/index.html');
    expect(links).toEqual([
      {
        url: 'http://www.czgov.example.cn/zwdt/202403/t20240305_1234567.html',
        title: '市政府召开第十次常务会议研究部署一季度经济运行工作',
        date: '2024-03-05',
      },
      { url: 'http://www.czgov.example.cn/zwdt/202403/t20240304_1234501.html', title: '我市召开优化营商环境工作推进会', date: '2024-03-04' },
      { url: 'http://www.czgov.example.cn/zwdt/202403/t20240301_1234480.html', title: '全市安全生产工作会议召开', date: '2024-03-01' },
      { url: 'http://www.czgov.example.cn/bmdt/202402/t20240229_1234410.html', title: '市发展改革委部署今年重大项目建设', date: '2024-02-29' },
      { url: 'http://www.czgov.example.cn/zwdt/202402/t20240228_1234399.html', title: '市领导调研乡村振兴重点工作', date: '2024-02-28' },
    ]);
  });

  test('Hanweb table: <base href>, art_ URLs, [2024-03-05] and 2024年2月28日 dates, an image link and its headline once', () => {
    const links = findArticleLinks(load('hanweb-table.html'), 'http://www.xx.gov.cn/col/col1229/index.html?uid=1&pageNum=1');
    expect(links.map((l) => [l.url.replace('http://www.xx.gov.cn', ''), l.title, l.date])).toEqual([
      ['/art/2024/3/5/art_1229_4567.html', '县市场监管局开展春季食品安全专项检查', '2024-03-05'],
      ['/art/2024/3/4/art_1229_4560.html', '县教育局召开新学期教育工作会议', '2024-03-04'],
      ['/art/2024/2/28/art_1229_4511.html', '县农业农村局部署春耕备耕工作', '2024-02-28'],
      ['/art/2024/2/27/art_1229_4500.html', '县人社局举办春风行动专场招聘会', '2024-02-27'],
    ]);
  });

  test('gov.cn search result: /2024-03/05/content_ articles, the date line below the headline, no 详细 or topic page', () => {
    const links = findArticleLinks(load('govcn-search.html'), 'https://www.gov.cn/search/?q=外资&p=1');
    expect(links.map((l) => [new URL(l.url).pathname, l.date])).toEqual([
      ['/zhengce/2024-03/05/content_6936752.htm', '2024-03-05'],
      ['/zhengce/zhengceku/2024-03/04/content_6936555.htm', '2024-03-04'],
      ['/xinwen/2024-03/01/content_6935270.htm', null],
    ]);
    expect(links.map((l) => l.title)).not.toContain('详细');
  });

  test('a page that is not a list gives no links', () => {
    const { document } = parseHTML('<html><body><a href="/">首页</a><a href="/a/index.html">更多新闻动态栏目</a></body></html>');
    expect(findArticleLinks(document as unknown as Document, 'http://x.gov.cn/')).toEqual([]);
  });
});

describe('nextListPage', () => {
  test('TRS createPageHTML: index.html → index_1.html, and none on the last page', () => {
    expect(nextListPage(load('trs-column.html'), 'http://www.czgov.example.cn/zwdt/index.html')).toBe(
      'http://www.czgov.example.cn/zwdt/index_1.html',
    );
    const last = parseHTML('<html><body><script>createPageHTML(3, 2, "index", "html");</script></body></html>').document;
    expect(nextListPage(last as unknown as Document, 'http://www.czgov.example.cn/zwdt/index_2.html')).toBeNull();
  });

  test('a 下一页 link (not 上一页 or 尾页)', () => {
    expect(nextListPage(load('hanweb-table.html'), 'http://www.xx.gov.cn/col/col1229/index.html?uid=1&pageNum=1')).toBe(
      'http://www.xx.gov.cn/col/col1229/index.html?uid=1&pageNum=2',
    );
    expect(nextListPage(load('govcn-search.html'), 'https://www.gov.cn/search/?p=1')).toBe('https://www.gov.cn/search/?p=2');
  });
});
