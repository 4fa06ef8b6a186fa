// Government templates, second batch (tests/fixtures/pages/README.md, "Government templates" from speech.html on):
// what a reader checks on each page, and the rules these layouts needed, each on inline pages of its own.
import { describe, expect, it } from 'vitest';
import { headingText } from '../../lib/extract/dom';
import { extractPage } from '../../lib/extract/index';
import { collectBreadcrumb } from '../../lib/extract/info';
import { normalizeArticle } from '../../lib/normalize/article';
import { isBoilerplateLine } from '../../lib/normalize/boilerplate';
import { speakerOf } from '../../lib/normalize/byline';
import { cleanTitle } from '../../lib/normalize/title';
import { extractFixture, loadDocument } from './helpers';

function expectGone(text: string, fragments: string[]): void {
  for (const f of fragments) expect(text, `"${f}" must not be in the body`).not.toContain(f);
}

const CHROME = ['主办', 'ICP备', '公网安备', '当前位置', '您现在的位置', '您当前的位置', '版权所有', '上一篇', '下一篇'];

function articleOf(html: string, url = 'http://www.example.gov.cn/a/content_1.html') {
  return normalizeArticle(extractPage(loadDocument(html), { keepHtml: false, url }));
}

describe('jiwei.html (纪委监委 审查调查 notice: one 据…消息 sentence)', () => {
  const { article } = extractFixture('jiwei.html', '/scdc/zjsc/202306/t20230620_99121.html');

  it('reads the info line and the breadcrumb', () => {
    expect(article.title).toBe('泰州市交通运输局原党组成员、副局长王志刚接受纪律审查和监察调查');
    expect(article.published_at).toBe('2023-06-20T17:05+08:00');
    expect(article.source).toBe('泰州市纪委监委');
    expect(article.author).toBeNull();
    expect(article.editor).toBeNull();
    expect(article.site_name).toBe('泰州廉政网');
    expect(article.column).toBe('执纪审查');
  });

  it('is the one sentence, none of the side list of other notices', () => {
    expect(article.text).toBe(
      '据泰州市纪委监委消息：泰州市交通运输局原党组成员、副局长王志刚涉嫌严重违纪违法，目前正接受泰州市纪委监委纪律审查和监察调查。',
    );
  });
});

describe('court.html (法院 news: 作者 / 来源 / 发布时间 as cells of one table row)', () => {
  const { article } = extractFixture('court.html', '/article/detail/2023/06/id/7341208.shtml');

  it('reads the label and value cells', () => {
    expect(article.title).toBe('泰州中院召开涉企案件审判工作新闻发布会');
    expect(article.published_at).toBe('2023-06-21T11:26:08+08:00');
    expect(article.source).toBe('泰州市中级人民法院');
    expect(article.author).toBe('周丽萍');
    expect(article.editor).toBeNull();
    expect(article.site_name).toBe('泰州法院网');
    expect(article.column).toBe('法院新闻');
  });

  it('keeps exactly the three paragraphs', () => {
    const lines = article.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].startsWith('6月21日，泰州市中级人民法院召开新闻发布会，')).toBe(true);
    expect(lines[2].endsWith('持续优化法治化营商环境。')).toBe(true);
    expectGone(article.text, [...CHROME, '作者', '发布时间', '打印本页', '关闭窗口']);
  });
});

describe('police.html (公安 警情通报 signed by the 公安局)', () => {
  const { article } = extractFixture('police.html', '/jqtb/2023/0622/c8815a117.html');

  it('takes 警情通报 as the title and the footer 主办 as the site', () => {
    expect(article.title).toBe('警情通报');
    expect(article.published_at).toBe('2023-06-22');
    expect(article.source).toBe('兴化市公安局');
    expect(article.author).toBeNull();
    expect(article.views).toBe(5318);
    expect(article.site_name).toBe('兴化市公安局');
  });

  it('is the two paragraphs and the 落款', () => {
    expect(article.text.split('\n')).toEqual([
      '2023年6月21日22时许，我局接群众报警称，在兴化市昭阳街道英武路附近发生一起故意伤害案件，一人受伤。接警后，公安机关迅速出警，伤者已送医救治，无生命危险。犯罪嫌疑人陈某（男，35岁，本市人）已于当晚被抓获。',
      '目前，案件正在进一步侦办中。',
      '兴化市公安局',
      '2023年6月22日',
    ]);
    expectGone(article.text, [...CHROME, '警方提示', '防溺水', '浏览次数', '网站标识码']);
  });
});

