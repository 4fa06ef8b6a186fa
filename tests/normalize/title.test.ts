import { describe, expect, it } from 'vitest';
import { cleanTitle, splitHeadings } from '../../lib/normalize/title';

describe('cleanTitle', () => {
  it('keeps a title all in Latin words: only after a Chinese title does such a part name a site', () => {
    expect(cleanTitle('China Daily - Belt and Road Forum Opens')).toBe('China Daily - Belt and Road Forum Opens');
  });


  it.each([
    ['常州举行庆祝中国共产党成立101周年座谈会 - 常州长安网', '常州举行庆祝中国共产党成立101周年座谈会'],
    ['关于印发2022年工作要点的通知_常州市人民政府', '关于印发2022年工作要点的通知'],
    ['关于印发2022年工作要点的通知_通知公告_常州市人民政府', '关于印发2022年工作要点的通知'],
    ['习近平在江苏考察时强调|新华网', '习近平在江苏考察时强调'],
    ['国务院常务会议召开——中国政府网', '国务院常务会议召开'],
    ['新华网 | 习近平在江苏考察时强调', '习近平在江苏考察时强调'],
    ['全区组织工作会议召开 - 成华区融媒体中心', '全区组织工作会议召开'],
    ['全区组织工作会议召开 - 要闻 - 金坛日报', '全区组织工作会议召开'],
    ['呂愛平掌浸大中醫藥學院 - 香港文匯報', '呂愛平掌浸大中醫藥學院'],
    ['统计公报 - 2022年全市经济运行情况', '统计公报 - 2022年全市经济运行情况'],
    ['自由電子報 - 流感再奪2命 累計20死', '流感再奪2命 累計20死'],
    ['勾結醫師病患詐保險金  男遭訴 - Taiwan News Online', '勾結醫師病患詐保險金 男遭訴'],
    ['市委常委会召开会议_徐州门户', '市委常委会召开会议'],
    ['新时代新征程 - 时政频道', '新时代新征程'],
    ['一夜暴富后如何经营__商贸_产业资讯_新浪网', '一夜暴富后如何经营'],
    ['应该马上就要收到律师函了！|游民星空', '应该马上就要收到律师函了！'],
    ['多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业', '播客热潮迅速蔓延 挑逗传统传媒业'],
    ['后果很严重 _探索者 _光明网', '后果很严重'],
    ['常州市人民政府 - 关于2022年度工作的通知', '关于2022年度工作的通知'],
    // Every bar of the rule layer's BARS table separates a site name as | does.
    ['全区组织工作会议召开丨成华区融媒体中心', '全区组织工作会议召开'],
    ['全区组织工作会议召开︱常州长安网', '全区组织工作会议召开'],
    ['全区组织工作会议召开 │ 某县人民政府', '全区组织工作会议召开'],
    // A column marker before the title is no site name: it stays, as the page prints it.
    ['学习贯彻丨全区组织工作会议召开', '学习贯彻丨全区组织工作会议召开'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanTitle(raw)).toBe(expected);
  });

  it('cuts a given site name even when it does not look like one', () => {
    expect(cleanTitle('市委常委会召开会议 - 投促中国', ['投促中国'])).toBe('市委常委会召开会议');
  });

  it.each([
    ['奋力书写新篇章——记全国优秀党员张三'],
    ['COVID-19疫情防控工作会议召开'],
    ['2022-2023学年第一学期工作安排'],
    ['党旗飘扬风正劲'],
    ['一图读懂 | 2023年政府工作报告'],
    ['学思想、强党性——全区开展主题教育'],
    ['学习贯彻 | 党的二十大精神'],
    ['标题很短|但后面是一句较长的说明文字'],
  ])('leaves %s whole', (raw) => {
    expect(cleanTitle(raw)).toBe(raw);
  });

  it('cuts a blog post title at the blog name after a spaced @, and forum software credits', () => {
    expect(cleanTitle('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::')).toBe('新竹尖石_美樹營地賞楓 (2)');
    expect(cleanTitle('社会资本与再就业 - 学术前沿 - 三校社会学论坛·中国网社会论坛 - powered by Discuz! Archiver')).toBe(
      '社会资本与再就业',
    );
    expect(cleanTitle('我 @ 家')).toBe('我 @ 家');
    expect(cleanTitle('史上头一遭！母婴同室 (第1页/共2页)')).toBe('史上头一遭！母婴同室');
  });

  it('removes pinyin debris', () => {
    expect(cleanTitle('市委常委會召開會議 推動高質量發(fā)展 - 徐州日報')).toBe('市委常委會召開會議 推動高質量發展');
  });

  it('collapses spaces', () => {
    expect(cleanTitle('  胸怀“两个大局”\u3000\u3000心系“国之大者” ')).toBe('胸怀“两个大局” 心系“国之大者”');
  });
});

describe('splitHeadings', () => {
  it('finds 引题 before and 副题 after the main title', () => {
    expect(
      splitHeadings(
        ['胸怀“两个大局” 心系“国之大者”', '奋力书写新时代成华各项工作新篇章', '2021年全区组织、宣传、统战工作会议召开 赵春淦出席并讲话 刘蓉主持'],
        '奋力书写新时代成华各项工作新篇章',
      ),
    ).toEqual({
      pretitle: '胸怀“两个大局” 心系“国之大者”',
      subtitle: '2021年全区组织、宣传、统战工作会议召开 赵春淦出席并讲话 刘蓉主持',
    });
  });

  it('strips the dash of a ——记… subtitle', () => {
    expect(splitHeadings(['扎根基层三十年', '——记全国优秀党员张三'], '扎根基层三十年')).toEqual({
      pretitle: null,
      subtitle: '记全国优秀党员张三',
    });
  });

  it('finds the title among headings that carry a site name', () => {
    expect(splitHeadings(['引题在此', '全区组织工作会议召开 - 成华区融媒体中心', '——副题在此'], '全区组织工作会议召开')).toEqual({
      pretitle: '引题在此',
      subtitle: '副题在此',
    });
  });

  it('matches the title ignoring spaces', () => {
    expect(splitHeadings(['引题在此', '主标题 在此'], '主标题在此')).toEqual({ pretitle: '引题在此', subtitle: null });
  });

  it('gives nulls when the title stands alone', () => {
    expect(splitHeadings(['党旗飘扬风正劲'], '党旗飘扬风正劲')).toEqual({ pretitle: null, subtitle: null });
    expect(splitHeadings([], '党旗飘扬风正劲')).toEqual({ pretitle: null, subtitle: null });
  });
});
