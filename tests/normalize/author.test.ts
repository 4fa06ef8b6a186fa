// The author field's precedence, written once in AUTHOR_SOURCES: the first source that names somebody wins.
import { describe, expect, it } from 'vitest';
import { AUTHOR_SOURCES } from '../../lib/normalize/author';
import { normalizeArticle } from '../../lib/normalize/article';
import { extractPage } from '../../lib/extract/index';
import { loadDocument } from '../extract/helpers';

const P = '会议强调，要坚持党建引领，健全完善县、乡、村、网格四级组织体系，推动党组织向网格、楼栋、小区延伸。';

function authorOf(head: string, body: string): string | null {
  const doc = loadDocument(`<!DOCTYPE html><html><head><title>某县召开党建工作推进会_某县人民政府</title>${head}</head><body>
    <h1>某县召开党建工作推进会</h1>${body}<div class="footer">主办单位：某县人民政府办公室</div></body></html>`);
  return normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://www.example.gov.cn/xw/content_1.html' })).author;
}

describe('the author field', () => {
  it('tries its sources in one written order', () => {
    expect(AUTHOR_SOURCES.map((s) => s.name)).toEqual([
      'labelled line',
      'speech speaker',
      'author meta',
      'CMS record',
      'JSON-LD',
      'Readability byline',
      'body byline',
      'credit at the body ends',
      'post line',
      'names under the title',
      'person as source',
      'footer rights holder',
    ]);
  });

  it('takes a labelled 作者 line over the author meta', () => {
    const body = `<div class="info">发布时间：2023-06-15　作者：王建华</div><div id="zoom"><p>${P}</p><p>${P}</p></div>`;
    expect(authorOf('<meta name="author" content="李明">', body)).toBe('王建华');
  });

  it('takes the author meta over names on a line under the title', () => {
    const body = `<div class="info">发布时间：2023-06-15</div><div id="zoom"><p>赵敏</p><p>${P}</p><p>${P}</p></div>`;
    expect(authorOf('<meta name="author" content="李明">', body)).toBe('李明');
    expect(authorOf('', body)).toBe('赵敏');
  });

  it('skips an author meta that names the site or an outlet, also with an aside in parentheses after it', () => {
    const body = `<div class="info">发布时间：2023-06-15</div><div id="zoom"><p>${P}</p><p>${P}</p></div>`;
    expect(authorOf('<meta name="author" content="正北方网（原北方新闻网）">', body)).toBeNull();
    expect(authorOf('<meta name="author" content="某县融媒体中心(县广播电视台)">', body)).toBeNull();
  });

  it('skips an author meta that names the editor the page credits', () => {
    const body = `<div class="info">发布时间：2023-06-15</div><div id="zoom"><p>${P}</p><p>${P}（记者 赵敏）</p></div><div>责任编辑：李明</div>`;
    expect(authorOf('<meta name="author" content="李明">', body)).toBe('赵敏');
    // The desk's name before the editor's (青网校园崔宁宁 beside 责任编辑：崔宁宁) is the same editor.
    expect(authorOf('<meta name="author" content="党建频道李明">', body)).toBe('赵敏');
    // A different person in the meta stays the author.
    expect(authorOf('<meta name="author" content="王李明">', `<div class="info">发布时间：2023-06-15</div><div id="zoom"><p>${P}</p><p>${P}</p></div><div>责任编辑：李明</div>`)).toBe('王李明');
  });
});
