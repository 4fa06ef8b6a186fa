// The five seed dumps in tests/fixtures/seeds: the facts a reader sees in each page, and the debris that must go.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeTextDump } from '../../lib/normalize/textDump';

function seed(name: string, url?: string) {
  const path = fileURLToPath(new URL(`../fixtures/seeds/${name}.txt`, import.meta.url));
  return normalizeTextDump(readFileSync(path, 'utf8'), { url });
}

function expectGone(text: string, fragments: string[]): void {
  for (const f of fragments) expect(text, `"${f}" should be gone`).not.toContain(f);
}

describe('seed 000: 常州长安网, metadata line with NBSP and 字号, footer with ICP', () => {
  const a = seed('000_2260201178f84675');

  it('reads title, date and source', () => {
    expect(a.title).toBe('常州举行庆祝中国共产党成立101周年座谈会');
    expect(a.published_at).toBe('2022-07-01');
    expect(a.source).toBe('政法委');
    expect(a.views).toBeNull();
    expect(a.site_name).toBe('常州长安网');
    expect(a.script_original).toBe('zh-Hans');
    expect(a.text_original).toBeNull();
  });

  it('keeps the first and last paragraphs and the in-body headings', () => {
    const lines = a.text.split('\n');
    expect(lines[0]).toMatch(/^7月1日上午,我市举行庆祝中国共产党成立101周年座谈会/);
    expect(lines.at(-1)).toBe('市委党建工作领导小组成员、部分基层党务工作者和党员代表参加座谈会。');
    expect(lines).toContain('陈金虎强调');
    expect(lines).toContain('盛蕾要求');
    expect(lines).toHaveLength(13);
  });

  it('drops the metadata and footer', () => {
    expectGone(a.text, ['发布日期', '浏览次数', '字号', 'ICP', '备案号', '主办单位', '联系邮箱', '常州举行庆祝中国共产党成立101周年座谈会\n']);
  });
});

describe('seed 001: Traditional with pinyin debris, byline in parentheses, disclaimer and related list', () => {
  const a = seed('001_b4bb8b53cce89ce8');

  it('converts to Simplified and keeps the original', () => {
    expect(a.script_original).toBe('zh-Hant');
    expect(a.text).toMatch(/^按照中央和省委统一部署,1月4日下午,市委常委会召开2022年度抓基层党建工作述职评议考核会议。/);
    expect(a.text).toContain('各县(市、区)委书记和市委有关党(工)委书记进行了述职');
    expect(a.text_original).toMatch(/^按照中央和省委統一部署,1月4日下午,市委常委會召開/);
    expect(a.text_original!.split('\n')).toHaveLength(a.text.split('\n').length);
  });

  it('removes every piece of pinyin debris and keeps real parentheses', () => {
    expect(a.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)/);
    expect(a.text_original).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)/);
    expect(a.text).toContain('各级党委(党组)书记');
    expect(a.text).toContain('村(社区)干部');
  });

  it('reads the author from (記者 魏寧) and has no title or date to offer', () => {
    expect(a.author).toBe('魏宁');
    expect(a.title).toBeNull();
    expect(a.published_at).toBeNull();
  });

  it('ends with the last sentence and its byline as printed, and drops the disclaimer, the share line and the related list', () => {
    // The byline in parentheses closing the last paragraph is part of it as printed (govset's convention); its name
    // is also the author.
    expect(a.text.split('\n').at(-1)).toMatch(/为推进中国式现代化徐州新实践提供更加坚强的政治和组织保证。\(记者 魏宁\)$/);
    expectGone(a.text, ['声明', '本文仅代表作者', 'loginbisaqq', '阅读推荐', '新闻爆料', '侵权']);
    expectGone(a.text_original!, ['聲明', '閱讀推薦', '新聞爆料']);
  });
});

describe('seed 002: bullet column and date lines, in-body headings, trailing name', () => {
  const a = seed('002_a2701cf3cb27f520');

  it('reads title, date with time, column and the byline', () => {
    expect(a.title).toBe('党旗飘扬风正劲');
    expect(a.published_at).toBe('2024-07-09T21:24:01+08:00');
    expect(a.column).toBe('综合资讯');
    expect(a.author).toBe('马竞');
  });

  it('keeps the paragraphs and headings, without the bullets and the name', () => {
    const lines = a.text.split('\n');
    expect(lines[0]).toMatch(/^仲夏时节,全市各地一片热火朝天的景象/);
    expect(lines.at(-1)).toMatch(/为全面建设现代化新安徽提供有力政治引领和坚强政治保障。$/);
    expect(lines).toContain('坚定政治信仰,强化理论武装');
    expect(lines).toContain('勇于自我革命,全面从严治党');
    expectGone(a.text, ['- 综合资讯', '2024-07-09', '马竞']);
  });
});

