// The rules the government and party site layouts needed, each on inline pages of its own (what a reader checks on
// the fixture pages themselves is in their expected.json, run by pages.test.ts).
import { describe, expect, it } from 'vitest';
import { elementToBlocks } from '../../lib/extract/dom';
import { collectInfoLines, locate, scriptWrittenText } from '../../lib/extract/info';
import { extractPage } from '../../lib/extract/index';
import { normalizeArticle } from '../../lib/normalize/article';
import { isLikelyName, parseInfoLines } from '../../lib/normalize/byline';
import { loadDocument } from './helpers';

function articleOf(body: string, head = '') {
  const doc = loadDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
  return normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://www.example.gov.cn/tzgg/content_1.html' }));
}

const NOTICE = '因道路施工，6月18日全天东进路实行交通管制。请过往车辆提前绕行，由此带来的不便敬请谅解。';

describe('a one-paragraph document among short plain lines', () => {
  const page = (inside: string) => `
    <div class="nav"><a href="/">首页</a><a href="/tzgg/">通知公告</a><a href="/zwgk/">政务公开</a></div>
    <h1>关于东进路交通管制的通告</h1>
    <div class="info">发布日期：2023-06-16</div>
    <div id="zoom">${inside}</div>
    <div class="tools"><a href="javascript:window.print()">【打印本页】</a></div>
    <div class="footer">主办单位：某市人民政府办公室</div>`;

  it('keeps the 落款 under the one paragraph', () => {
    const text = articleOf(page(`<p>${NOTICE}</p><p>某市公安局交通警察支队</p><p>二〇二三年六月十六日</p>`)).text;
    expect(text.split('\n')).toEqual([NOTICE, '某市公安局交通警察支队', '二〇二三年六月十六日']);
  });

  it('keeps the salutation and a linked 附件 around it; the 文号 above them is the doc_no field', () => {
    const article = articleOf(
      page(`<p>某政发〔2023〕36号</p><p>各镇人民政府，市各委办局：</p><p>${NOTICE}</p><p>附件：<a href="/f/1.docx">管制路段示意图</a></p>`),
    );
    expect(article.text.split('\n')).toEqual(['各镇人民政府，市各委办局：', NOTICE, '附件：管制路段示意图']);
    expect(article.doc_no).toBe('某政发〔2023〕36号');
  });

  it('keeps an attachment line whose file name is a link', () => {
    const sentence = '现将2023年第二季度行政处罚信息予以公示（详见附件）。';
    const text = articleOf(page(`<p>${sentence}</p><p>附件：<a href="/f/1.pdf">2023年第二季度行政处罚信息公示表.pdf</a></p>`)).text;
    expect(text.split('\n')).toEqual([sentence, '附件：2023年第二季度行政处罚信息公示表.pdf']);
  });

  it('is the paragraph alone when only tools or site lines stand beside it', () => {
    expect(articleOf(page(`<p>${NOTICE}</p><p><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></p>`)).text).toBe(NOTICE);
    expect(articleOf(page(`<p>${NOTICE}</p><p>版权所有 某市人民政府</p>`)).text).toBe(NOTICE);
  });
});

describe('发布机构 / 发文机关 of a 信息公开 index table', () => {
  it('is the source when no 来源 names one', () => {
    expect(parseInfoLines(['索引号：\t014000319/2022-00123', '发布机构：\t市政府办公室\t成文日期：\t2022-06-28']).source).toBe('市政府办公室');
    expect(parseInfoLines(['发文机关：省人民政府  成文日期：2022-06-28']).source).toBe('省人民政府');
  });

  it('is read from a table row whose label cells have no colon', () => {
    const info = parseInfoLines(['索引号\t014193546/2023-00118\t分类\t城乡建设', '发布机构\t泰兴市人民政府\t发文日期\t2023-06-13']);
    expect(info.source).toBe('泰兴市人民政府');
  });

  it('gives way to a 来源 line', () => {
    expect(parseInfoLines(['发布机构：市政府办公室', '来源：市应急管理局']).source).toBe('市应急管理局');
  });
});

