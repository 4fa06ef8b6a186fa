import { describe, expect, it } from 'vitest';
import { detectScript, repairPinyinDebris, toSimplified } from '../../lib/normalize/script';

describe('repairPinyinDebris', () => {
  it.each([
    ['按照中央和省委統(tǒng)一部署', '按照中央和省委統一部署'],
    ['推動經濟發(fā)展', '推動經濟發展'],
    ['各縣(市、區(qū))委書記', '各縣(市、區)委書記'],
    ['現(xiàn)代化', '現代化'],
    ['黨建引領(lǐng)經濟', '黨建引領經濟'],
    ['打基礎(chǔ)', '打基礎'],
    ['綠(lǜ)色', '綠色'],
    ['新江南網(wǎng)', '新江南網'],
    ['兩個(liǎng gè)維護', '兩個維護'],
    ['統（tǒng）一', '統一'],
  ])('%s → %s', (input, expected) => {
    expect(repairPinyinDebris(input)).toBe(expected);
  });

  it.each([
    ['市委有關黨(工)委書記'],
    ['(2022)第3号'],
    ['保证。(记者 魏宁)'],
    ['黑牡丹(集团)股份有限公司'],
    ['各级党委(党组)书记'],
    ['英文缩写(abc)不是拼音'],
    ['Beijing (běi jīng) is a city'],
  ])('keeps the real parentheses of %s', (input) => {
    expect(repairPinyinDebris(input)).toBe(input);
  });
});

describe('detectScript', () => {
  const simplified = '市委书记陈金虎代表市委,向全市各级党组织和共产党员致以节日的问候。他强调,要坚持不懈用习近平新时代中国特色社会主义思想武装头脑。';
  const traditional = '市委書記宋樂偉主持會議并作點評講話。他強調,全市各級黨組織要全面貫徹落實黨的二十大精神。';

  it('classifies Simplified text as zh-Hans', () => {
    expect(detectScript(simplified)).toBe('zh-Hans');
  });

  it('classifies Traditional text as zh-Hant', () => {
    expect(detectScript(traditional)).toBe('zh-Hant');
  });

  it('keeps Simplified text that quotes a few Traditional characters as zh-Hans', () => {
    expect(detectScript(`${simplified}题写“國泰民安”匾额,以及“發展”二字。${simplified}`)).toBe('zh-Hans');
  });

  it('does not count characters shared by both scripts (著, 乾, 干, 后) as Traditional', () => {
    expect(detectScript('著名作家乾隆年间的故事,干部后来著书立说。')).toBe('zh-Hans');
  });

  it('gives none without Han characters', () => {
    expect(detectScript('Hello, world. 2022-07-01')).toBe('none');
    expect(detectScript('')).toBe('none');
  });

  it('gives zh-Hans for Han text with no distinguishing characters', () => {
    expect(detectScript('中华人民共和国')).toBe('zh-Hans');
  });
});

describe('toSimplified', () => {
  it('converts Traditional characters and phrases', () => {
    expect(toSimplified('市委書記宋樂偉主持會議并作點評講話')).toBe('市委书记宋乐伟主持会议并作点评讲话');
    expect(toSimplified('(記者 魏寧)')).toBe('(记者 魏宁)');
  });

  it('converts Taiwan and Hong Kong variants', () => {
    expect(toSimplified('裡面')).toBe('里面');
    expect(toSimplified('衞生')).toBe('卫生');
  });

  it('leaves Simplified text as it is', () => {
    const s = '著名作家在干部大会上发言,乾隆年间的故事后来广为流传。';
    expect(toSimplified(s)).toBe(s);
  });
});
