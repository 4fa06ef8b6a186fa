// The rules the second batch of government layouts needed (speech to bilingual), each on inline pages of its own
// (what a reader checks on the fixture pages themselves is in their expected.json, run by pages.test.ts).
import { describe, expect, it } from 'vitest';
import { headingText } from '../../lib/extract/dom';
import { extractPage } from '../../lib/extract/index';
import { collectBreadcrumb } from '../../lib/extract/info';
import { normalizeArticle } from '../../lib/normalize/article';
import { isBoilerplateLine } from '../../lib/normalize/boilerplate';
import { speakerOf } from '../../lib/normalize/byline';
import { cleanTitle } from '../../lib/normalize/title';
import { loadDocument } from './helpers';

function articleOf(html: string, url = 'http://www.example.gov.cn/a/content_1.html') {
  return normalizeArticle(extractPage(loadDocument(html), { keepHtml: false, url }));
}

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

describe('a parenthesis of names on its own line under the title (rule)', () => {
  const page = (line: string) => `<html><head><meta charset="utf-8"><title>某县召开党建工作推进会_某县人民政府</title></head><body>
    <h1>某县召开党建工作推进会</h1><div class="info">发布时间：2024-05-10　来源：某县融媒体中心</div>
    <div id="zoom"><p>${line}</p>
    <p>会议强调，要坚持党建引领，健全完善县、乡、村、网格四级组织体系，推动党组织向网格、楼栋、小区延伸，切实把党的政治优势转化为基层治理效能。</p>
    <p>会议要求，各级各部门要进一步提高政治站位，压紧压实工作责任，确保各项目标任务按时保质完成。</p></div></body></html>`;

  it('gives its names to the author and leaves the body, as the same parenthesis after the text does', () => {
    const a = articleOf(page('（张建国 李晓明）'));
    expect(a.author).toBe('张建国 李晓明');
    expect(a.text).not.toContain('张建国');
    expect(articleOf(page('（张建国、李晓明）')).author).toBe('张建国 李晓明');
  });

  it('leaves a parenthesis of other words where it is', () => {
    const a = articleOf(page('（二〇二四年五月）'));
    expect(a.author).toBeNull();
    expect(a.text).toContain('（二〇二四年五月）');
  });
});
