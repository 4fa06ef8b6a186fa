import { describe, expect, it } from 'vitest';
import { extractFixture } from './helpers';

function expectGone(text: string, fragments: string[]): void {
  for (const f of fragments) expect(text, `"${f}" must not be in the body`).not.toContain(f);
}

describe('trs.html (TRS WCM, metas, div.TRS_Editor)', () => {
  const { article, page } = extractFixture('trs.html', '/202207/t20220701_123.html');

  it('reads the fields from the metas and the info line', () => {
    expect(article.title).toBe('常州举行庆祝中国共产党成立101周年座谈会');
    expect(article.published_at).toBe('2022-07-01T10:30+08:00');
    expect(article.source).toBe('常州市委政法委');
    expect(article.author).toBeNull();
    expect(article.editor).toBe('王琳');
    expect(article.site_name).toBe('常州长安网');
    expect(article.column).toBe('政法要闻');
    expect(article.keywords).toEqual(['庆祝建党101周年', '座谈会', '陈金虎']);
    expect(article.script_original).toBe('zh-Hans');
    expect(article.text_original).toBeNull();
  });

  it('keeps the whole body, in-body headings included, and nothing of the chrome', () => {
    expect(article.text.startsWith('7月1日上午，我市举行庆祝中国共产党成立101周年座谈会')).toBe(true);
    expect(article.text.endsWith('市委党建工作领导小组成员、部分基层党务工作者和党员代表参加座谈会。')).toBe(true);
    expect(article.text.split('\n')).toContain('陈金虎强调');
    expect(article.text.split('\n')).toContain('盛蕾要求');
    expectGone(article.text, ['字号', '发布时间', '上一篇', '相关阅读', '分享到', 'ICP备', '主办单位', '责任编辑', '当前位置']);
    expect([...article.text].length).toBeGreaterThan(2200);
    expect([...article.text].length).toBeLessThan(2600);
  });

  it('collects the raw facts: metas lower-cased, info line, breadcrumb, footer', () => {
    expect(page.meta['pubdate']).toBe('2022-07-01 10:30');
    expect(page.meta['contentsource']).toBe('常州市委政法委');
    expect(page.infoLines.some((l) => l.includes('发布时间:2022-07-01 10:30') && l.includes('来源:常州市委政法委'))).toBe(true);
    expect(page.breadcrumb).toEqual(['首页', '政法要闻', '正文']);
    expect(page.footerLines.some((l) => l.includes('主办单位'))).toBe(true);
    expect(page.headings).toEqual(['常州举行庆祝中国共产党成立101周年座谈会']);
  });
});

describe('hanweb.html (大汉, no metas, #zoom, 年月日 date)', () => {
  const { article } = extractFixture('hanweb.html', '/art/2023/3/15/art_1229_3518842.html');

  it('reads the title from the visible heading and the fields from the info line', () => {
    expect(article.title).toBe('宿迁市召开2023年优化营商环境工作推进会');
    expect(article.published_at).toBe('2023-03-15');
    expect(article.source).toBe('市发展改革委');
    expect(article.author).toBe('刘静');
    expect(article.editor).toBeNull();
    expect(article.views).toBe(1024);
    expect(article.site_name).toBe('宿迁市人民政府');
    expect(article.column).toBe('政务要闻');
  });

  it('keeps the five paragraphs and drops the table chrome', () => {
    const lines = article.text.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      '3月14日下午，全市2023年优化营商环境工作推进会召开。会议深入贯彻党的二十大精神和省委、省政府关于优化营商环境的决策部署，总结去年工作，部署今年任务，动员全市上下以更大力度打造市场化法治化国际化一流营商环境。市委常委、常务副市长出席会议并讲话。',
    );
    expect(lines[4].endsWith('作交流发言。')).toBe(true);
    expectGone(article.text, ['信息来源', '浏览次数', '打印本页', '相关文章', 'ICP备', '版权所有', '宿迁市召开2023年优化营商环境工作推进会']);
  });
});

describe('rongmeiti.html (引题 / 副题, JSON-LD, trailing byline)', () => {
  const { article, page } = extractFixture('rongmeiti.html', '/content/2021-05/21/004750.html');

  it('tells the 引题 and 副题 from the title', () => {
    expect(article.title).toBe('奋力书写新时代成华各项工作新篇章');
    expect(article.pretitle).toBe('胸怀“两个大局” 心系“国之大者”');
    expect(article.subtitle).toBe('2021年全区组织、宣传、统战工作会议召开 赵春淦出席并讲话 刘蓉主持');
  });

  it('reads the date from the metas and the people from the byline lines', () => {
    expect(article.published_at).toBe('2021-05-21T08:30+08:00');
    expect(article.author).toContain('周雪梅');
    expect(article.editor).toBe('刘芳');
    expect(article.views).toBe(276413);
    expect(article.site_name).toBe('成华区融媒体中心');
    expect(article.canonical_url).toBe('http://www.chrmpaper.com/content/2021-05/21/004750.html');
  });

  it('skips the invalid JSON-LD block and keeps the valid one', () => {
    expect(page.jsonLd).toHaveLength(1);
    expect((page.jsonLd[0] as { '@type': string })['@type']).toBe('NewsArticle');
  });

  it('ends the body at the last sentence, without the trailing name', () => {
    expect(article.text.startsWith('5月18日，2021年全区组织、宣传、统战工作会议召开。')).toBe(true);
    expect(article.text.endsWith('区领导蔡达林、冯军、马亚炜分别就相关工作进行安排部署。')).toBe(true);
    expectGone(article.text, ['等待处理', '上篇', '下篇', '分享到', '热点新闻', 'ICP备', '点击量', '2021年全区组织、宣传、统战工作会议召开 赵春淦']);
    expect(article.text).not.toMatch(/^胸怀/);
  });
});

