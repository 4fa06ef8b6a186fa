// The one credit grammar, and the same credits read in every position a page puts them.
import { describe, expect, it } from 'vitest';
import { creditNames, creditUnits, joinSpacedNames, readCredit, readNamesOnly } from '../../lib/rules/credit';
import { isPersonName, isUnitName } from '../../lib/rules/names';
import { normalizeArticle } from '../../lib/normalize/article';
import type { PageExtract } from '../../lib/model';

const authorsOf = (s: string) => {
  const c = readCredit(s);
  return c ? creditNames(c, 'author') : null;
};

describe('readCredit', () => {
  it.each([
    ['□ 本报记者 葛灵丹', ['葛灵丹']],
    ['新华网黑龙江频道 记者 伊琳 李清芬', ['伊琳', '李清芬']],
    ['整合 新华日报·交汇点记者 徐睿翔', ['徐睿翔']],
    ['记者戴小河、印朋', ['戴小河', '印朋']],
    ['记者 格桑边觉', ['格桑边觉']],
    ['职工通讯员 李琴雯 刘会', ['李琴雯', '刘会']],
    ['记者陈智 整合', ['陈智']],
    ['本报记者 王乐文 方 敏', ['王乐文', '方敏']],
    ['顶端新闻·河南商报记者马俊峰/文受访者供图', ['马俊峰']],
    ['采写：南都记者 余毅菁 向雪妮', ['余毅菁', '向雪妮']],
    ['文/观察者网专栏作者 王文', ['王文']],
    ['文/张三 图/李四', ['张三', '李四']],
    ['张三/文 李四/图', ['张三', '李四']],
    ['文｜张三 图｜李四', ['张三', '李四']],
    // 丨 is a Han character that pages use as a bar: it is no letter beside 文 / 图.
    ['文丨张三 图丨李四', ['张三', '李四']],
    ['文︱张三', ['张三']],
    ['记者丨王五 赵六', ['王五', '赵六']],
    ['文/图 张三', ['张三']],
    ['文图/张三', ['张三']],
    ['记者 通讯员 张敏婷 陆敏仪', ['张敏婷', '陆敏仪']],
    ['记者魏怡嘉／台北报导', ['魏怡嘉']],
    ['本报记者罗科苏盈发自北京', ['罗科苏盈']],
    ['编译陈成良／综合报导', ['陈成良']],
    ['图文｜张三 李四', ['张三', '李四']],
    ['张三 摄', ['张三']],
    ['彭瑜 贺怀湘文/图', ['彭瑜', '贺怀湘']],
    ['本报记者 李明 通讯员 张强', ['李明', '张强']],
    ['实习生 王小二 特约记者 欧阳明', ['王小二', '欧阳明']],
    ['【作者：张三】', ['张三']],
    ['记者 张三（市农业农村局）', ['张三']],
  ])('%s → %j', (line, names) => {
    expect(authorsOf(line)).toEqual(names);
  });

  it('reads editors and the units a contributor line names', () => {
    const c = readCredit('医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳')!;
    expect(creditUnits(c)).toEqual(['医技药剂党支部', '药剂科']);
    expect(creditNames(c, 'author')).toEqual(['张艳']);
    expect(creditNames(c, 'editor')).toEqual(['苏芳']);
    expect(creditNames(readCredit('松花江网编辑 孙桂芳')!, 'editor')).toEqual(['孙桂芳']);
    expect(creditNames(readCredit('编辑|禤志杰')!, 'editor')).toEqual(['禤志杰']);
    expect(creditNames(readCredit('编辑丨禤志杰 审核丨王五')!, 'editor')).toEqual(['禤志杰', '王五']);
  });

  it.each(['告诉记者，他们已经到了', '记者看到这里的情况', '相关报道：', '控制面板\t发表文章\t文章编辑', 'CES2012报道：尼康1系列展台', '原创 南方都市报'])(
    'is no credit: %s',
    (line) => {
      expect(readCredit(line)).toBeNull();
    },
  );
});

describe('readNamesOnly and the person-name test', () => {
  it('takes a parenthesis of names only, never a photo credit or a word', () => {
    expect(readNamesOnly('常书香 马丹阳 ')).toEqual(['常书香', '马丹阳']);
    expect(readNamesOnly('张三、李四')).toEqual(['张三', '李四']);
    expect(readNamesOnly('刘通摄')).toBeNull();
    expect(readNamesOnly('完')).toBeNull();
    expect(readNamesOnly('新华社')).toBeNull();
  });

  it('tells people from units', () => {
    expect(isPersonName('欧阳明')).toBe(true);
    expect(isPersonName('禤志杰')).toBe(true);
    expect(isPersonName('买买提·艾力')).toBe(true);
    expect(isPersonName('格桑边觉')).toBe(false);
    expect(isPersonName('格桑边觉', { credited: true })).toBe(true);
    expect(isPersonName('控制面板', { credited: true })).toBe(false);
    expect(isPersonName('澎湃新闻·澎湃号·政务')).toBe(false);
    expect(isPersonName('廖宇杰摄', { credited: true })).toBe(false);
    expect(isUnitName('市农业农村局')).toBe(true);
    expect(isUnitName('医技药剂党支部')).toBe(true);
    expect(isPersonName('市农业农村局')).toBe(false);
  });
});