describe('people-local.html (人民网 local channel)', () => {
  const { article } = extractFixture('people-local.html', '/n2/2023/0628/c358266-40473019.html');

  it('reads the date line, the full-width dash of the channel and the 责编', () => {
    expect(article.title).toBe('黄山市推进茶产业高质量发展');
    expect(article.published_at).toBe('2023-06-28T09:41+08:00');
    expect(article.source).toBe('人民网－安徽频道');
    expect(article.author).toBe('李强');
    expect(article.editor).toBe('汪瑞 王洁');
    expect(article.site_name).toBe('人民网');
    expect(article.column).toBe('地方新闻');
  });

  it('keeps the dateline paragraph and drops 责编, share and copyright', () => {
    const lines = article.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].startsWith('人民网合肥6月28日电 （记者李强）近日，')).toBe(true);
    expectGone(article.text, ['责编', '分享到', '相关新闻', '版 权 所 有', 'Copyright']);
  });
});

describe('xuexi.html (来源 and 作者 on lines of their own under the title)', () => {
  const { article } = extractFixture('xuexi.html', '/detail/article/6281553944718202.html');

  it('takes the heading over a <title> that is only the platform name', () => {
    expect(article.title).toBe('以高质量党建引领乡村全面振兴');
    expect(article.published_at).toBe('2023-06-29');
    expect(article.source).toBe('泰州日报');
    expect(article.author).toBe('刘文华');
    expect(article.editor).toBeNull();
  });

  it('keeps exactly the three paragraphs', () => {
    expect(article.text.split('\n')).toHaveLength(3);
    expectGone(article.text, ['来源', '作者', '发布时间', '分享', '收藏', '推荐阅读']);
  });
});

describe('old-table.html (nested tables, font tags, title in td.bt)', () => {
  const { article } = extractFixture('old-table.html', '/news/view_3312.htm');

  it('reads the title cell and the info cell', () => {
    expect(article.title).toBe('靖江市召开2023年夏季秸秆禁烧工作会议');
    expect(article.published_at).toBe('2023-06-09');
    expect(article.source).toBe('市农业农村局');
    expect(article.author).toBeNull();
    expect(article.views).toBe(862);
    expect(article.site_name).toBe('靖江市农业信息网');
    expect(article.column).toBe('农业要闻');
  });

  it('splits the <br><br> paragraphs and leaves the tables of chrome', () => {
    const lines = article.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('6月8日，全市夏季秸秆禁烧工作会议召开，部署今年夏季秸秆禁烧和综合利用工作。');
    expect(lines[2].endsWith('稳定在95%以上。')).toBe(true);
    expectGone(article.text, [...CHROME, '栏目导航', '打印本页', '点击']);
  });
});

describe('a document title whose first part is a 通报 (rule)', () => {
  it('does not take 通报 for a newspaper name ending in 报', () => {
    expect(cleanTitle('警情通报 - 兴化市公安局')).not.toBe('兴化市公安局');
    expect(cleanTitle('情况通报 - 某某县人民政府')).toBe('情况通报');
    // Newspapers still are site names.
    expect(cleanTitle('泰州日报 - 全市召开防汛工作会议推进会')).toBe('全市召开防汛工作会议推进会');
  });
});

