// The conventions of Chinese news pages, each in the positions it occurs, through the whole pipeline (page HTML →
// extract → normalize): one TRS-like article template, one convention varied at a time. A credit names its people
// in author or editor and, where it is a line of its own, leaves the body; the body's three paragraphs always stay.
import { describe, expect, it } from 'vitest';
import { articleFromBytes } from '../../lib/cli/extractFile';

const PARAGRAPHS = [
  '3月1日上午，示范市召开全市经济工作会议，总结2023年经济工作，分析当前经济形势，部署2024年经济工作。',
  '会议强调，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，推动高质量发展取得新成效。',
  '会议要求，各级各部门要提高政治站位，压紧压实责任，确保各项目标任务落到实处，以实干实绩迎接新的挑战。',
];
const URL = 'http://www.example.gov.cn/xw/202403/t20240301_1.html';

interface Variation {
  /** The line under the title (发布时间 / 来源 …), as HTML. */
  info?: string;
  /** A paragraph of its own above the first. */
  head?: string;
  /** Text the first paragraph opens with (a dateline and its credit). */
  lead?: string;
  /** Paragraphs or elements after the last, as HTML. */
  tail?: string;
  /** The document's <title>, meta tags for <head>, and the heading markup above the info line. */
  titleTag?: string;
  metas?: string;
  heading?: string;
}