/** A page whose body is the given lines (and info lines), as the extractor hands it to the normalizer. */
function page(bodyBlocks: string[], infoLines: string[] = []): PageExtract {
  return {
    url: 'https://www.example.gov.cn/2024/05/10/content_1.html',
    canonicalUrl: null,
    lang: 'zh-CN',
    documentTitle: '我市召开全市安全生产工作会议',
    meta: {},
    jsonLd: [],
    readability: null,
    bodyBlocks,
    headings: ['我市召开全市安全生产工作会议'],
    infoLines,
    breadcrumb: [],
    footerLines: [],
    html: null,
  };
}

const PARAGRAPHS = [
  '5月9日，全市安全生产工作会议召开，会议总结了去年的工作，部署了今年的重点任务，要求各地各部门压实责任。',
  '会议强调，要坚持人民至上、生命至上，统筹发展和安全，切实把安全生产各项措施落到实处，坚决遏制重特大事故发生。',
];

describe('one credit, every position', () => {
  const credit = '本报记者 王乐文 通讯员 方 敏';
  it.each([
    ['an info line above the title', page(PARAGRAPHS, [credit])],
    ['a head line of the body', page([credit, ...PARAGRAPHS])],
    ['a tail line of the body', page([...PARAGRAPHS, credit])],
  ])('%s: the names go to the field and the line leaves the body', (_, p) => {
    const a = normalizeArticle(p);
    expect(a.author).toBe('王乐文 方敏');
    expect(a.text).not.toContain('通讯员 方 敏');
    expect(a.text).toContain('统筹发展和安全');
  });

  it('a parenthesis in the lede: the names go to the field, the dateline and the paragraph stay', () => {
    const lede = `本报讯（${credit.replace('本报', '')}）${PARAGRAPHS[0]}`;
    const a = normalizeArticle(page([lede, PARAGRAPHS[1]]));
    expect(a.author).toBe('王乐文 方敏');
    expect(a.text.split('\n')[0]).toBe(lede);
  });

  it('keeps a names-only parenthesis closing the last paragraph in the text, and takes its names', () => {
    const a = normalizeArticle(page([PARAGRAPHS[0], `${PARAGRAPHS[1]}（张巨峰 李四）`]));
    expect(a.author).toBe('张巨峰 李四');
    expect(a.text.endsWith('（张巨峰 李四）')).toBe(true);
  });

  it('takes editors from a 审校 / 签发 line at the end and removes the line', () => {
    const a = normalizeArticle(page([...PARAGRAPHS, '审校：张三 签发：李四']));
    expect(a.editor).toBe('张三 李四');
    expect(a.text).not.toContain('审校');
  });

  it('reads a print-edition citation into source and print_page, and removes it', () => {
    const a = normalizeArticle(page([...PARAGRAPHS, '《 人民日报 》（ 2024年05月10日 04 版）']));
    expect(a.source).toBe('人民日报');
    expect(a.print_page).toBe('04');
    expect(a.text).not.toContain('人民日报');
  });
});

describe('metadata is plain text', () => {
  it('drops markup from source, column, keywords and description the way it does from the author', () => {
    const p = page(PARAGRAPHS, ['来源：<b>市应急管理局</b>']);
    p.meta = { columnname: '<span>部门动态</span>', keywords: '<em>安全生产</em>,会议', description: '<p>全市安全生产工作会议召开。</p>' };
    const a = normalizeArticle(p);
    expect(a.column).toBe('部门动态');
    expect(a.keywords).toEqual(['安全生产', '会议']);
    expect(a.description).toBe('全市安全生产工作会议召开。');
    expect(a.source).toBe('市应急管理局');
  });
});

describe('a 副题 named by the CMS record is never glued to the title', () => {
  it('cuts it off a heading that prints both', () => {
    const p = page(PARAGRAPHS);
    p.documentTitle = '';
    p.headings = ['拿起跨界“指挥棒”她跟学生“较着劲儿”成长 年过五十的她带领学校民乐团的孩子们一路快乐前行'];
    p.meta = { 'enpproperty:title': p.headings[0], 'enpproperty:subtitle': '年过五十的她带领学校民乐团的孩子们一路快乐前行' };
    const a = normalizeArticle(p);
    expect(a.title).toBe('拿起跨界“指挥棒”她跟学生“较着劲儿”成长');
    expect(a.subtitle).toBe('年过五十的她带领学校民乐团的孩子们一路快乐前行');
  });
});

describe('joinSpacedNames (the one rule for names a page spaced out)', () => {
  it.each([
    [['方', '敏'], ['方敏']],
    [['赵', '培', '刚'], ['赵培刚']],
    [['方', '敏', '王乐文'], ['方敏', '王乐文']],
    [['王乐文', '方', '敏'], ['王乐文', '方敏']],
    [['王乐文', '李清芬'], ['王乐文', '李清芬']],
  ])('%j → %j', (tokens, joined) => expect(joinSpacedNames(tokens)).toEqual(joined));
});