describe('labelled lines closing the body', () => {
  const lines = ['标题', '来源：区融媒体中心', '第一段正文，内容很长。', '第二段正文，内容也很长。', '编辑：孙悦', '审核：周涛', '终审：吴刚', '上一篇：别的文章'];

  it('are all info lines, however many stand above the last one', () => {
    const info = collectInfoLines(lines, locate(lines, '标题', lines.slice(2, 7)));
    expect(info).toEqual(['来源：区融媒体中心', '编辑：孙悦', '审核：周涛', '终审：吴刚']);
    expect(parseInfoLines(info).editor).toBe('孙悦 周涛 吴刚');
  });
});

describe('credit lines under the body', () => {
  const lines = ['标题', '2024-03-01', '第一段正文，内容很长。', '第二段正文，内容也很长。', '（通讯员 李四）', '张三 摄', '编辑|王五', '相关报道', '连续报道'];

  it('are info lines when the credit grammar reads them, not a word before 报道 (a link to more)', () => {
    const info = collectInfoLines(lines, locate(lines, '标题', lines.slice(2, 4)));
    expect(info).toEqual(['2024-03-01', '（通讯员 李四）', '张三 摄', '编辑|王五']);
    expect(parseInfoLines(info)).toMatchObject({ author: '李四 张三', editor: '王五' });
  });
});

describe('an info line written by a script', () => {
  it('is the text of the write call, markup and entities resolved', () => {
    expect(scriptWrittenText(`document.write('发布时间：2023-06-15&nbsp;&nbsp;来源：市委组织部');`)).toBe('发布时间：2023-06-15 来源：市委组织部');
    expect(scriptWrittenText(`document.write("<span>来源：" + "县政府办" + "</span>");`)).toBe('来源：县政府办');
    expect(scriptWrittenText(`var a = '2023-06-15';`)).toBeNull();
  });

  const paragraphs = '<p>6月12日至14日，全市新任村党组织书记示范培训班在市委党校举办，120名学员参加培训。</p><p>培训班采取专题辅导、现场教学、交流研讨等方式，帮助学员尽快进入状态。</p>';

  it('gives the date and source when it stands between title and body', () => {
    const a = articleOf(`<h2>我市举办新任村党组织书记示范培训班</h2>
      <div class="info"><script>document.write('发布时间：2023-06-15&nbsp;来源：市委组织部');</script></div>
      <div id="content">${paragraphs}</div>`,
      '<title>我市举办新任村党组织书记示范培训班_先锋网</title>');
    expect(a.published_at).toBe('2023-06-15');
    expect(a.source).toBe('市委组织部');
  });

  it('is not read elsewhere on the page (a header script printing a date)', () => {
    const a = articleOf(`<div class="top"><script>document.write('发布时间：2020-01-01');</script></div>
      <h2>我市举办新任村党组织书记示范培训班</h2>
      <div id="content">${paragraphs}</div>`,
      '<title>我市举办新任村党组织书记示范培训班_先锋网</title>');
    expect(a.published_at).toBeNull();
  });
});

describe('the 三审三校 sign-off under a body', () => {
  const paragraphs = [
    '6月14日，全市夏季治安打击整治行动动员部署会召开，标志着为期100天的夏季治安打击整治行动全面启动。',
    '会议要求，各地各部门要聚焦群众反映强烈的突出治安问题，依法严厉打击违法犯罪，全力维护社会大局持续安全稳定。',
  ];
  const page = (tail: string[]) =>
    articleOf(`<h1>我市开展夏季治安打击整治行动</h1><div class="info">发布时间：2023-06-15 来源：市公安局</div>
      <div id="zoom">${[...paragraphs, ...tail].map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="footer">主办单位：某市人民政府办公室</div>`);

  it('names the editors and leaves the body', () => {
    const a = page(['一审：张强', '二审：王刚', '三审：赵丽']);
    expect(a.text.split('\n')).toEqual(paragraphs);
    expect(a.editor).toBe('张强 王刚 赵丽');
  });

  it('is read on one line after 编辑, and production credits go too', () => {
    expect(parseInfoLines(['编辑：李明 一审：张强 二审：王刚 三审：赵丽']).editor).toBe('李明 张强 王刚 赵丽');
    expect(page(['审稿：张强', '核稿：王刚']).editor).toBe('张强 王刚');
    expect(parseInfoLines(['签发：赵丽']).editor).toBe('赵丽');
    expect(page(['统筹：张强', '监制：王刚', '出品：某市融媒体中心']).text.split('\n')).toEqual(paragraphs);
  });

  it('page tools are never a lone name (关闭窗口 starts with a surname)', () => {
    expect(isLikelyName('关闭窗口')).toBe(false);
    expect(isLikelyName('关闭')).toBe(true);
    expect(page(['打印本页 | 关闭窗口 | 收藏本页']).author).toBeNull();
  });
});

