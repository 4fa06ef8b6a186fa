import { describe, expect, it } from 'vitest';
import type { PageExtract } from '../../lib/model';
import { normalizeArticle } from '../../lib/normalize/article';
import { cutAtEndMarker } from '../../lib/normalize/bodyLines';

const SENTENCE = '会议强调，要坚持党建引领，健全完善县、乡、村、网格四级组织体系，推动党组织向网格、楼栋、小区延伸。';

function extract(over: Partial<PageExtract>): PageExtract {
  return {
    url: 'http://x.gov.cn/news/show.aspx?id=7',
    canonicalUrl: null,
    lang: null,
    documentTitle: '',
    meta: {},
    jsonLd: [],
    readability: null,
    bodyBlocks: [SENTENCE, SENTENCE],
    headings: [],
    infoLines: [],
    breadcrumb: [],
    footerLines: [],
    html: null,
    ...over,
  };
}

describe('cutAtEndMarker', () => {
  it('cuts at an end marker followed by lists and footers', () => {
    const lines = [SENTENCE, SENTENCE, '责任编辑：王琳', '相关新闻', '全市安全生产大检查工作推进会召开', '县领导调研夏粮收购工作'];
    expect(cutAtEndMarker(lines)).toEqual([SENTENCE, SENTENCE]);
  });

  it('keeps a mid-article link box followed by more of the article', () => {
    const lines = [SENTENCE, '相关链接', SENTENCE, SENTENCE];
    expect(cutAtEndMarker(lines)).toEqual(lines);
  });
});