describe('traditional.html (zh-Hant, pinyin debris, 二〇二三年一月四日)', () => {
  const { article, html } = extractFixture('traditional.html', '/news/2023/0105/88231.html');

  it('converts to Simplified and keeps the original', () => {
    expect(article.script_original).toBe('zh-Hant');
    expect(article.title).toBe('徐州市委常委会召开2022年度抓基层党建工作述职评议考核会议');
    expect(article.title_original).toBe('徐州市委常委會召開2022年度抓基層黨建工作述職評議考核會議');
    expect(article.text.startsWith('按照中央和省委统一部署，1月4日下午，市委常委会召开')).toBe(true);
    expect(article.text_original!.startsWith('按照中央和省委統一部署，1月4日下午，市委常委會召開')).toBe(true);
    expect(article.text_original!.split('\n')).toHaveLength(article.text.split('\n').length);
  });

  it('reads the Chinese-numeral date, the source and the reporter', () => {
    expect(article.published_at).toBe('2023-01-04');
    expect(article.source).toBe('徐州日报');
    expect(article.author).toBe('魏宁');
  });

  it('drops the pinyin debris, the byline and the disclaimer', () => {
    expect(html).toContain('統(tǒng)');
    expectGone(article.text, ['(tǒng)', '(huì)', '(qū)', 'ǒ', '声明', '阅读推荐', '新闻爆料', '版权所有', '记者 魏宁']);
    expectGone(article.text_original!, ['(tǒng)', '(huì)', 'ǒ', '聲明']);
    expect(article.text.endsWith('为推进中国式现代化徐州新实践提供更加坚强的政治和组织保证。')).toBe(true);
  });
});

describe('no-article.html (column list page)', () => {
  const { article, page } = extractFixture('no-article.html', '/col/col1229/index.html');

  it('reports no article and takes no date from the list', () => {
    expect(page.readability).toBeNull();
    expect(page.bodyBlocks).toEqual([]);
    expect(article.text).toBe('');
    expect(article.published_at).toBeNull();
  });
});

describe('notice.html (two sentences in full chrome)', () => {
  const { article } = extractFixture('notice.html', '/art/2023/6/19/art_1300_11.html');

  it('is exactly the two sentences', () => {
    expect(article.text).toBe(
      '根据国务院办公厅通知精神，现将2023年端午节放假安排通知如下：6月22日至24日放假调休，共3天。\n6月25日（星期日）上班，请各单位妥善安排好值班和安全保卫等工作。',
    );
    expect(article.title).toBe('关于2023年端午节放假安排的通知');
    expect(article.published_at).toBe('2023-06-19T16:05+08:00');
    expect(article.source).toBe('县政府办公室');
  });
});

describe('duplicate-county.html / duplicate-city.html (one 通稿 on two sites)', () => {
  const county = extractFixture('duplicate-county.html', '/news/2023/06/29/001234.html').article;
  const city = extractFixture('duplicate-city.html', '/news/2023-06/28/content_556677.html').article;

  it('reads each site’s own date and the shared source', () => {
    expect(county.title).toBe('全市党建引领基层治理现场推进会召开');
    expect(city.title).toBe('全市党建引领基层治理现场推进会召开');
    expect(county.published_at).toBe('2023-06-29T09:15+08:00');
    expect(city.published_at).toBe('2023-06-28T18:40+08:00');
    expect(county.source).toBe('宿迁日报');
    expect(city.source).toBe('宿迁日报');
  });

  it('strips the in-body 来源 line, so that only the changed sentence differs', () => {
    expect(county.text.startsWith('6月28日，全市党建引领基层治理现场推进会召开。')).toBe(true);
    const a = county.text.split('\n');
    const b = city.text.split('\n');
    expect(a.slice(0, -1)).toEqual(b.slice(0, -1));
    expect(a.at(-1)).toContain('6个县区和市直单位作交流发言');
    expect(b.at(-1)).toContain('泗阳县、沭阳县和市委组织部作交流发言');
  });
});