describe('a credit line naming reporters and correspondents above the body', () => {
  const paragraphs = [
    '6月14日，全市夏季治安打击整治行动动员部署会召开，标志着为期100天的夏季治安打击整治行动全面启动。',
    '会议要求，各地各部门要聚焦群众反映强烈的突出治安问题，依法严厉打击违法犯罪，全力维护社会大局持续安全稳定。',
  ];
  const page = (credit: string) =>
    articleOf(`<h1>我市开展夏季治安打击整治行动</h1><div class="info">发布时间：2023-06-15</div>
      <div id="zoom">${[credit, ...paragraphs].map((p) => `<p>${p}</p>`).join('')}</div>`);

  it.each(['本报记者 李明 通讯员 张强', '□记者 李明 通讯员 张强', '融媒体记者 李明 通讯员 张强'])('%s: names both, leaves the body', (credit) => {
    const a = page(credit);
    expect(a.author).toBe('李明 张强');
    expect(a.text.split('\n')).toEqual(paragraphs);
  });
});

describe('an empty counter line a script was to fill', () => {
  it.each(['阅读次数：', '点击次数：', '访问次数：'])('%s is no body line', (counter) => {
    const paragraph = '6月14日，全市夏季治安打击整治行动动员部署会召开，标志着为期100天的夏季治安打击整治行动全面启动。';
    const a = articleOf(`<h1>我市开展夏季治安打击整治行动</h1><div id="zoom"><p>${counter}</p><p>${paragraph}</p><p>${paragraph}</p></div>`);
    expect(a.text.split('\n')).toEqual([paragraph, paragraph]);
  });
});

describe('the title of a page whose <title> is only the site name', () => {
  const paragraphs = ['6月14日，全市夏季治安打击整治行动动员部署会召开，标志着为期100天的夏季治安打击整治行动全面启动。', '会议要求，各地各部门要聚焦突出治安问题，依法严厉打击违法犯罪，全力维护社会大局持续安全稳定。']
    .map((p) => `<p>${p}</p>`)
    .join('');
  const page = (header: string, title: string) =>
    articleOf(
      `${header}<div class="nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a></div>${title}
       <div class="info">发布时间：2023-06-15 来源：市公安局</div><div id="zoom">${paragraphs}</div>`,
      '<title>某市人民政府</title>',
    );

  it('is the heading above the body, not the logo <h1> that repeats the site name', () => {
    const a = page('<div class="logo"><h1>某市人民政府</h1></div>', '<div class="article-title">我市开展夏季治安打击整治行动</div>');
    expect(a.title).toBe('我市开展夏季治安打击整治行动');
  });

  it('is a centred bold line above the body, as old templates write it', () => {
    expect(page('', '<p align="center"><font size="5"><b>我市开展夏季治安打击整治行动</b></font></p>').title).toBe('我市开展夏季治安打击整治行动');
    expect(page('', '<table><tr><td style="text-align: center"><strong>我市开展夏季治安打击整治行动</strong></td></tr></table>').title).toBe(
      '我市开展夏季治安打击整治行动',
    );
  });

  it('is never a centred bold link (a menu entry)', () => {
    expect(page('', '<table><tr><td align="center"><b><a href="/en/">English Version</a></b></td></tr></table>').title).toBe('某市人民政府');
  });
});

