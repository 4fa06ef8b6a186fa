import { describe, expect, it } from 'vitest';
import {
  leadingByline,
  parseInfoLines,
  trailingByline,
  withoutLeadingByline,
  withoutTrailingByline,
} from '../../lib/normalize/byline';

describe('parseInfoLines', () => {
  it('reads date and source from a line that runs labels together and ends in UI words', () => {
    expect(parseInfoLines(['发布日期:2022-07-01 \u00a0\u00a0来源:政法委浏览次数:\u00a0字号:〖'])).toEqual({
      published_at: '2022-07-01',
      source: '政法委',
      author: null,
      editor: null,
      views: null,
    });
  });

  it('ends a value at a run of spaces before an unknown label', () => {
    const info = parseInfoLines(['发布时间:2022-12-29  来源:金坛区融媒体中心  发布开发区:江苏金坛经济开发区']);
    expect(info.source).toBe('金坛区融媒体中心');
    expect(info.published_at).toBe('2022-12-29');
  });

  it('reads an unlabelled date and the view count', () => {
    const info = parseInfoLines(['2021/5/21\u00a0\u00a0 点击量:276413']);
    expect(info.published_at).toBe('2021-05-21');
    expect(info.views).toBe(276413);
  });

  it.each([
    [['作者:张三 责任编辑:李四'], { author: '张三', editor: '李四' }],
    [['来源:人民日报 | 作者:王五'], { source: '人民日报', author: '王五' }],
    [['来源：新华社｜编辑：赵六'], { source: '新华社', editor: '赵六' }],
    [['(记者 魏宁)'], { author: '魏宁' }],
    [['记者 王明 通讯员 李华'], { author: '王明 李华' }],
    [['文/图 张三'], { author: '张三' }],
    [['撰稿:赵六'], { author: '赵六' }],
    [['文字:孙七 摄影:周八'], { author: '孙七 周八' }],
    [['审核:钱七 校对:孙八'], { editor: '钱七 孙八' }],
    [['值班编辑:吴九'], { editor: '吴九' }],
    [['信息来源:常州市政府办公室'], { source: '常州市政府办公室' }],
    [['文章来源:中国长安网 字号:大 中 小 打印'], { source: '中国长安网' }],
    [['稿件来源:区委宣传部【大 中 小】'], { source: '区委宣传部' }],
    [['作者:张三、李四'], { author: '张三 李四' }],
    [['浏览次数:1,024'], { views: 1024 }],
    [['阅读:88'], { views: 88 }],
    [['访问量:12次'], { views: 12 }],
  ])('%j', (lines, expected) => {
    expect(parseInfoLines(lines)).toMatchObject(expected);
  });

  it('gives null for labels with empty values', () => {
    expect(parseInfoLines(['来源: 作者: 浏览次数: 责任编辑:'])).toEqual({
      published_at: null,
      source: null,
      author: null,
      editor: null,
      views: null,
    });
  });

  it('takes the first source and joins authors across lines without repeats', () => {
    const info = parseInfoLines(['来源:人民日报', '来源:新华网', '记者 王明', '作者:王明 李华']);
    expect(info.source).toBe('人民日报');
    expect(info.author).toBe('王明 李华');
  });

  it('does not take words of a sentence that merely contains 记者 as a name', () => {
    expect(parseInfoLines(['本报记者日前走访了多家企业']).author).toBeNull();
  });
});

describe('trailingByline', () => {
  it.each([
    ['区领导蔡达林、冯军、马亚炜分别就相关工作进行安排部署。 周雪梅', '周雪梅'],
    ['为全面建设现代化新安徽提供有力政治引领和坚强政治保障。 马竞', '马竞'],
    ['提供更加坚强的政治和组织保证。(记者 魏宁)', '魏宁'],
    ['取得新成效。（记者 王明 通讯员 李华）', '王明 李华'],
    ['会议圆满结束。 张三 李四', '张三 李四'],
    ['周雪梅', '周雪梅'],
    ['欧阳明月', '欧阳明月'],
  ])('%s → %s', (line, expected) => {
    expect(trailingByline(line)).toBe(expected);
  });

  it.each([
    ['陈金虎强调'],
    ['盛蕾要求'],
    ['全会由区委常委会主持。'],
    ['他说。 工作很好'],
    ['会议指出。 全会认为'],
    ['市委党建工作领导小组成员参加座谈会。'],
    ['坚定政治信仰,强化理论武装'],
    ['(2022)'],
    ['黑牡丹(集团)'],
  ])('%s → null', (line) => {
    expect(trailingByline(line)).toBeNull();
  });

  it('removes the byline and keeps the sentence', () => {
    expect(withoutTrailingByline('分别就相关工作进行安排部署。 周雪梅')).toBe('分别就相关工作进行安排部署。');
    expect(withoutTrailingByline('提供坚强保证。(记者 魏宁)')).toBe('提供坚强保证。');
    expect(withoutTrailingByline('陈金虎强调')).toBe('陈金虎强调');
  });
});

describe('leadingByline', () => {
  it('reads and removes a byline that opens the body', () => {
    expect(leadingByline('(记者 魏宁)1月4日下午,市委常委会召开会议。')).toBe('魏宁');
    expect(withoutLeadingByline('(记者 魏宁)1月4日下午,市委常委会召开会议。')).toBe('1月4日下午,市委常委会召开会议。');
  });

  it('leaves an opening parenthesis that is not a byline', () => {
    expect(leadingByline('(2022)年度报告')).toBeNull();
    expect(withoutLeadingByline('(2022)年度报告')).toBe('(2022)年度报告');
  });
});
