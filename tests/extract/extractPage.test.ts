import { describe, expect, it } from 'vitest';
import { blocksAfter, blocksBefore, elementToBlocks, lastBlocks } from '../../lib/extract/dom';
import { extractPage } from '../../lib/extract/index';
import { normalizeArticle } from '../../lib/normalize/article';
import { extractFixture, loadDocument } from './helpers';

const PARAGRAPH = '会议强调，要坚持党建引领，健全完善县、乡、村、网格四级组织体系，推动党组织向网格、楼栋、小区延伸，把党的组织优势转化为基层治理效能。';

function page(body: string, head = ''): Document {
  return loadDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

describe('extractPage', () => {
  it('leaves the document it reads untouched', () => {
    const { html } = extractFixture('trs');
    const doc = loadDocument(html);
    const before = doc.documentElement.outerHTML;
    extractPage(doc, { keepHtml: false, url: 'http://www.example.gov.cn/202207/t20220701_123.html' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the snapshot only when asked', () => {
    const doc = page(`<div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`);
    expect(extractPage(doc, { keepHtml: false }).html).toBeNull();
    expect(extractPage(doc, { keepHtml: true }).html).toContain('<div id="zoom">');
  });

  it('resolves the canonical link against the page URL', () => {
    const doc = page(`<p>${PARAGRAPH}</p>`, '<link rel="canonical" href="/a/1.html">');
    expect(extractPage(doc, { keepHtml: false, url: 'http://x.gov.cn/b/2.html' }).canonicalUrl).toBe('http://x.gov.cn/a/1.html');
  });

  it('takes no date from a copyright line or a list of other articles', () => {
    const doc = page(`
      <div class="list"><ul>
        <li><a href="/1.html">县委常委会召开会议传达学习省委全会精神</a> 2023-06-20</li>
        <li><a href="/2.html">县政府召开常务会议研究部署防汛抗旱工作</a> 2023-06-19</li>
      </ul></div>
      <h1>全县安全生产大检查工作推进会召开</h1>
      <div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>
      <div class="footer">Copyright © 2023 某县人民政府 版权所有</div>`);
    const article = normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://x.gov.cn/news/show.aspx?id=7' }));
    expect(article.text).toContain('会议强调');
    expect(article.published_at).toBeNull();
  });

  it('reads a labelled date in an info line under the title', () => {
    const doc = page(`<h1>全县安全生产大检查工作推进会召开</h1><div class="info">发布日期：2023年06月15日 09:30　来源：县应急管理局</div>
      <div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`);
    const article = normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://x.gov.cn/a.html' }));
    expect(article.published_at).toBe('2023-06-15T09:30+08:00');
    expect(article.source).toBe('县应急管理局');
  });

  it('reads the date between the title and a body that opens by repeating the title', () => {
    const doc = page(`<div class="nav"><a href="/">首页</a> <a href="/gzdt/">工作动态</a></div>
      <div class="heading">全县儿童心理素质发展现状调查研究报告</div>
      <div class="date">2005-03-06 16:17:00</div>
      <div id="zoom"><p>全县儿童心理素质发展现状调查研究报告</p><p>县妇女儿童工作委员会课题组</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`);
    const article = normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://x.gov.cn/a.html' }));
    expect(article.title).toBe('全县儿童心理素质发展现状调查研究报告');
    expect(article.published_at).toBe('2005-03-06T16:17:00+08:00');
  });

  it('reads a bare date printed straight after the last sentence, but no date of a list after the body', () => {
    const list = `<div class="related"><div>县政府召开常务会议研究部署防汛抗旱工作</div><div>2019-09-01 08:00</div></div>`;
    const dated = page(`<h1>全县安全生产大检查工作推进会召开</h1><div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>
      <div class="action"><span class="time">2019-09-08 11:42:03</span></div><div>举报</div><div>分享到</div>
      <div class="related"><div>相关推荐</div><div>县政府召开常务会议研究部署防汛抗旱工作</div></div>`);
    const url = 'http://x.gov.cn/a.html';
    expect(normalizeArticle(extractPage(dated, { keepHtml: false, url })).published_at).toBe('2019-09-08T11:42:03+08:00');
    const undated = page(`<h1>全县安全生产大检查工作推进会召开</h1><div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>${list}`);
    expect(normalizeArticle(extractPage(undated, { keepHtml: false, url })).published_at).toBeNull();
    const dateFirstList = page(`<h1>全县安全生产大检查工作推进会召开</h1><div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>
      <div class="list"><div>2019-09-01</div><div>县政府召开常务会议研究部署防汛抗旱工作</div><div>2019-08-30</div><div>县委理论学习中心组举行集体学习</div></div>`);
    expect(normalizeArticle(extractPage(dateFirstList, { keepHtml: false, url })).published_at).toBeNull();
  });

  it('reads 发布日期 from a document index table a few rows above the title, not today’s date in the header', () => {
    const doc = page(`<div class="top">当前日期：2024年05月20日</div><div class="nav">首页 > 政务公开 > 政府文件</div>
      <table class="xxgk"><tr><td>索引号：</td><td>11330000002482870D/2022-12345</td><td>分类：</td><td>政府文件</td></tr>
      <tr><td>发布机构：</td><td>省政府办公厅</td><td>发布日期：</td><td>2022-07-01</td></tr>
      <tr><td>名称：</td><td>关于进一步优化营商环境的通知</td></tr>
      <tr><td>文号：</td><td>浙政办发〔2022〕30号</td><td>主题词：</td><td>营商环境</td></tr></table>
      <h1>关于进一步优化营商环境的通知</h1><div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`);
    const article = normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://x.gov.cn/art/show.html?id=1' }));
    expect(article.published_at).toBe('2022-07-01');
  });

  it('takes no date from a header that shows the day of the visit', () => {
    for (const today of ['当前日期：2024年05月20日', '今天是：2024年5月20日 星期一']) {
      const doc = page(`<div class="top">${today}</div><h1>全县安全生产大检查工作推进会召开</h1>
        <div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`);
      expect(normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://x.gov.cn/a.html' })).published_at).toBeNull();
    }
  });

  it('falls back to the date in a TRS URL when the page states none', () => {
    const doc = page(`<h1>全县安全生产大检查工作推进会召开</h1><div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`);
    const article = normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://x.gov.cn/202306/t20230615_9.html' }));
    expect(article.published_at).toBe('2023-06-15');
  });
});

describe('elementToBlocks', () => {
  it('makes one block per paragraph, per <br> line and per table row (cells joined by tabs)', () => {
    const doc = page(`<div id="a"><p>第一段。</p><p>第二段<br>第二行</p>
      <table><tr><th>项目</th><th>金额</th></tr><tr><td>道路</td><td>1200万元</td></tr></table>
      <script>var x = 1;</script><p style="display:none">隐藏</p><p>末段<strong>加粗</strong>。</p></div>`);
    expect(elementToBlocks(doc.getElementById('a')!)).toEqual(['第一段。', '第二段', '第二行', '项目\t金额', '道路\t1200万元', '末段加粗。']);
  });

  it('joins a line that stops at a comma with the next one (a <br> or a split <p> inside a sentence)', () => {
    const doc = page(`<div id="a"><p>下周一，<br>京沪高速施工将进入第二阶段、<br>影响最大。</p><p>各科室：</p><p>请做好值班安排，</p><p>确保工作正常运转。</p>
      <table><tr><td>道路，</td><td>1200万元</td></tr><tr><td>桥梁</td><td>800万元</td></tr></table></div>`);
    expect(elementToBlocks(doc.getElementById('a')!)).toEqual([
      '下周一，京沪高速施工将进入第二阶段、影响最大。',
      '各科室：',
      '请做好值班安排，确保工作正常运转。',
      '道路，\t1200万元',
      '桥梁\t800万元',
    ]);
  });

  it('walks layout tables (cells holding paragraphs) as blocks, not rows', () => {
    const doc = page(`<table id="t"><tr><td><p>甲段。</p><p>乙段。</p></td><td><div>丙段。</div></td></tr></table>`);
    expect(elementToBlocks(doc.getElementById('t')!)).toEqual(['甲段。', '乙段。', '丙段。']);
  });
});

describe('an article inside a broken template', () => {
  it('takes the article over a disclaimer in the footer when a template left it inside an unclosed banner', () => {
    // An unclosed <div id="ad_banner_list"> swallows the rest of the page, the footer included.
    const doc = page(`<div class="div225" id="ad_banner_list"><div style="text-align:left">
      <p>　　中新网1月17日电 据外电报道，大型游轮于当地时间13日晚在附近海域触礁搁浅。消费者权利协会17日称，70多名乘客决定对游轮的所有方提出共同起诉。</p>
      <p>　　协会主管发布声明称，“在我们协会的倡议下，70多名游轮乘客加入到共同起诉的行列。”</p>
      <p>　　大型游轮在附近海域触礁搁浅，造成船体渗水，并出现倾斜。事故发生时游轮上共有4200多人。<table align=left>
      </div>
      <div class="pagebottom"><div class="pagebottom_2">本网站所刊载信息，不代表本社和本网观点。 刊用本网站稿件，务经书面授权。</div>
      <div class="pagebottom_2">未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</div></div>`);
    const { text } = normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://x.com/a.html' }));
    expect(text).toContain('70多名乘客决定对游轮的所有方提出共同起诉');
    expect(text).toContain('事故发生时游轮上共有4200多人');
    expect(text).not.toContain('未经授权禁止转载');
  });
});

describe('teasers of other articles', () => {
  it('leaves out a list of summaries cut short with a spaced ellipsis next to the article', () => {
    const teaser = (n: number) =>
      `<li><a href="/${n}.html">抽中公司「迟到券」 迟返工免扣薪${n}</a><div class="preview"><p>【明报专讯】公司年终晚宴通常有抽奖活动，但上海一名员工在公司年会竟抽到「迟到券」作奖品，凭券返工可「奉旨迟到」不会被扣钱。她将这消息上载微博后 ...</p></div></li>`;
    const doc = page(`<div class="main"><div class="story"><h1>港铁农历新年加强服务</h1>
      <p>为方便乘客于农历新年期间外出，港铁列车服务和部份轻铁路线于大除夕晚将会提供通宵服务。</p>
      <p>鉴于农历新年前的周六，会有较多市民外出购物或参加聚会，荃湾线和观塘线特别于午饭和晚饭时间加强服务。</p>
      <p>另外，机场快线将由以往12分钟一班车，加密至10分钟一班车，方便旅客来往市区及机场。</p></div>
      <div class="top-story"><h3>最热门新闻</h3><ul>${[1, 2, 3, 4, 5].map(teaser).join('')}</ul></div></div>`);
    const blocks = extractPage(doc, { keepHtml: false }).bodyBlocks;
    expect(blocks.join('\n')).toContain('机场快线将由以往12分钟一班车');
    expect(blocks.some((b) => b.includes('迟到券'))).toBe(false);
  });
});

describe('polls', () => {
  const option = (q: number, text: string) =>
    `<tr><td>&nbsp;</td><td><input type="radio" name="q${q}" value="1"></td><td>${text}</td></tr>`;
  const poll = `<form name="voteForm" action="/poll.php"><h2>调查</h2><table>
    <tr><td colspan="3"><strong>1.你如何看待这次安全生产大检查？</strong></td></tr>
    ${option(1, '很有必要，隐患排查要常态化、制度化')}${option(1, '形式大于内容，关键在于整改落实')}${option(1, '很难说，要看后续效果如何')}
    </table><input type="submit" value="投票"></form>`;

  it('leaves a survey of radio buttons after the article out of the body', () => {
    const doc = page(`<div class="article"><h1>全县安全生产大检查工作推进会召开</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${poll}</div>`);
    const blocks = extractPage(doc, { keepHtml: false }).bodyBlocks;
    expect(blocks).toContain(PARAGRAPH);
    expect(blocks.some((b) => b.includes('隐患排查要常态化') || b.includes('你如何看待'))).toBe(false);
  });

  it('keeps an article inside a page-wide form (ASP.NET) that also holds radio buttons', () => {
    const search = ['标题', '全文', '文号'].map((s) => `<input type="radio" name="scope" value="${s}">${s}`).join(' ');
    const paragraphs = Array.from({ length: 3 }, () => `<p>${PARAGRAPH}</p>`).join('');
    const doc = page(`<form id="form1" method="post" action="./show.aspx?id=7"><div class="search">${search}</div>
      <div class="article"><h1>全县安全生产大检查工作推进会召开</h1>${paragraphs}</div></form>`);
    expect(extractPage(doc, { keepHtml: false }).bodyBlocks.filter((b) => b === PARAGRAPH)).toHaveLength(3);
  });
});

describe('lines around an element', () => {
  const doc = page(`<div id="top"><p>甲</p><p>乙<br>丙</p></div><div><span>丁</span><div id="mid"><p>戊。</p></div>己</div>
    <table><tr><td>庚</td><td>辛</td></tr></table><div id="end"><p>壬</p><p>癸</p></div>`);
  const mid = doc.getElementById('mid')!;

  it('reads the lines before an element, nearest last, as the whole-page conversion has them', () => {
    const all = elementToBlocks(doc.body);
    expect(blocksBefore(mid, 10)).toEqual(all.slice(0, all.indexOf('戊。')));
    expect(blocksBefore(mid, 2)).toEqual(['丙', '丁']);
  });

  it('reads the lines after an element up to a limit, table rows as cells joined by tabs', () => {
    expect(blocksAfter(mid, 2)).toEqual(['己', '庚\t辛']);
    expect(blocksAfter(mid, 10)).toEqual(['己', '庚\t辛', '壬', '癸']);
  });

  it('reads the last lines of the page back to an element it must not enter', () => {
    expect(lastBlocks(doc.body, 3, mid)).toEqual(['庚\t辛', '壬', '癸']);
    expect(lastBlocks(doc.body, 10, mid)).toEqual(['己', '庚\t辛', '壬', '癸']);
  });
});

describe('a portal page with a large menu and long related lists', () => {
  const menu = Array.from({ length: 300 }, (_, i) => `<li><a href="/c/${i}/">栏目${i}政务公开</a></li>`).join('');
  const related = Array.from({ length: 400 }, (_, i) => `<li><a href="/t_${i}.html">关于做好第${i}项工作的通知</a><span>2021-03-0${(i % 9) + 1}</span></li>`).join('');
  const doc = page(`<ul class="nav">${menu}</ul>
    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwyw/">政务要闻</a></div>
    <div class="article"><h1>全市高质量发展推进会召开</h1>
      <div class="info"><span>发布时间：2023-01-01 09:00</span> <span>来源：市政府办公室</span></div>
      <div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>
      <p>责任编辑：张三</p></div>
    <div class="related"><ul>${related}</ul></div>
    <div class="footer"><p>主办单位：某市人民政府办公室</p><p>苏ICP备00000000号</p></div>`);
  const x = extractPage(doc, { keepHtml: false, url: 'http://x.gov.cn/a.html' });

  it('finds the body, title, info lines, breadcrumb and footer around the article', () => {
    expect(x.bodyBlocks).toEqual([PARAGRAPH, PARAGRAPH, PARAGRAPH]);
    expect(x.headings).toEqual(['全市高质量发展推进会召开']);
    expect(x.infoLines).toEqual(['发布时间：2023-01-01 09:00 来源：市政府办公室', '责任编辑：张三']);
    expect(x.breadcrumb).toEqual(['首页', '政务要闻']);
    expect(x.footerLines).toEqual(['主办单位：某市人民政府办公室', '苏ICP备00000000号']);
  });

  it('takes no dated line of the related list for an info line', () => {
    expect(x.infoLines.some((l) => l.includes('通知'))).toBe(false);
  });
});

describe('title without h1 or matching <title>', () => {
  it('takes the heading-like element standing right above the body', () => {
    const doc = page(
      `<div class="head"><div class="logo">某市人民政府</div></div>
       <table><tr><td class="title">全市安全生产大检查工作推进会召开</td></tr>
       <tr><td class="info">发布日期：2023-06-15　来源：市应急管理局</td></tr>
       <tr><td><div id="zoom"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div></td></tr></table>`,
      '<title>某市人民政府</title><meta name="SiteName" content="某市人民政府">',
    );
    const x = extractPage(doc, { keepHtml: false, url: 'http://x.gov.cn/a.html' });
    expect(x.headings).toEqual(['全市安全生产大检查工作推进会召开']);
    const article = normalizeArticle(x);
    expect(article.title).toBe('全市安全生产大检查工作推进会召开');
    expect(article.published_at).toBe('2023-06-15');
    expect(article.site_name).toBe('某市人民政府');
  });
});

// The raw facts extractPage collects on fixture pages, before normalizing (what a reader checks of the normalized
// article is in each page's expected.json).
describe('extractPage on fixture pages', () => {
  it('trs: metas lower-cased, the info line, the breadcrumb, the footer, the headings', () => {
    const { page } = extractFixture('trs');
    expect(page.meta['pubdate']).toBe('2022-07-01 10:30');
    expect(page.meta['contentsource']).toBe('常州市委政法委');
    expect(page.infoLines.some((l) => l.includes('发布时间:2022-07-01 10:30') && l.includes('来源:常州市委政法委'))).toBe(true);
    expect(page.breadcrumb).toEqual(['首页', '政法要闻', '正文']);
    expect(page.footerLines.some((l) => l.includes('主办单位'))).toBe(true);
    expect(page.headings).toEqual(['常州举行庆祝中国共产党成立101周年座谈会']);
  });

  it('rongmeiti: skips the invalid JSON-LD block and keeps the valid one', () => {
    const { page } = extractFixture('rongmeiti');
    expect(page.jsonLd).toHaveLength(1);
    expect((page.jsonLd[0] as { '@type': string })['@type']).toBe('NewsArticle');
  });

  it('no-article: a column list page gives neither a Readability article nor body blocks', () => {
    const { page } = extractFixture('no-article');
    expect(page.readability).toBeNull();
    expect(page.bodyBlocks).toEqual([]);
  });
});