describe('normalizeArticle', () => {
  it('prefers the date the page shows on the same day, the meta date on another day', () => {
    const shown = ['2018年12月28日 19:55 新京报'];
    const meta = { 'article:published_time': '2018-12-28T19:56:29+08:00' };
    expect(normalizeArticle(extract({ meta, infoLines: shown })).published_at).toBe('2018-12-28T19:55+08:00');
    expect(normalizeArticle(extract({ meta, infoLines: ['2018年12月27日'] })).published_at).toBe('2018-12-28T19:56:29+08:00');
    expect(normalizeArticle(extract({ meta: { pubdate: '2022-07-01 10:30' }, infoLines: ['2022-07-01'] })).published_at).toBe(
      '2022-07-01T10:30+08:00',
    );
  });

  it('drops a closing invitation to follow the site, keeps an article sentence about social media', () => {
    const promo = '香港新浪新闻现已开设Facebook专页，让你即时掌握本地、中国、国际新闻、财经消息及天气、交通资讯。';
    expect(normalizeArticle(extract({ bodyBlocks: [SENTENCE, SENTENCE, promo] })).text).toBe(`${SENTENCE}\n${SENTENCE}`);
    const news = '该市政务微博已开设三年，累计发布信息两万余条。';
    expect(normalizeArticle(extract({ bodyBlocks: [SENTENCE, news] })).text).toBe(`${SENTENCE}\n${news}`);
  });

  it('reads a labelled time right under the body, and takes an editor there for no author', () => {
    const blocks = [SENTENCE, SENTENCE, '发布时间：2012-01-12 17:21:17 【编辑：金硕】', '编辑推荐', '大熊猫幼仔开始群体生活 2011-12-30'];
    const a = normalizeArticle(extract({ bodyBlocks: blocks }));
    expect(a.published_at).toBe('2012-01-12T17:21:17+08:00');
    expect(a.author).toBeNull();
    expect(a.editor).toBe('金硕');
  });

  it('dates a reprint by the issue its closing citation names, only when the page gives no date of its own', () => {
    const cited = [SENTENCE, SENTENCE, '——《北京之春》1998年3月号'];
    expect(normalizeArticle(extract({ bodyBlocks: cited })).published_at).toBe('1998-03');
    expect(normalizeArticle(extract({ bodyBlocks: cited, infoLines: ['发布时间：2005-03-06'] })).published_at).toBe('2005-03-06');
    const quoted = [SENTENCE, '他在《人民日报》1998年3月5日发表文章，阐述了这一观点。', SENTENCE];
    expect(normalizeArticle(extract({ bodyBlocks: quoted })).published_at).toBeNull();
  });

  it('gives month precision when the label under the title gives only a year and month', () => {
    expect(normalizeArticle(extract({ infoLines: ['发布日期：2003-05　来源：市妇联'] })).published_at).toBe('2003-05');
    const withMeta = extract({ infoLines: ['发布日期：2003-05'], meta: { pubdate: '2003-05-12' } });
    expect(normalizeArticle(withMeta).published_at).toBe('2003-05-12');
  });

  it('takes the time of the last change (dateUpdate, dateModified) only when the page gives no other date', () => {
    const meta = { dateupdate: '2019-10-08 12:00:57' };
    expect(normalizeArticle(extract({ meta })).published_at).toBe('2019-10-08T12:00:57+08:00');
    expect(normalizeArticle(extract({ meta, infoLines: ['发布时间：2019-10-07'] })).published_at).toBe('2019-10-07');
    expect(normalizeArticle(extract({ meta, url: 'http://x.gov.cn/art/202210/t20221001_5.html' })).published_at).toBe('2022-10-01');
    const jsonLd = [{ '@type': 'Article', dateModified: '2020-02-14T02:47:36Z' }];
    expect(normalizeArticle(extract({ jsonLd })).published_at).toBe('2020-02-14T10:47:36+08:00');
  });

  it('reads the og:time meta when the page shows no date', () => {
    expect(normalizeArticle(extract({ meta: { 'og:time': '2019-11-25 16:04:30' } })).published_at).toBe('2019-11-25T16:04:30+08:00');
  });

  it('never takes a date from a copyright line', () => {
    expect(normalizeArticle(extract({ infoLines: ['Copyright © 2023-06-01 某市人民政府'] })).published_at).toBeNull();
  });

  it('finds the reporter named in the body', () => {
    const lines = ['本报记者罗科苏盈发自北京 23日下午，在北大万众楼二层，北大中国经济研究中心举行报告会。', SENTENCE];
    expect(normalizeArticle(extract({ bodyBlocks: lines })).author).toBe('罗科苏盈');
    const closing = [SENTENCE, `${SENTENCE}（信报记者 蔡雪婧）`];
    expect(normalizeArticle(extract({ bodyBlocks: closing })).author).toBe('蔡雪婧');
  });

  it('finds who posted a blog entry', () => {
    const info = ['[湖湘文化]陈天华《警世钟》 ggjjzhzz 发表于 2005-9-15 11:46:00'];
    const a = normalizeArticle(extract({ infoLines: info }));
    expect(a.author).toBe('ggjjzhzz');
    expect(a.published_at).toBe('2005-09-15T11:46:00+08:00');
  });

  it('takes the visible heading when a meta title was cut at an unescaped quote', () => {
    const a = normalizeArticle(
      extract({
        meta: { 'og:title': '多地项目连环爆雷 狂奔的龙湖集团' },
        headings: ['多地项目连环爆雷 狂奔的龙湖集团"暗伤"曝露？'],
        documentTitle: '多地项目连环爆雷 狂奔的龙湖集团"暗伤"曝露？_网易新闻',
      }),
    );
    expect(a.title).toBe('多地项目连环爆雷 狂奔的龙湖集团"暗伤"曝露？');
  });

  it('drops a time stamp printed inside the title element', () => {
    const a = normalizeArticle(extract({ headings: ['天冷抵抗力弱 齿源脓疡患者多 【16:15】'], documentTitle: '天冷抵抗力弱 齿源脓疡患者多 - 自由电子报' }));
    expect(a.title).toBe('天冷抵抗力弱 齿源脓疡患者多');
  });

  it('takes no title and no site name from a <title> that is only the site name, when a heading names the article', () => {
    const a = normalizeArticle(
      extract({ meta: { sitename: '某市人民政府' }, documentTitle: '某市人民政府', headings: ['全市安全生产大检查工作推进会召开'] }),
    );
    expect(a.title).toBe('全市安全生产大检查工作推进会召开');
    expect(a.site_name).toBe('某市人民政府');
  });

  it('takes the document title when og:title is a strict prefix of it and no heading is found', () => {
    const a = normalizeArticle(
      extract({
        meta: { 'og:title': '多地项目连环爆雷 狂奔的龙湖集团' },
        documentTitle: '多地项目连环爆雷 狂奔的龙湖集团"暗伤"曝露？_网易财经',
      }),
    );
    expect(a.title).toBe('多地项目连环爆雷 狂奔的龙湖集团"暗伤"曝露？');
  });

  it('takes a meta title cut short only when what the fuller title adds is not the site after a space', () => {
    const a = normalizeArticle(
      extract({
        meta: { 'og:title': '新概念作文主办方否认韩寒“拼爹”说法' },
        documentTitle: ' 新概念作文主办方否认韩寒“拼爹”说法 中国快讯 南方网',
      }),
    );
    expect(a.title).toBe('新概念作文主办方否认韩寒“拼爹”说法');
  });

  it('takes the visible heading when og:title pads it with the site, the column or a summary', () => {
    const withHeading = (og: string, heading: string) =>
      normalizeArticle(extract({ meta: { 'og:title': og }, headings: [heading], documentTitle: og })).title;
    expect(withHeading('細菌型感冒 吃克流感無效 - 醫藥新知 - 醫藥中心 - udn健康醫藥', '細菌型感冒 吃克流感無效')).toBe('細菌型感冒 吃克流感無效');
    expect(withHeading('別人都怎麼大掃除？ | 年終掃除真easy | 消費流行 | 聯合新聞網', '別人都怎麼大掃除？')).toBe('別人都怎麼大掃除？');
    expect(withHeading('中時醫療網:年節零食聰明吃 健康無負擔', '年節零食聰明吃 健康無負擔')).toBe('年節零食聰明吃 健康無負擔');
    // A speaker before a colon is part of the title, not a site.
    expect(withHeading('习近平：坚定不移推进全面从严治党', '坚定不移推进全面从严治党')).toBe('习近平：坚定不移推进全面从严治党');
  });

  it('drops the breadcrumb a heading starts with when the document title names the rest', () => {
    const a = normalizeArticle(
      extract({ headings: ['优活健康网 〉检视火线新闻 〉冬天干眼症发作 暖炉、除湿机是祸首'], documentTitle: '冬天干眼症发作 暖炉、除湿机是祸首 - 优活健康网' }),
    );
    expect(a.title).toBe('冬天干眼症发作 暖炉、除湿机是祸首');
  });

  it('does not take paging (第1页/共2页) from the document title for the rest of a cut meta title', () => {
    const a = normalizeArticle(extract({ meta: { 'og:title': '诊所认证大胜医院' }, documentTitle: '诊所认证大胜医院 (第1页/共2页)' }));
    expect(a.title).toBe('诊所认证大胜医院');
  });

  it('takes a meta or Readability byline only when it names a person', () => {
    const byMeta = (author: string) => normalizeArticle(extract({ meta: { author } })).author;
    expect(byMeta('1392')).toBeNull();
    expect(byMeta('中国经济网 财经频道')).toBeNull();
    expect(byMeta('大汉网络')).toBeNull();
    expect(byMeta('新浪财经-自媒体综合')).toBeNull();
    expect(byMeta('新浪科技')).toBeNull();
    for (const unit of ['某某市人民政府', '中共某某区委宣传部', '某某区融媒体中心', '某某县政府办公室', '某某市档案馆']) expect(byMeta(unit)).toBeNull();
    expect(normalizeArticle(extract({ jsonLd: [{ '@type': 'NewsArticle', author: { name: '参考消息' } }] })).author).toBeNull();
    expect(byMeta('张三')).toBe('张三');
    expect(normalizeArticle(extract({ meta: { citation_author: '赵  培' } })).author).toBe('赵培');
    const readability = { title: null, byline: '赵  培', siteName: null, publishedTime: null, excerpt: null };
    expect(normalizeArticle(extract({ readability })).author).toBe('赵培');
    for (const byline of ['【華視新聞╱報導】', '我已授权']) {
      expect(normalizeArticle(extract({ readability: { ...readability, byline } })).author).toBeNull();
    }
  });

  it('prefers the closing credit in the text to an organization in the author meta', () => {
    const a = normalizeArticle(extract({ meta: { author: '大汉网络' }, bodyBlocks: [SENTENCE, SENTENCE, '（袁源）'] }));
    expect(a.author).toBe('袁源');
  });

  it('reads the author of a 来源 field that holds a personal name, not of one that holds an outlet', () => {
    expect(normalizeArticle(extract({ infoLines: ['来源: 尹娟'] })).author).toBe('尹娟');
    expect(normalizeArticle(extract({ infoLines: ['来源: 新华网'] })).author).toBeNull();
    expect(normalizeArticle(extract({ infoLines: ['来源：商讯'] })).author).toBeNull();
    expect(normalizeArticle(extract({ infoLines: ['来源：常州发布'] })).author).toBeNull();
  });

  it('reads the author of a personal site from its copyright line, never an organization', () => {
    const blog = extract({ url: 'http://blog.example.com/jzli/1.html', footerLines: ['Copyright © 李建忠'] });
    expect(normalizeArticle(blog).author).toBe('李建忠');
    expect(normalizeArticle(extract({ footerLines: ['Copyright © 2015-2024 某市人民政府 版权所有'] })).author).toBeNull();
    const gov = extract({ url: 'http://www.huangshan.gov.cn/news/1.html', footerLines: ['版权所有 © 黄山'] });
    expect(normalizeArticle(gov).author).toBeNull();
  });

  it('reads poster and time from a forum post line anywhere in the body, the first post of several', () => {
    const post = (who: string, when: string) => `由${who}张贴 @ ${when} (359) 共 3 篇评论 发表评论 >>>`;
    const blocks = [SENTENCE, post('海姑娘', '2005-03-21 01:20:44'), SENTENCE, post('海姑娘', '2005-03-18 01:28:08')];
    const a = normalizeArticle(extract({ bodyBlocks: blocks }));
    expect(a.author).toBe('海姑娘');
    expect(a.published_at).toBe('2005-03-21T01:20:44+08:00');
    // The post line closes the post: the older posts below it are not this article.
    expect(a.text).toBe(SENTENCE);
    const forum = [SENTENCE, '本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.', SENTENCE, '许先生著作 [图] 大卫 20:02:45 9/12/05 (75)'];
    expect(normalizeArticle(extract({ bodyBlocks: forum })).published_at).toBe('2005-08-12T16:12:21+08:00');
    const report = [SENTENCE, '由国务院发布于2005年的这份规划提出了十项任务。', SENTENCE, SENTENCE];
    expect(normalizeArticle(extract({ url: 'http://x.example.com/a', bodyBlocks: report })).published_at).toBeNull();
  });

  it('reads a writer named on a line of their own under the title', () => {
    const a = normalizeArticle(extract({ bodyBlocks: ['胡平', '——当代中国的精神危机', SENTENCE, SENTENCE] }));
    expect(a.author).toBe('胡平');
  });

  it('takes a plain source meta only when the page shows no 来源 line', () => {
    expect(normalizeArticle(extract({ meta: { source: '北京晚报' } })).source).toBe('北京晚报');
    expect(normalizeArticle(extract({ meta: { source: '北京晚报' }, infoLines: ['来源：新华社'] })).source).toBe('新华社');
  });

  it('leaves every field null when the page says nothing', () => {
    const a = normalizeArticle(extract({ bodyBlocks: [] }));
    expect(a).toMatchObject({
      title: null, pretitle: null, subtitle: null, published_at: null, source: null, author: null, editor: null,
      site_name: null, column: null, description: null, views: null, text: '', text_original: null,
    });
  });
});