function articlePage(v: Variation): string {
  const paragraphs = [v.head, (v.lead ?? '') + PARAGRAPHS[0], ...PARAGRAPHS.slice(1)].filter(Boolean);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${v.titleTag ?? '示范市召开全市经济工作会议_示范市人民政府'}</title>${v.metas ?? ''}</head><body>
<div class="header"><a href="/">首页</a> <a href="/xw/">新闻中心</a> <span>今天是2026年12月7日 星期一</span></div>
<div class="article">${v.heading ?? '<h1>示范市召开全市经济工作会议</h1>'}
${v.info ?? '<div class="info">发布时间：2024-03-01 10:20</div>'}
<div class="content">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>${v.tail ?? ''}</div>
<div class="footer">主办单位：示范市人民政府办公室 版权所有 2003-2024</div></body></html>`;
}

function capture(v: Variation) {
  return articleFromBytes('page.html', new TextEncoder().encode(articlePage(v)), URL);
}

/** Every paragraph of the article is in the text, from its first to its last line. */
function expectWholeBody(text: string, lead = '') {
  expect(text.startsWith(lead + PARAGRAPHS[0]), text).toBe(true);
  expect(text.endsWith(PARAGRAPHS[2]), text).toBe(true);
}

const p = (line: string) => `<p>${line}</p>`;

/** [name, variation, names credited, text that must leave the body]. */
const CREDITS: [string, Variation, string[], string | null][] = [
  ['作者 on the info line', { info: '<div class="info">来源：示范日报 作者：张三 发布时间：2024-03-01</div>' }, ['张三'], null],
  ['记者 and 通讯员 on the info line', { info: '<div class="info">记者：张三 通讯员：李四</div>' }, ['张三', '李四'], null],
  ['本报记者 X 通讯员 Y above the body', { head: '本报记者 张三 通讯员 李四' }, ['张三', '李四'], '本报记者'],
  ['□ before the credit', { head: '□本报记者 张三' }, ['张三'], '本报记者'],
  ['■ and two names', { head: '■ 记者 张三 王五' }, ['张三', '王五'], '记者'],
  ['【记者 X】', { head: '【记者 张三】' }, ['张三'], '记者'],
  ['an outlet before the role', { head: '示范日报·示范客户端记者 张三 李四' }, ['张三', '李四'], '客户端记者'],
  ['融媒体记者', { head: '融媒体记者 张三' }, ['张三'], '融媒体记者'],
  ['本台记者', { head: '本台记者 张三 李四' }, ['张三', '李四'], '本台记者'],
  ['文/X', { head: '文/张三' }, ['张三'], '文/张三'],
  ['X/文', { head: '张三/文' }, ['张三'], '张三/文'],
  ['文｜X 图｜Y', { head: '文｜张三 图｜李四' }, ['张三', '李四'], '文｜张三'],
  ['实习生 beside a reporter', { head: '本报记者 张三 实习生 李四' }, ['张三', '李四'], '实习生'],
  ['特约记者', { head: '特约记者 张三' }, ['张三'], '特约记者'],
  ['a two-character name spaced', { head: '本报记者 王乐文 方 敏' }, ['王乐文', '方敏'], '王乐文'],
  ['a unit after the name', { head: '通讯员 张三（示范市委宣传部）' }, ['张三'], '通讯员'],
  ['names set apart by 、', { head: '记者 张三、李四、王五' }, ['张三', '李四', '王五'], '记者'],
  ['a compound surname', { head: '记者 欧阳明 司马光' }, ['欧阳明', '司马光'], '记者'],
  ['a transliterated name', { head: '记者 阿依古丽·买买提' }, ['阿依古丽·买买提'], '记者'],
  ['（记者 X） after the body', { tail: p('（记者 张三）') }, ['张三'], '（记者 张三）'],
  ['（通讯员 X） after the body', { tail: p('（通讯员 李四）') }, ['李四'], '（通讯员 李四）'],
  ['X 摄 after the body', { tail: p('张三 摄') }, ['张三'], '张三 摄'],
  ['文/X 图/Y after the body', { tail: p('文/张三 图/李四') }, ['张三', '李四'], '文/张三'],
  ['责任编辑 after the body', { tail: p('责任编辑：王五') }, ['王五'], '责任编辑'],
  ['审校 after the body', { tail: p('审校：王五') }, ['王五'], '审校'],
  ['编辑 审核 签发 on one line', { tail: p('编辑：王五 审核：赵六 签发：孙七') }, ['王五', '赵六', '孙七'], '签发'],
  ['编辑|X, WeChat bars', { tail: p('编辑|王五') + p('审核|赵六') }, ['王五', '赵六'], '审核'],
  ['记者 X 报道 above the body', { head: '记者 张三 报道' }, ['张三'], '记者 张三'],
  ['（本报记者 X） above the body', { head: '（本报记者 张三）' }, ['张三'], '本报记者'],
  ['a photo report credit after the body', { tail: p('记者 张三 通讯员 李四 王五 摄影报道') }, ['张三', '李四', '王五'], '摄影报道'],
  ['见习记者 and 首席记者', { head: '首席记者 张三 见习记者 李四' }, ['张三', '李四'], '见习记者'],
  ['【记者 X 通讯员 Y】 after the body', { tail: p('【记者 张三 通讯员 李四】') }, ['张三', '李四'], '通讯员'],
  ['【责任编辑：X】 in its own box', { tail: '<div class="editor">【责任编辑：赵六】</div>' }, ['赵六'], '责任编辑'],
];

/** [name, lead, names]: a lede's credit goes to the field; the dateline and the paragraph stay. */
const LEDES: [string, string, string[]][] = [
  ['本报讯（记者 X 通讯员 Y）', '本报讯（记者 张三 通讯员 李四）', ['张三', '李四']],
  ['新华社…电（记者 X、Y）', '新华社北京3月1日电（记者 张三、李四）', ['张三', '李四']],
  ['本网讯（通讯员 X）', '本网讯（通讯员 李四）', ['李四']],
  ['某某讯 记者X报道：', '示范日报讯 记者张三报道：', ['张三']],
  ['本报讯 记者 X 通讯员 Y 报道：', '本报讯 记者 张三 通讯员 李四 报道：', ['张三', '李四']],
];

/** [name, variation, expected fields (each a prefix of the value; null: the field is empty)]. */
const INFO: [string, Variation, Record<string, string | null>][] = [
  ['labels in spans', { info: '<div class="info"><span>发布日期：2024年03月01日</span><span>信息来源：示范市发展改革委</span><span>浏览次数：123</span></div>' }, { published_at: '2024-03-01', source: '示范市发展改革委' }],
  ['bars between fields', { info: '<p class="info">来源: 新华网 | 作者: 张三 | 2024/3/1 10:20:30</p>' }, { published_at: '2024-03-01T10:20', source: '新华网', author: '张三' }],
  ['a table row', { info: '<table><tr><td>来源：示范日报</td><td>发布时间：2024-03-01 10:20</td><td>阅读：56次</td></tr></table>' }, { published_at: '2024-03-01T10:20', source: '示范日报' }],
  ['no-break spaces', { info: '<div class="info">发布时间：2024-03-01&nbsp;&nbsp;来源：示范日报&nbsp;&nbsp;作者：王五</div>' }, { published_at: '2024-03-01', source: '示范日报', author: '王五' }],
  ['a source linked', { info: '<div class="info">来源：<a href="http://x.cn">示范日报</a> 时间：2024-03-01</div>' }, { published_at: '2024-03-01', source: '示范日报' }],
  ['Chinese numerals', { info: '<div class="info">二〇二四年三月一日</div>' }, { published_at: '2024-03-01' }],
  ['the info line under the body', { info: '', tail: '<div class="info">发布时间：2024-03-01 来源：示范日报 责任编辑：赵六</div>' }, { published_at: '2024-03-01', source: '示范日报', editor: '赵六' }],
  ['a notice dated at its end (落款)', { info: '', tail: '<p style="text-align:right">示范市人民政府办公室</p><p style="text-align:right">2024年3月1日</p>' }, { published_at: '2024-03-01' }],
  ['the date only in the address', { info: '' }, { published_at: '2024-03-01' }],
  ['an empty 作者 before 来源', { info: '<div class="info">作者：&nbsp; 来源：示范日报 发布时间：2024-03-01</div>' }, { source: '示范日报', author: null }],
  ['bracketed fields and page tools', { info: '<div class="info">【来源：示范日报】 发布时间：2024-03-01 10:20:30 【字体：大 中 小】【打印】【关闭】</div>' }, { published_at: '2024-03-01T10:20:30', source: '示范日报' }],
  ['a date after the source', { info: '<div class="info">来源：示范网 2024-03-01</div>' }, { published_at: '2024-03-01', source: '示范网' }],
  ['本文来源 under the body', { info: '', tail: '<p>本文来源：示范日报</p>' }, { source: '示范日报' }],
  ['（来源：…） closing the body', { info: '', tail: '<p>（来源：人民日报）</p>' }, { source: '人民日报' }],
  ['供稿 by a unit', { info: '', tail: '<p>供稿：示范市应急管理局</p>' }, { source: '示范市应急管理局' }],
  ['撰稿 摄影 编辑 审核 on one line', { info: '', tail: '<p>撰稿：张三 摄影：李四 编辑：王五 审核：赵六</p>' }, { author: '张三 李四', editor: '王五 赵六' }],
  ['文字 and 图片 credits', { info: '', tail: '<p>文字：张三 图片：李四</p>' }, { author: '张三 李四' }],
  ['a print-edition line', { info: '', tail: '<p>《示范日报》（2024年03月01日 02 版）</p>' }, { source: '示范日报', print_page: '02', published_at: '2024-03-01' }],
  ['an ISO date with its offset', { info: '<div class="info">发布时间：2024-03-01T10:20:00+08:00</div>' }, { published_at: '2024-03-01T10:20' }],
  ['dots in the date', { info: '<div class="info">2024.03.01 来源：示范日报</div>' }, { published_at: '2024-03-01', source: '示范日报' }],
  ['double dashes in <title>', { titleTag: '示范市召开全市经济工作会议--示范市人民政府--新闻中心', heading: '<div class="x">示范市召开全市经济工作会议</div>' }, { title: '示范市召开全市经济工作会议' }],
  ['GB/T 42147 metas only', { info: '', heading: '<h1>示范市召开全市经济工作会议</h1>', titleTag: '示范市人民政府', metas: '<meta name="ArticleTitle" content="示范市召开全市经济工作会议"><meta name="PubDate" content="2024-03-02 08:00"><meta name="ContentSource" content="示范日报"><meta name="Author" content="张三">' }, { published_at: '2024-03-02T08:00', source: '示范日报', author: '张三' }],
  ['引题 and 副题 beside the title', { heading: '<h3>坚定信心 实干争先</h3><h1>示范市召开全市经济工作会议</h1><h2>——市委书记张三出席并讲话</h2>' }, { title: '示范市召开全市经济工作会议', pretitle: '坚定信心 实干争先' }],
  ['a title in a classed div, the site as <title>', { titleTag: '示范市人民政府', heading: '<div class="biaoti">示范市召开全市经济工作会议</div>' }, { title: '示范市召开全市经济工作会议' }],
  ['a title only in <title>, the site first', { titleTag: '示范市人民政府——示范市召开全市经济工作会议', heading: '' }, { title: '示范市召开全市经济工作会议' }],
];

describe('credits, in every position they take', () => {
  it.each(CREDITS)('%s', (_name, variation, names, gone) => {
    const article = capture(variation);
    const credited = `${article.author ?? ''} ${article.editor ?? ''}`.replace(/\s+/g, '');
    for (const name of names) expect(credited, `${name} in ${article.author} / ${article.editor}`).toContain(name);
    if (gone) {
      expect(articlePage(variation)).toContain(gone); // the check can fail: the page holds it
      expect(article.text).not.toContain(gone);
    }
    expectWholeBody(article.text);
  });

  it.each(LEDES)('a lede: %s', (_name, lead, names) => {
    const article = capture({ lead });
    expect(article.author?.split(' ')).toEqual(names);
    expectWholeBody(article.text, lead);
  });
});

describe('info lines and titles, as templates print them', () => {
  it.each(INFO)('%s', (_name, variation, fields) => {
    const article = capture(variation) as unknown as Record<string, string | null>;
    for (const [field, value] of Object.entries(fields)) {
      if (value === null) expect(article[field], field).toBeNull();
      else expect(article[field] ?? '', field).toMatch(new RegExp(`^${value}`));
    }
    expectWholeBody(article.text as string);
  });
});