describe("the footer's 主办 as the site name (rule)", () => {
  const page = (footer: string) => `<html><head><title>情况通报 - 某某局</title></head><body>
    <div class="main"><h3>情况通报</h3><div class="content">
    <p>近日，我局对辖区内在建工地开展安全生产专项检查，共检查工地12处，发现隐患23处，已全部督促整改到位。</p>
    <p>下一步，我局将持续加强日常监管，坚决遏制各类安全事故发生。</p></div></div>
    <div class="footer"><p>${footer}</p><p>苏ICP备09087452号</p></div></body></html>`;

  it('names the site when nothing else does, and so cuts it off the document title', () => {
    const a = articleOf(page('主办：某某局　承办：某某局办公室'));
    expect(a.site_name).toBe('某某局');
    expect(a.title).toBe('情况通报');
  });

  it('reads 主办单位 too, and no site is named without it', () => {
    expect(articleOf(page('主办单位：某某市人民政府办公室 联系电话：0523-1234567')).site_name).toBe('某某市人民政府办公室');
    expect(articleOf(page('联系电话：0523-1234567')).site_name).toBeNull();
  });
});

describe('edu-notice.html (教育局 通知: a <br> inside the title element, 附件 links)', () => {
  const { article } = extractFixture('edu-notice.html', '/jyj/tzgg/202306/t20230626_3321.html');

  it('joins the title across its <br> without a space', () => {
    expect(article.title).toBe('关于做好2023年全市中小学暑期安全教育工作的通知');
    expect(article.published_at).toBe('2023-06-26T10:12+08:00');
    expect(article.author).toBeNull();
    expect(article.site_name).toBe('泰州市教育局');
    expect(article.column).toBe('通知公告');
  });

  it('keeps the attachments named in the body and the 落款, not the 附件下载 box', () => {
    const lines = article.text.split('\n');
    expect(lines[0]).toBe('各市（区）教育局，市直各学校：');
    expect(lines.slice(-4)).toEqual([
      '附件：1.致全市中小学生家长的一封信.docx',
      '2.暑期安全教育工作情况统计表.xlsx',
      '泰州市教育局',
      '2023年6月26日',
    ]);
    expect(lines).toHaveLength(9);
    expectGone(article.text, [...CHROME, '附件下载', '发布者', '阅读：', '【打印】', '技术支持']);
  });
});

describe('headingText (rule: a <br> inside a Chinese heading adds no space)', () => {
  const heading = (inner: string) => headingText(loadDocument(`<html><body><h1>${inner}</h1></body></html>`).querySelector('h1')!);

  it('joins Chinese lines and keeps a space between Latin words', () => {
    expect(heading('关于做好暑期<br>安全教育工作的通知')).toBe('关于做好暑期安全教育工作的通知');
    expect(heading('关于印发2023年<br/> 工作要点的通知')).toBe('关于印发2023年工作要点的通知');
    expect(heading('Annual Report<br>of the City')).toBe('Annual Report of the City');
  });

  it('keeps the spaces a title has of its own', () => {
    expect(heading('胸怀“两个大局” 心系“国之大者”')).toBe('胸怀“两个大局” 心系“国之大者”');
  });
});

describe('wechat-repost.html (county 融媒体 page republishing a WeChat 公众号 article)', () => {
  const { article } = extractFixture('wechat-repost.html', '/folder12/folder33/2023-06-27/kR9pQe2LmZ.html');

  it('reads og:title, the date under it and the closing 来源 / 编辑 lines', () => {
    expect(article.title).toBe('姜堰这个村的“共享菜园”火了');
    expect(article.published_at).toBe('2023-06-27T20:18+08:00');
    expect(article.source).toBe('姜堰日报');
    expect(article.author).toBeNull();
    expect(article.editor?.startsWith('钱晓雯')).toBe(true);
    expect(article.site_name).toBe('姜堰融媒');
    expect(article.column).toBe('本地新闻');
  });

  it('keeps the article paragraphs, none of the account prompts', () => {
    const lines = article.text.split('\n').filter((l) => !l.startsWith('原标题'));
    expect(lines).toHaveLength(3);
    expect(lines[0].startsWith('走进姜堰区张甸镇三舍村，')).toBe(true);
    expect(lines[2].endsWith('孤寡老人。')).toBe(true);
    expectGone(article.text, [...CHROME, '点击蓝字', '关注我们', '来源：', '编辑：', '审核：', '长按识别二维码', '在看', '阅读原文', '本文转载自', '热门推荐']);
  });
});

