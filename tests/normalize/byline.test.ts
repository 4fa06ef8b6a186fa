import { describe, expect, it } from 'vitest';
import {
  creditInBodyEnds,
  namesUnderTitle,
  leadingByline,
  parseInfoLines,
  trailingByline,
  trailingAuthors,
  withoutLeadingByline,
  withoutTrailingByline,
} from '../../lib/normalize/byline';

describe('parseInfoLines', () => {
  it('reads names a page set apart by wide spaces after a colon, and only names', () => {
    expect(parseInfoLines(['来源：某县融媒体中心　作者：张建国　李晓明　编审：王海燕'])).toMatchObject({ author: '张建国 李晓明', editor: '王海燕' });
    expect(parseInfoLines(['作者：张建国　　王家坝村　　发布时间：2024-05-10'])).toMatchObject({ author: '张建国' });
  });

  it('reads the source after a reprint lead-in written behind the label', () => {
    expect(parseInfoLines(['文章来源：转载自人民网 发布时间：2024-05-10']).source).toBe('人民网');
    expect(parseInfoLines(['来源：摘自《某县日报》']).source).toBe('某县日报');
    expect(parseInfoLines(['来源：据《某县日报》']).source).toBe('某县日报');
  });

  it('reads date and source from a line that runs labels together and ends in UI words', () => {
    expect(parseInfoLines(['发布日期:2022-07-01 \u00a0\u00a0来源:政法委浏览次数:\u00a0字号:〖'])).toEqual({
      published_at: '2022-07-01',
      source: '政法委',
      issuer: null,
      index_no: null,
      doc_no: null,
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

  it('an empty 作者 or 责任编辑 field before the date names nobody, and the date is still read', () => {
    for (const label of ['作者', '责任编辑']) {
      const info = parseInfoLines([`来源：燕赵晚报\u00a0\u00a0关键字：住宅租赁\u00a0\u00a0${label}：\u00a0\u00a02012-01-12 17:14`]);
      expect(info).toMatchObject({ author: null, editor: null, source: '燕赵晚报', published_at: '2012-01-12T17:14+08:00' });
    }
  });

  it('a source then an outlet\'s credit on one line: both are read (a source is no outlet glued to 记者)', () => {
    expect(parseInfoLines(['发稿时间：2024-05-10 10:20　来源：中国青年报　中青报·中青网记者 张建国'])).toMatchObject({
      source: '中国青年报', author: '张建国', published_at: '2024-05-10T10:20+08:00',
    });
  });

  it('a second source label inside the source (来源：X，摘自：Y) ends the first source', () => {
    expect(parseInfoLines(['鉅亨網新聞中心　(來源：財匯資訊，摘自：中國經濟網)　2012-01-17 13:37:02']).source).toBe('財匯資訊');
    expect(parseInfoLines(['来源：人民网　转自：新华网']).source).toBe('人民网');
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
    [['2004-12-10 阅读10544次'], { views: 10544, published_at: '2004-12-10' }],
    [['发表于2014-08-24 21:30| 1164次阅读| 0 条评论'], { views: 1164, published_at: '2014-08-24T21:30+08:00' }],
    [['人气： 5380 次 评论(18)'], { views: 5380 }],
    [['请点击：12月10日,星期六'], { views: null }],
    [['2012-01-12 16:53:12\u3000来源: 网易财经\u3000有0人参与 手机看新闻'], { source: '网易财经', published_at: '2012-01-12T16:53:12+08:00' }],
    [['2019-09-07 09:59:22\u3000来源: 新京报 举报'], { source: '新京报' }],
    [['来源：转载文章\t第1页/共1页'], { source: '转载文章' }],
    [['BUSINESS.SOHU.COM\u30002005年3月11日12:12 来源：[ 人民网 ]'], { source: '人民网', published_at: '2005-03-11T12:12+08:00' }],
    [['2012年01月12日14:57 来源：《羊城晚报》 手机看新闻'], { source: '羊城晚报' }],
    [['[來源：Cult of Mac]'], { source: 'Cult of Mac' }],
    [['2004-12-10 11:55:08 来源: 网易商业报道\t发表评论'], { source: '网易商业报道' }],
    [['[责任编辑：刘斌]'], { editor: '刘斌' }],
    [['【编辑:王忠会】'], { editor: '王忠会' }],
    [['本文来源：证券市场红周刊 责任编辑：杨倩_NF4425'], { source: '证券市场红周刊', editor: '杨倩' }],
    [['[责任编辑：韩保林 PK155]'], { editor: '韩保林' }],
    [['时间：2004年10月21日14:18 作者：郭励弘\t我来说两句(0)'], { author: '郭励弘' }],
    [['作者：实习记者 王璐'], { author: '王璐' }],
    [['作者：记者 武彩霞\u3000\u3000来源：经济参考网'], { author: '武彩霞', source: '经济参考网' }],
    [['作者：李晓亮 新民网编辑：刘景'], { author: '李晓亮', editor: '刘景' }],
    [['作者： 赵婕 出自[人民文学出版社]'], { author: '赵婕' }],
    [['中广网北京12月15日消息（记者李文蕊 通讯员张文远）随着北京顺义新城建设步伐的加快'], { author: '李文蕊 张文远' }],
    [['【聯合報╱記者張嘉芳／台北報導】'], { author: '張嘉芳' }],
    [['本报记者罗科苏盈发自北京'], { author: '罗科苏盈' }],
    [['澎湃新闻记者 贺梨萍'], { author: '贺梨萍' }],
    [['（記者嚴瓏 通訊員黃冬香 涂曉晨）'], { author: '嚴瓏 黃冬香 涂曉晨' }],
    [['发布日期： 9/17/2004 5:54:13 AM'], { published_at: '2004-09-17T05:54:13+08:00' }],
    [['http://www.sina.com.cn 2012年01月12日 17:55 人民网 微博'], { published_at: '2012-01-12T17:55+08:00' }],
    [['2019-09-07 15:10:53 字号：A- A A+ 来源：EETOP', '最后更新: 2019-09-07 15:14:21'], { published_at: '2019-09-07T15:10:53+08:00', source: 'EETOP' }],
    [['索引号：014000319/2022-00123  主题分类：综合政务', '发布机构：市政府办公室  成文日期：2022-06-28', '发布日期：2022-07-01  来源：市政府办公室'], { published_at: '2022-07-01', source: '市政府办公室' }],
  ])('%j', (lines, expected) => {
    expect(parseInfoLines(lines)).toMatchObject(expected);
  });

  describe.each([
    ['source', ['来源', '信息来源', '文章来源', '稿件来源']],
    ['author', ['作者', '记者', '通讯员', '文', '图', '文/图', '撰稿', '文字', '摄影']],
    ['editor', ['责任编辑', '编辑', '审核', '校对', '值班编辑']],
  ] as const)('%s labels', (field, labels) => {
    it.each(labels)('%s：value', (label) => {
      const value = field === 'source' ? '常州日报' : '张三';
      expect(parseInfoLines([`发布时间：2022-07-01  ${label}：${value}  字号：大 中 小`])[field]).toBe(value);
    });
  });

  it.each(['点击量', '浏览次数', '阅读', '访问量'])('%s gives the view count', (label) => {
    expect(parseInfoLines([`来源：常州日报 ${label}：1234 打印`]).views).toBe(1234);
  });

  it('gives null for labels with empty values', () => {
    expect(parseInfoLines(['来源: 作者: 浏览次数: 责任编辑:'])).toEqual({
      published_at: null,
      source: null,
      issuer: null,
      index_no: null,
      doc_no: null,
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
    expect(parseInfoLines(['中国的一位年轻的医生微笑着告诉记者：被称之为最缺乏信心的肺癌，“我的病人可以不做化疗了。”']).author).toBeNull();
    expect(parseInfoLines(['麻辣杂谈\t记者江湖\t中国川剧']).author).toBeNull();
    expect(parseInfoLines(['新京报记者登录拼多多全球购页面发现']).author).toBeNull();
    expect(parseInfoLines(['微距攝影：美輪美奐夢幻島']).author).toBeNull();
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
    ['（袁源）', '袁源'],
    ['新京报记者 陆一夫', '陆一夫'],
    ['澎湃新闻记者 段彦超 廖艳', '段彦超 廖艳'],
    ['采写：南都记者 余毅菁 向雪妮', '余毅菁 向雪妮'],
    ['（记者张建 周长庆）', '张建 周长庆'],
    ['（信报记者 蔡雪婧）', '蔡雪婧'],
    ['据悉，该项目年内投用。（北京青年报记者 王明 李华）', '王明 李华'],
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
    ['(综合报道)'],
    ['(金羊网)'],
    ['本报记者 深入一线'],
    ['记者 看到'],
    ['（完）'],
  ])('%s → null', (line) => {
    expect(trailingByline(line)).toBeNull();
  });

  it('reads any credit the grammar reads in the closing parenthesis, but no photographer of a caption', () => {
    expect(trailingAuthors('推动全县经济社会高质量发展。（文/张建国）')).toBe('张建国');
    expect(trailingAuthors('推动全县经济社会高质量发展。（记者 张建国 摄）')).toBe('张建国');
    expect(trailingAuthors('推动全县经济社会高质量发展。（融媒体记者 张建国）')).toBe('张建国');
    expect(trailingByline('12月15日，消防车停在嘉茂中心外。新华社发（万象 摄）')).toBeNull();
  });

  it('removes the byline and keeps the sentence; the writers in parentheses closing it are part of it as printed', () => {
    expect(withoutTrailingByline('分别就相关工作进行安排部署。 周雪梅')).toBe('分别就相关工作进行安排部署。');
    expect(withoutTrailingByline('提供坚强保证。(记者 魏宁)')).toBe('提供坚强保证。(记者 魏宁)');
    expect(withoutTrailingByline('提供坚强保证。（通讯员 李晓明）')).toBe('提供坚强保证。（通讯员 李晓明）');
    expect(withoutTrailingByline('提供坚强保证。（编辑：李四）')).toBe('提供坚强保证。');
    expect(withoutTrailingByline('(记者 魏宁)')).toBe('');
    expect(withoutTrailingByline('陈金虎强调')).toBe('陈金虎强调');
  });
});

describe('leadingByline', () => {
  it('reads a byline that opens the body; the writers stay in the text as printed, an editor or a whole line goes', () => {
    expect(leadingByline('(记者 魏宁)1月4日下午,市委常委会召开会议。')).toBe('魏宁');
    expect(withoutLeadingByline('(记者 魏宁)1月4日下午,市委常委会召开会议。')).toBe('(记者 魏宁)1月4日下午,市委常委会召开会议。');
    expect(withoutLeadingByline('(编辑：李四)1月4日下午,市委常委会召开会议。')).toBe('1月4日下午,市委常委会召开会议。');
    expect(withoutLeadingByline('(记者 魏宁)')).toBe('');
  });

  it('reads the reporters of a dateline and keeps the dateline in the text', () => {
    const lede = '本报讯（记者 陈鑫 通讯员 李华）昨天,全市召开安全生产工作会议。';
    expect(leadingByline(lede)).toBe('陈鑫 李华');
    expect(withoutLeadingByline(lede)).toBe(lede);
    expect(leadingByline('新华社北京7月1日电（记者 林晖）记者1日从中央气象台获悉,雨雪过程将加强。')).toBe('林晖');
  });

  it('leaves an opening parenthesis that is not a byline', () => {
    expect(leadingByline('(2022)年度报告')).toBeNull();
  });

  it('reads reporters filing from somewhere at the start of a lede', () => {
    expect(leadingByline('本报记者罗科苏盈发自北京 日前，国务院召开常务会议。')).toBe('罗科苏盈');
    expect(leadingByline('本报记者 王明 李华 报道 近日，全市召开会议。')).toBe('王明 李华');
    expect(leadingByline('〔記者魏怡嘉／台北報導〕流感疫情持續升溫。')).toBe('魏怡嘉');
    expect(leadingByline('【记者 张三】今天上午，全市召开会议。')).toBe('张三');
    expect(leadingByline('近日，记者从市里获悉，相关报道称会议已召开。')).toBeNull();
    // After a dateline without parentheses (本报讯 记者X报道：), the convention of many city papers.
    expect(leadingByline('羊城晚报讯 记者帅鹏坤报道：面临破产危险的柯达似乎不愿就此沉沦。')).toBe('帅鹏坤');
    expect(leadingByline('本报讯 记者 张三 通讯员 李四 报道：昨天，全市召开会议。')).toBe('张三 李四');
    expect(leadingByline('大江网讯 实习生吴梦丽、记者喻云亮报道：1月15日，全省体育工作会议召开。')).toBe('吴梦丽 喻云亮');
    expect(leadingByline('本报讯 记者从市交通局获悉，春运期间将加开列车。')).toBeNull();
    expect(withoutLeadingByline('(2022)年度报告')).toBe('(2022)年度报告');
  });
});

describe('parseInfoLines: 文/图 credits and spaced names', () => {
  it('reads 文/张三 and 图｜李四, not 本文/图片', () => {
    expect(parseInfoLines(['文/张三']).author).toBe('张三');
    expect(parseInfoLines(['文 / 张三 图｜李四']).author).toBe('张三 李四');
    expect(parseInfoLines(['本文/图片来自网络']).author).toBeNull();
  });

  it('joins a two-character name spaced to the width of three', () => {
    expect(parseInfoLines(['作者：张 三']).author).toBe('张三');
  });
});

describe('parseInfoLines: placeholders', () => {
  it('takes no author from 未知 or 网络整理, keeps the editor beside it', () => {
    expect(parseInfoLines(['作者：未知 责任编辑：棒棒不是糖'])).toMatchObject({ author: null, editor: '棒棒不是糖' });
    expect(parseInfoLines(['时间：2019-09-25 作者：网络整理']).author).toBeNull();
  });
});

describe('parseInfoLines: several person labels on one line', () => {
  it('keeps every name, correspondents too', () => {
    expect(parseInfoLines(['记者 周雪梅 通讯员 成组宣']).author).toBe('周雪梅 成组宣');
    expect(parseInfoLines(['记者 王明 表示']).author).toBe('王明');
    expect(parseInfoLines(['新华网1月16日电（记者王昀加\u3000王庆钦）她曾是游轮之一']).author).toBe('王昀加 王庆钦');
    expect(parseInfoLines(['新華網海口１月１２日電（記者傅勇濤）海南省']).author).toBe('傅勇濤');
  });
});

describe('creditInBodyEnds', () => {
  const text = '会议强调，要坚持党建引领，推动党组织向网格延伸。';
  it('reads a lede that opens with reporters, or a closing credit, and leaves plain text alone', () => {
    expect(creditInBodyEnds(['本报记者罗科苏盈发自北京 日前召开会议。', text, text])).toBe('罗科苏盈');
    expect(creditInBodyEnds([text, text, '执笔人：闵乐夫 赵兰波 刘韬 刘晋芳 胡玉顺'])).toBe('闵乐夫 赵兰波 刘韬 刘晋芳 胡玉顺');
    expect(creditInBodyEnds([text, `${text}（信报记者 蔡雪婧）`])).toBe('蔡雪婧');
    expect(creditInBodyEnds([text, '作者：中国经济网'])).toBeNull();
    expect(creditInBodyEnds([text, text, text])).toBeNull();
  });
});

describe('namesUnderTitle', () => {
  const text = '人心不会熄灭，但它可能蒙上灰烬而不再燃烧。';
  it('takes a names line under heading-like lines, not a line in the text', () => {
    expect(namesUnderTitle(['胡平', '——当代中国的精神危机', text])).toBe('胡平');
    expect(namesUnderTitle(['社会资本与再就业', '赵延东、风笑天', text])).toBe('赵延东 风笑天');
    expect(namesUnderTitle([text, '胡平', text])).toBeNull();
    expect(namesUnderTitle(['胡平'])).toBeNull();
  });
});