describe('seed 003: slogan, breadcrumb, 发布开发区, prev/next and contact footer', () => {
  const a = seed('003_cbf824080922f57a');

  it('reads title, date, source, column and site', () => {
    expect(a.title).toBe('中共常州市金坛区委十四届四次全会召开');
    expect(a.published_at).toBe('2022-12-29');
    expect(a.source).toBe('金坛区融媒体中心');
    expect(a.column).toBe('文字新闻');
    expect(a.site_name).toBe('投促中国');
  });

  it('keeps the first and last paragraphs, without indentation', () => {
    const lines = a.text.split('\n');
    expect(lines[0]).toMatch(/^12月28日上午,中国共产党常州市金坛区第十四届委员会第四次全体会议在市民中心召开。/);
    expect(lines).toContain('全会由区委常委会主持。');
    expect(lines.at(-1)).toMatch(/为奋力书写“美丽常州新样板”精彩实践而团结奋斗!$/);
  });

  it('drops slogan, breadcrumb, metadata and footer', () => {
    expectGone(a.text, [
      '打造网上国际投资促进平台',
      '您现在的位置',
      '发布时间',
      '发布开发区',
      '上一条',
      '下一条',
      '永乐店',
      '与我们联系',
      '联系电话',
      '传  真',
      'info@investchn.com',
      'Copyright',
      '版权所有',
    ]);
  });
});

describe('seed 004: share-card debris, three-line headline, views, lone name after the last sentence', () => {
  const a = seed('004_6ec3b79208e889d0', 'http://www.chrmpaper.com/content/2021-05/21/004750.html');

  it('reads the headline as 引题, title and 副题', () => {
    expect(a.pretitle).toBe('胸怀“两个大局” 心系“国之大者”');
    expect(a.title).toBe('奋力书写新时代成华各项工作新篇章');
    expect(a.subtitle).toBe('2021年全区组织、宣传、统战工作会议召开 赵春淦出席并讲话 刘蓉主持');
  });

  it('reads date, views, author and site', () => {
    expect(a.published_at).toBe('2021-05-21');
    expect(a.views).toBe(276413);
    expect(a.author).toBe('周雪梅');
    expect(a.site_name).toBe('成华区融媒体中心');
  });

  it('starts with the first full paragraph and ends with the last sentence, without the name', () => {
    const lines = a.text.split('\n');
    expect(lines[0]).toMatch(/^5月18日,2021年全区组织、宣传、统战工作会议召开。会议高举/);
    expect(lines[0]).toMatch(/为推进成华“1556”总体发展思路落深落细/);
    expect(lines.at(-1)).toBe('区领导蔡达林、冯军、马亚炜分别就相关工作进行安排部署。');
  });

  it('drops share-card URLs, the waiting prompt, navigation and footer', () => {
    expectGone(a.text, [
      'http',
      'weixinlogo',
      '等待处理',
      '点击量',
      '上篇',
      '下篇',
      '分享到',
      '©',
      'ICP',
      '公网安备',
      'TOP',
      '周雪梅',
      '奋力书写新时代成华各项工作新篇章\n',
    ]);
    expect(a.text.match(/5月18日,2021年全区组织/g)).toHaveLength(1);
  });
});

describe('a dump with a URL but no date in the text', () => {
  it('takes the day from a TRS-style URL as a last resort', () => {
    const a = normalizeTextDump('某某会议召开\n\n会议强调,要坚持以人民为中心的发展思想,推动高质量发展取得新成效。', {
      url: 'http://www.example.gov.cn/xwzx/202207/t20220701_123.html',
    });
    expect(a.published_at).toBe('2022-07-01');
    expect(a.title).toBe('某某会议召开');
    expect(a.url).toBe('http://www.example.gov.cn/xwzx/202207/t20220701_123.html');
  });

  it('never invents a title from a first line that is a sentence', () => {
    const a = normalizeTextDump('会议强调,要坚持以人民为中心的发展思想,推动高质量发展取得新成效。');
    expect(a.title).toBeNull();
    expect(a.text).toBe('会议强调,要坚持以人民为中心的发展思想,推动高质量发展取得新成效。');
  });

  it('reads a byline that stands alone above the body and leaves no empty line', () => {
    const a = normalizeTextDump('某某会议召开\n(記者 魏寧)\n會議強調,要堅持以人民為中心的發展思想,推動高質量發展取得新成效。');
    expect(a.author).toBe('魏宁');
    expect(a.text).toBe('会议强调,要坚持以人民为中心的发展思想,推动高质量发展取得新成效。');
    expect(a.text_original).toBe('會議強調,要堅持以人民為中心的發展思想,推動高質量發展取得新成效。');
  });

  it('reads reporters credited inside the text of a dump', () => {
    const lede = normalizeTextDump('某某会议召开\n本报记者罗科苏盈发自北京 日前,国务院召开常务会议,研究部署有关工作。\n会议强调,要坚持以人民为中心的发展思想。');
    expect(lede.author).toBe('罗科苏盈');
    const closing = normalizeTextDump(
      '某某会议召开\n会议强调,要坚持以人民为中心的发展思想。\n推动高质量发展取得新成效。（信报记者 蔡雪婧）',
    );
    expect(closing.author).toBe('蔡雪婧');
  });

  it('takes no title from a dump that opens with a run of short lines', () => {
    const a = normalizeTextDump('一、总体要求\n二、主要任务\n三、保障措施\n四、组织实施\n会议强调,要坚持以人民为中心的发展思想,推动高质量发展取得新成效。');
    expect(a.title).toBeNull();
    expect(a.text.split('\n')[0]).toBe('一、总体要求');
  });

  it('returns empty fields for empty input', () => {
    const a = normalizeTextDump('');
    expect(a.text).toBe('');
    expect(a.title).toBeNull();
    expect(a.script_original).toBe('none');
  });
});