describe('the follow prompt at the head of a reposted WeChat article (rule)', () => {
  it('is boilerplate in its usual wordings', () => {
    expect(isBoilerplateLine('点击蓝字 关注我们')).toBe(true);
    expect(isBoilerplateLine('点击上方蓝字关注我们')).toBe(true);
    expect(isBoilerplateLine('点击上方“泰州发布”关注')).toBe(true);
  });

  it('is boilerplate at the end too: 阅读原文 and 点赞 prompts', () => {
    expect(isBoilerplateLine('点击“阅读原文”查看更多')).toBe(true);
    expect(isBoilerplateLine('喜欢就点个赞吧')).toBe(true);
    expect(isBoilerplateLine('群众纷纷为救人的民警点个赞。')).toBe(false);
  });

  it('leaves a sentence about following something alone', () => {
    expect(isBoilerplateLine('群众点击蓝色按钮即可关注办理进度，实现“一网通办”。')).toBe(false);
  });
});

describe('speech.html (领导讲话: speaker line and speech date under the title)', () => {
  const { article } = extractFixture('speech.html', '/ldjh/202306/t20230616_7712.html');

  it('takes the speaker as the author and the page 发布时间 as the date', () => {
    expect(article.title).toBe('在全市优化营商环境大会上的讲话');
    expect(article.published_at).toBe('2023-06-16T09:30+08:00');
    expect(article.source).toBe('泰州日报');
    expect(article.author).toBe('张建国');
    expect(article.editor).toBeNull();
    expect(article.site_name).toBe('泰州市人民政府');
    expect(article.column).toBe('领导讲话');
  });

  it('starts with 同志们： and keeps the speech whole; speaker and date lines are gone', () => {
    const lines = article.text.split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('同志们：');
    expect(lines).toContain('一、提高站位，深刻认识优化营商环境的重大意义');
    expect(lines[6].endsWith('作出新的更大贡献！')).toBe(true);
    expectGone(article.text, [...CHROME, '市委书记', '（2023年6月15日）', '打印本页', '分享到', '相关链接', '网站标识码']);
  });
});