describe('credits and source notes under a government article', () => {
  const paragraphs = [
    '6月14日，全市夏季治安打击整治行动动员部署会召开，标志着为期100天的夏季治安打击整治行动全面启动。',
    '会议要求，各地各部门要聚焦群众反映强烈的突出治安问题，依法严厉打击违法犯罪，全力维护社会大局持续安全稳定。',
  ];
  const page = (tail: string) =>
    articleOf(`<h1>我市开展夏季治安打击整治行动</h1><div class="info">发布时间：2023-06-15</div>
      <div id="zoom">${[...paragraphs, tail].map((p) => `<p>${p}</p>`).join('')}</div>`);

  it.each(['（泰兴市融媒体中心）', '（市应急管理局）', '（市公安局供稿）'])('%s, the crediting unit, leaves the body', (note) => {
    expect(page(note).text.split('\n')).toEqual(paragraphs);
  });

  it.each([
    ['文/李明 图/张强', '李明 张强'],
    ['（文/李明 图/张强）', '李明 张强'],
    ['图片：张强', '张强'],
  ])('%s names the writers and leaves the body', (credit, author) => {
    const a = page(credit);
    expect(a.author).toBe(author);
    expect(a.text.split('\n')).toEqual(paragraphs);
  });

  it('供稿 names a source when it is a unit, an author when it is a person', () => {
    const unit = page('（供稿：市公安局）');
    expect(unit.source).toBe('市公安局');
    expect(unit.author).toBeNull();
    expect(unit.text.split('\n')).toEqual(paragraphs);
    expect(page('供稿：张强').author).toBe('张强');
  });
});

describe('a parenthesised note of the document itself', () => {
  it('stays: （此件公开发布） is no source note', () => {
    const paragraph = '现将《某市2023年城乡环境综合整治工作方案》印发给你们，请结合实际，认真贯彻执行。';
    const a = articleOf(`<h1>某市人民政府关于印发工作方案的通知</h1><div id="zoom"><p>${paragraph}</p><p>某市人民政府</p><p>2023年6月13日</p><p>（此件公开发布）</p></div>`);
    expect(a.text.split('\n')).toEqual([paragraph, '某市人民政府', '2023年6月13日', '（此件公开发布）']);
  });
});

describe('a <title> that is only the site name, with 引题 and 副题 beside the title', () => {
  const a = articleOf(
    `<div class="nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a></div>
     <div class="yt">深化平安建设 守护万家灯火</div><h1>我市开展夏季治安打击整治行动</h1><div class="fbt">——全市夏季治安打击整治行动动员部署会侧记</div>
     <div class="info">发布时间：2023-06-15</div>
     <div id="zoom"><p>6月14日，全市夏季治安打击整治行动动员部署会召开，标志着为期100天的夏季治安打击整治行动全面启动。</p><p>会议要求，各地各部门要依法严厉打击违法犯罪，全力维护社会大局持续安全稳定。</p></div>`,
    '<title>某市人民政府</title>',
  );

  it('takes the title element, not the site name, and the headings beside it', () => {
    expect(a.title).toBe('我市开展夏季治安打击整治行动');
    expect(a.pretitle).toBe('深化平安建设 守护万家灯火');
    expect(a.subtitle).toBe('全市夏季治安打击整治行动动员部署会侧记');
  });

  it('names the site after that <title>', () => {
    expect(a.site_name).toBe('某市人民政府');
  });
});

