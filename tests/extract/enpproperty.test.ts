import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/index';
import { enpProperties } from '../../lib/extract/meta';
import { normalizeArticle } from '../../lib/normalize/article';
import { loadDocument } from './helpers';

const PARAGRAPH = '会议强调，要坚持党建引领，健全完善县、乡、村、网格四级组织体系，推动党组织向网格、楼栋、小区延伸，把服务送到群众家门口。';
const RECORD =
  '<!--enpproperty <articleid>3202457</articleid><date>2011-12-15 19:15:35.0</date><author>本报记者 于澄</author>' +
  '<title>河南高院院长：农民工不愿滥用诉权</title><keyword>农民工 诉权</keyword><subtitle></subtitle>' +
  '<introtitle>带农民工到公路局要回赔偿金后再谈讨薪案</introtitle><siteid>4</siteid><nodename>法治要闻</nodename>' +
  '<nodesearchname>null</nodesearchname>/enpproperty-->';

/** A Founder CMS page whose <title> is only the site's name and whose heading is not marked up as one. */
function founderPage(recordBeforeDoctype: boolean): Document {
  const body = `<div class="nav">首页 | 要闻 | 法治</div><div id="content"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`;
  return loadDocument(
    recordBeforeDoctype
      ? `${RECORD}<!DOCTYPE html><html><head><title>法制网</title></head><body>${body}</body></html>`
      : `<!DOCTYPE html><html><head><title>法制网</title></head><body>${RECORD}${body}</body></html>`,
  );
}

describe('the Founder (方正) CMS record comment', () => {
  it.each([true, false])('is read before <!DOCTYPE> or inside the page (before doctype: %s)', (before) => {
    expect(enpProperties(founderPage(before))).toEqual({
      'enpproperty:date': '2011-12-15 19:15:35.0',
      'enpproperty:author': '本报记者 于澄',
      'enpproperty:title': '河南高院院长：农民工不愿滥用诉权',
      'enpproperty:keyword': '农民工 诉权',
      'enpproperty:introtitle': '带农民工到公路局要回赔偿金后再谈讨薪案',
      'enpproperty:nodename': '法治要闻',
    });
  });

  it('gives the title, 引题, date, author, column and keywords when the page shows them nowhere else', () => {
    const a = normalizeArticle(extractPage(founderPage(true), { keepHtml: false, url: 'http://www.legaldaily.com.cn/a.htm' }));
    expect(a.title).toBe('河南高院院长：农民工不愿滥用诉权');
    expect(a.pretitle).toBe('带农民工到公路局要回赔偿金后再谈讨薪案');
    expect(a.published_at).toBe('2011-12-15T19:15:35+08:00');
    expect(a.author).toBe('于澄');
    expect(a.column).toBe('法治要闻');
    expect(a.keywords).toEqual(['农民工', '诉权']);
  });

  it('yields nothing on a page without one, and decodes entities in one', () => {
    expect(enpProperties(loadDocument('<html><head><!-- other --></head><body><p>x</p></body></html>'))).toEqual({});
    const doc = loadDocument('<!--enpproperty <title>&quot;一网通办&quot;再提速</title>/enpproperty--><html><body></body></html>');
    expect(enpProperties(doc)['enpproperty:title']).toBe('"一网通办"再提速');
  });
});