describe('the speaker line of a speech (rule)', () => {
  const speech = (speaker: string) => `<html><head><title>在全县安全生产工作会议上的讲话_某某县人民政府</title></head><body>
    <div class="main"><h1>在全县安全生产工作会议上的讲话</h1><div class="info">发布时间：2023-06-16　来源：县政府办公室</div>
    <div class="content"><p>${speaker}</p><p>同志们：</p>
    <p>今天召开全县安全生产工作会议，主要任务是分析当前安全生产形势，部署下一阶段重点工作。</p>
    <p>各乡镇、各部门要切实扛起安全生产政治责任，坚决守牢安全底线，确保全县安全生产形势持续稳定。</p></div></div>
    <div class="footer">主办单位：某某县人民政府办公室</div></body></html>`;

  it('names the author and leaves the body, with no date line after it', () => {
    const a = articleOf(speech('县长　李明华'));
    expect(a.author).toBe('李明华');
    expect(a.text.split('\n')[0]).toBe('同志们：');
  });

  it('reads the speech from a 副题 (——在…上的讲话) and a name with no office, and leaves the body', () => {
    const html = speech('王海峰')
      .replace(/<h1>[^<]*<\/h1>/, '<h1>凝心聚力 奋力开创高质量发展新局面</h1><h2>——在全县安全生产工作会议上的讲话</h2>')
      .replace('<title>在全县安全生产工作会议上的讲话', '<title>凝心聚力 奋力开创高质量发展新局面');
    const a = articleOf(html);
    expect(a.title).toBe('凝心聚力 奋力开创高质量发展新局面');
    expect(a.author).toBe('王海峰');
    expect(a.text.split('\n')[0]).toBe('同志们：');
  });

  it('reads a 副题 that carries the speech date, and leaves the speaker line out of the body', () => {
    const html = speech('王海峰')
      .replace(/<h1>[^<]*<\/h1>/, '<h1>凝心聚力 奋力开创高质量发展新局面</h1><h2>——在全县安全生产工作会议上的讲话（2023年6月15日）</h2>')
      .replace('<title>在全县安全生产工作会议上的讲话', '<title>凝心聚力 奋力开创高质量发展新局面')
      .replace('发布时间：2023-06-16　', '');
    const a = articleOf(html);
    expect(a.subtitle).toBe('在全县安全生产工作会议上的讲话（2023年6月15日）');
    expect(a.published_at).toBe('2023-06-15');
    expect(a.author).toBe('王海峰');
    expect(a.text.split('\n')[0]).toBe('同志们：');
  });

  it('reads a speaker line that stands between the title and the body box, or carries the date on its line', () => {
    const outside = speech('').replace('<div class="info">', '<div class="speaker">市委书记　张建国</div><div class="info">');
    expect(articleOf(outside).author).toBe('张建国');
    const oneLine = articleOf(speech('县长　李明华　（2023年6月15日）'));
    expect(oneLine.author).toBe('李明华');
    expect(oneLine.text.split('\n')[0]).toBe('同志们：');
  });

  it('dates a page with no 发布时间 by the speech date line', () => {
    const a = articleOf(speech('县长　李明华<p>（2023年6月15日）</p>').replace('发布时间：2023-06-16　', ''));
    expect(a.published_at).toBe('2023-06-15');
    expect(a.text).not.toContain('2023年6月15日');
  });

  it('reads 同志 after the name', () => {
    expect(speakerOf(['在全市经济工作会议上的讲话'], ['市委副书记、市长 王海峰同志'])).toBe('王海峰');
    expect(speakerOf(['在2023年开学典礼上的致辞'], ['校长　刘志远'])).toBe('刘志远');
  });

  it('is no speaker line on a page that is no speech, nor a sentence', () => {
    expect(speakerOf(['全市安全生产工作会议召开'], ['县长　李明华'])).toBeNull();
    expect(speakerOf(['在全市经济工作会议上的讲话'], ['同志们：'])).toBeNull();
    expect(articleOf(speech('县长　李明华').replace(/讲话/g, '会议召开')).text).toContain('县长');
  });
});

describe('a breadcrumb with no 当前位置 label, named by its class (rule)', () => {
  const steps = (cls: string) =>
    collectBreadcrumb(loadDocument(`<html><body><div class="${cls}">人民网&gt;&gt;<a href="/">安徽频道</a>&gt;&gt;<a href="/d/">地方新闻</a></div></body></html>`), [], -1);

  it('reads route (人民网) and the pinyin names 路径 / 面包屑', () => {
    expect(steps('route')).toEqual(['人民网', '安徽频道', '地方新闻']);
    expect(steps('lujing')).toEqual(['人民网', '安徽频道', '地方新闻']);
    expect(steps('cMianBao')).toEqual(['人民网', '安徽频道', '地方新闻']);
  });

  it('takes no other element for one', () => {
    expect(steps('summary')).toEqual([]);
  });
});

describe('renda.html (人大 meeting news: 副题, closing 摄影 / 编辑 / 审核 lines)', () => {
  const { article } = extractFixture('renda.html', '/rdyw/2023-06/28/content_41877.html');

  it('reads the barred info line, the 副题 and the closing credits', () => {
    expect(article.title).toBe('市十六届人大常委会召开第十次会议');
    expect(article.subtitle).toBe('审议多项报告和法规草案');
    expect(article.published_at).toBe('2023-06-28');
    expect(article.source).toBe('市人大常委会办公室');
    expect(article.author?.startsWith('孙立')).toBe(true);
    expect(article.editor?.startsWith('周敏')).toBe(true);
    expect(article.views).toBeNull();
    expect(article.site_name).toBe('泰州人大网');
    expect(article.column).toBe('人大要闻');
  });

  it('keeps the paragraphs and the caption in its place', () => {
    const lines = article.text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('图为会议现场。');
    expectGone(article.text, [...CHROME, '摄影', '编辑：', '审核：', '打印本页', '市人大代表视察']);
  });
});