describe('a table exported from Word (one paragraph per cell)', () => {
  const table = (cell2: string) =>
    loadDocument(
      `<table><tr><td><p class="MsoNormal">阶段</p></td><td><p class="MsoNormal">时间</p></td></tr>` +
        `<tr><td><p class="MsoNormal">动员部署</p></td><td>${cell2}</td></tr>` +
        `<tr><td><p class="MsoNormal">集中整治</p></td><td><p class="MsoNormal">6月16日至8月15日</p></td></tr></table>`,
    ).querySelector('table')!;

  it('is read as rows of tab-separated cells', () => {
    expect(elementToBlocks(table('<p class="MsoNormal"><span>6</span><span>月15日前</span></p>'))).toEqual([
      '阶段\t时间',
      '动员部署\t6月15日前',
      '集中整治\t6月16日至8月15日',
    ]);
  });

  it('is a layout when a cell holds several paragraphs or broken lines', () => {
    expect(elementToBlocks(table('<p>第一段。</p><p>第二段。</p>'))).toContain('第二段。');
    expect(elementToBlocks(table('<p>第一行<br>第二行</p>'))).toContain('第二行');
  });
});

describe('a notice that only points to its attachment', () => {
  const page = (inside: string) =>
    articleOf(`<div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a></div>
      <h1>2023年第二季度行政处罚信息公示</h1><div class="info">发布日期：2023-07-05 信息来源：市市场监管局</div>
      <div id="zoom">${inside}</div>
      <div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
      <div class="footer">主办单位：某市人民政府办公室</div>`);

  it('is its sentence and its attachment line, too short for the body finders', () => {
    const a = page('<p>详见附件。</p><p>附件：<a href="/f/1.pdf">2023年第二季度行政处罚信息公示表.pdf</a></p>');
    expect(a.text.split('\n')).toEqual(['详见附件。', '附件：2023年第二季度行政处罚信息公示表.pdf']);
    expect(a.published_at).toBe('2023-07-05');
    expect(a.source).toBe('市市场监管局');
  });

  it('is nothing when the title is followed by links to other pages', () => {
    expect(page('<ul><li><a href="/a/1.html">某市召开安全生产工作会议</a></li><li><a href="/a/2.html">某市开展消防演练</a></li></ul>').text).toBe('');
  });
});

describe('融媒体 app and WeChat debris around a body', () => {
  const paragraphs = [
    '6月14日，全市夏季治安打击整治行动动员部署会召开，标志着为期100天的夏季治安打击整治行动全面启动。',
    '会议要求，各地各部门要聚焦群众反映强烈的突出治安问题，依法严厉打击违法犯罪，全力维护社会大局持续安全稳定。',
  ];
  const page = (head: string[], tail: string[]) =>
    articleOf(`<h1>我市开展夏季治安打击整治行动</h1>
      <div id="zoom">${[...head, ...paragraphs, ...tail].map((p) => `<p>${p}</p>`).join('')}</div>`).text.split('\n');

  it.each([['2023-06-15 09:12 泰兴发布'], ['原创 泰兴发布 泰兴发布 2023-06-15 09:12 发表于江苏']])('drops the header line %s', (line) => {
    expect(page([line], [])).toEqual(paragraphs);
  });

  it.each([['打开APP，阅读全文'], ['阅读原文'], ['点赞 收藏 分享'], ['爆料电话：0523-87654321'], ['新闻热线：0523-87654321']])('drops the tail line %s', (line) => {
    expect(page([], [line])).toEqual(paragraphs);
  });
});

describe('an interview opening with the reporter’s question', () => {
  it('names no author from the questions and keeps them', () => {
    const lines = [
      '记者：请您介绍一下《若干措施》出台的背景？',
      '张华：民营经济是推动我市高质量发展的重要力量，出台《若干措施》是为了进一步优化民营经济发展环境。',
      '记者：《若干措施》有哪些亮点？',
      '张华：主要有三个方面的亮点，一是放宽市场准入，二是加强要素保障，三是优化政务服务。',
    ];
    const a = articleOf(`<h1>市发展改革委负责人就《若干措施》答记者问</h1><div class="info">发布时间：2023-06-20</div>
      <div id="zoom">${lines.map((l) => `<p>${l}</p>`).join('')}</div>`);
    expect(a.author).toBeNull();
    expect(a.text.split('\n')).toEqual(lines);
    expect(parseInfoLines(['记者：《若干措施》有哪些亮点？']).author).toBeNull();
    expect(parseInfoLines(['记者：李明']).author).toBe('李明');
  });
});