describe('bilingual.html (Chinese article followed by its English version)', () => {
  const { article } = extractFixture('bilingual.html', '/wb/wsdt/202306/t20230630_5512.html');

  it('reads the Chinese fields of the bilingual info line', () => {
    expect(article.title).toBe('2023泰州国际友城合作交流会举行');
    expect(article.published_at).toBe('2023-06-30T16:20+08:00');
    expect(article.source).toBe('市外办');
    expect(article.author).toBeNull();
    expect(article.site_name).toBe('泰州市人民政府外事办公室');
    expect(article.column).toBe('外事动态');
  });

  it('keeps the English paragraphs and drops the bilingual tools', () => {
    const lines = article.text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2].startsWith('On June 30, the 2023 Taizhou')).toBe(true);
    expect(lines[3].endsWith('signed 5 memorandums of cooperation.')).toBe(true);
    expectGone(article.text, [...CHROME, 'Date:', 'Print', 'Close', 'Sponsored by', '网站标识码']);
  });
});

describe('`by` at the end of the body (rule)', () => {
  const page = (last: string) => `<html><head><title>友城代表参观高新区</title></head><body><div class="main"><h1>友城代表参观高新区</h1>
    <div class="content"><p>6月30日，来自8个国家的友城代表参观了高新区，实地了解企业创新发展情况。</p>
    <p>代表们表示，希望与泰州在智能制造、生物医药等领域深化合作。</p><p>${last}</p></div></div></body></html>`;

  it('names the poster on a credit line', () => {
    expect(articleOf(page('Posted by 王小明')).author).toBe('王小明');
  });

  it('is no credit inside an English sentence of the article', () => {
    expect(articleOf(page('The visit was attended by representatives of 12 sister cities.')).author).toBeNull();
  });
});

describe('tools written in Chinese and English (rule)', () => {
  it('are boilerplate', () => {
    expect(isBoilerplateLine('【打印 Print】【关闭 Close】')).toBe(true);
    expect(isBoilerplateLine('分享 Share | 打印 Print')).toBe(true);
  });

  it('leave English words of the article alone', () => {
    expect(isBoilerplateLine('Shareholders')).toBe(false);
    expect(isBoilerplateLine('Close cooperation')).toBe(false);
  });
});

describe('tian.html (政协 提案: 提案号 / 提案人 / 界别 in the info line)', () => {
  const { article } = extractFixture('tian.html', '/tagz/tajx/202303/t20230310_2231.html');

  it('reads title, date, site and column; no 来源 is stated', () => {
    expect(article.title).toBe('关于加快发展县域特色产业的提案');
    expect(article.published_at).toBe('2023-03-10');
    expect(article.source).toBeNull();
    expect(article.site_name).toBe('兴化政协网');
    expect(article.column).toBe('提案选登');
  });

  it('is the whole proposal, its 承办单位 included', () => {
    const lines = article.text.split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0].startsWith('案由：县域特色产业是县域经济发展的重要支撑。')).toBe(true);
    expect(lines).toContain('一、存在的问题');
    expect(lines).toContain('二、几点建议');
    expect(lines[6]).toBe('承办单位：市发展改革委、市工业和信息化局');
    expectGone(article.text, [...CHROME, '提案号', '界别', '分享到', '技术支持']);
  });
});

describe('units listed for the matter of the text (rule)', () => {
  it('are kept: several units joined by 、 in one 主办 / 承办 / 协办单位 field', () => {
    expect(isBoilerplateLine('承办单位：市发展改革委、市工业和信息化局')).toBe(false);
    expect(isBoilerplateLine('主办单位：市委宣传部、市文明办、团市委')).toBe(false);
  });

  it("leave a footer's 主办 / 承办 lines boilerplate", () => {
    expect(isBoilerplateLine('主办单位：泰州市人民政府办公室')).toBe(true);
    expect(isBoilerplateLine('主办：泰州市人民政府办公室　承办：泰州市大数据管理局')).toBe(true);
    expect(isBoilerplateLine('主办单位：市委宣传部、市文明办 联系电话：0523-86839123')).toBe(true);
  });
});
