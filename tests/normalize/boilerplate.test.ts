import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, stripBoilerplateLines } from '../../lib/normalize/boilerplate';

const P1 = '12月28日上午,中国共产党常州市金坛区第十四届委员会第四次全体会议在市民中心召开。全会以习近平新时代中国特色社会主义思想为指导。';
const P2 = '全会指出,党的二十大是在全党全国各族人民迈上全面建设社会主义现代化国家新征程的关键时刻召开的一次十分重要的大会。';
const HEADING = '陈金虎强调';

describe('isBoilerplateLine', () => {
  it.each([
    ['发布日期:2022-07-01   来源:政法委浏览次数: 字号:〖'],
    ['发布时间:2022-12-29  来源:金坛区融媒体中心  发布开发区:江苏金坛经济开发区'],
    ['2021/5/21   点击量:276413'],
    ['您现在的位置:首页 > 开发区新闻 > 常州 > 文字新闻'],
    ['当前位置：首页 > 要闻'],
    ['首页 > 新闻中心 > 本地新闻'],
    ['【大 中 小】'],
    ['字号:大 中 小 打印 关闭窗口'],
    ['分享到'],
    ['关闭窗口'],
    ['上一篇:关于开展工作的通知'],
    ['下一条:永乐店邀专家解读十八大精神'],
    ['上篇:没有了'],
    ['下篇:区委召开常委会(扩大)会议'],
    ['相关阅读'],
    ['阅读推荐'],
    ['新闻爆料'],
    ['扫一扫在手机打开当前页'],
    ['关注微信公众号'],
    ['声明:本文仅代表作者个人观点,与本网无关。其原创性以及文中陈述文字和内容未经本站证实,请读者仅作参考。'],
    ['本文仅代表作者个人观点,与新江南网无关。其原创性以及文中陈述文字和内容未经本站证实,请读者仅作参考。'],
    ['转载请注明出处'],
    ['Copyright © 2015-2024 InvestCHN.com All Rights Reserved. 版权所有:投促中国'],
    ['© 成华区融媒体中心 《新成华》半月刊'],
    ['ICP备:蜀ICP备19027248号-3'],
    ['常州长安网 备案号:苏ICP备05003616号'],
    ['川公网安备 51010802001228号'],
    ['主办单位:中共常州市委政法委员会 联系邮箱:webmaster@czshgl.gov.cn'],
    ['  • 联系电话:+86-0512-53660867'],
    ['  • 传  真:+86-0512-53660867'],
    ['  • 邮  箱:info@investchn.com'],
    ['技术支持:某某科技'],
    ['与我们联系'],
    ['↑ TOP'],
    ['返回顶部'],
    ['等待处理…'],
    ['http://www.chrmpaper.com/content/2021-05/21/004750.html'],
    ['http://www.chrmpaper.com/Content/themes/mobilechrm/images/weixinlogo.png'],
    ['责任编辑:李四'],
    ['(责任编辑:李四)'],
    ['(完)'],
    ['<爱上你,爱上新江南网:loginbisaqq.com www.xjnnet.net,loginbisaqq.com欢迎您!>声明:'],
    ['123456789下一页'],
    ['[1] [2] 下一页'],
    ['第1页/共1页 << 上一页 | 下一页 >>'],
    ['[上一篇] [下一篇]'],
    ['返目录　下一页'],
    ['分享到: 欢迎发表评论 我要评论'],
    ['分享到：MSN开心网人人网豆瓣新浪微博搜狐微博腾讯微博更多'],
    ['转帖到： 腾讯微博 新浪微博 搜狐微博'],
    ['0人参与0条评论打印转发'],
    ['调整字体︰大 中 小'],
    ['【字号 大 中 小】　【打印】　【关闭】'],
    ["'正在加载中...'"],
    ['跟贴读取中...'],
    ['相关新闻<<<某某活动举行 [高清大图]'],
    ['关键字: 干眼症 除湿机 电暖炉'],
    ['标签：北京 空气质量'],
    ['本篇新闻热门关键词:'],
    ['感谢您访问京华网(www.jinghua.cn)'],
    ['3g.ifeng.com 用手机随时随地看新闻'],
    ['Trackback: http://tb.example.net/TrackBack.aspx?PostId=543698'],
    ['联系方式：新华网江苏频道 电话：(025)84783450'],
    ['世华财讯资讯中心：editor@shihua.com.cn'],
    ['网易声明：网易转载上述内容出于传递更多信息之目的，不表明证实其描述或赞同其观点。文章内容仅供参考。'],
    ['【免责声明】本文仅代表作者本人观点，与和讯网无关。'],
    ['• 凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点，也不代表本网对其真实性负责。'],
    ['凡注明为其它来源的信息均转自其它媒体，转载是为了传递更多信息，并不代表本网赞同其观点和对其真实性负责。'],
    ['转载并不代表本网赞同其观点'],
    ['① 凡本网注明”稿件来源：新华网云南频道”的所有文字、图片和音视频稿件，版权均属新华网云南频道。'],
    ['如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。'],
    ['本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。'],
    ['(内容由新浪北京提供。未经授权，不得转载。)'],
    ['未经本网书面授权，不得转载、摘编或以其他方式使用本网内容。'],
    ['*本网站有关内容转载自合法授权网站，如果您认为转载内容侵犯了您的权益，'],
    ['(陈巍 编辑)'],
    ['（责任编辑 余凌云）'],
    ['(责编： 山水)'],
    ['制图/帅灵茜'],
    ['(记者 魏宁)'],
    ['新京报记者 陆一夫'],
    ['延伸 · 推荐'],
    ['关注新浪体育(微博) ，了解更多体坛资讯。'],
    ['新华社记者廖宇杰摄'],
    ['文/图记者黄国金、华莹实习生杨金运'],
    ['图'],
    ['【组图】'],
    ['（记者 王明 通讯员 李华）'],
    ['文 官嘉盈'],
    ['记者陈钧凯／台北报导'],
    ['您是本文第 154 个阅览者'],
    ['索引号：014000319/2022-00123  主题分类：综合政务'],
    ['发布机构：市政府办公室  成文日期：2022-07-01'],
    ['文号：常政办发〔2022〕12号'],
    ['Produced By 大汉网络 大汉版通发布系统'],
    ['视频加载中...'],
    ['政府网站找错'],
    ['您是第 12345 位访问者'],
    ['订阅某某新闻报，移动发1到10658303 联通发XW至10655800'],
    ['发送GP到6666 随时随地查行情'],
    ['如果你对财经频道有任何意见或建议，请到交流平台反馈。【到微博反馈】'],
    ['马上成为Yahoo! 新闻的Fans'],
    ['Facebook'],
    ['邱俐颖／台北报导'],
    ['北中心／北报导'],
    ['2012-01-17 中国时报 邱俐颖／台北报导'],
    ['中广新闻／陈奕华'],
    ['(金羊网)'],
    ['(据《重庆晚报》)'],
    ['【台湾新生报／记者苏湘云／台北报导】'],
    ['【更多精采内容，详见新生报之《养生文化报》】'],
    ['本报记者罗科苏盈发自北京'],
    ['〓 网易娱乐 某某留言板 发布时间 2005/05/17 22:11:42 by 眉间尺 〓'],
    ['今 日 推 荐\t征集现场观众 和“搜星”一起过五一 某某早产诞下女婴'],
    ['6、回复【垃圾分类】查看投放指南'],
    ['点击菜单栏【便民服务】解锁更多服务！'],
    ['看都看完了，点【在看】试试'],
    ['责编|陈梦莹'],
    ['来源｜广州参考、羊城晚报'],
    ['正文已结束，您可以按alt+4进行评论'],
    ['收藏 举报'],
  ])('%s is debris', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    [P1],
    [P2],
    [HEADING],
    ['盛蕾要求'],
    ['坚定政治信仰,强化理论武装'],
    ['记者:请问您如何看待今年的经济形势?'],
    ['全会由区委常委会主持。'],
    ['会议强调,来源于群众的智慧是做好工作的根本,地址选定要充分听取意见,时间安排要科学合理。'],
    ['一、以党的全面领导为引领,统揽高质量发展全局。'],
    ['外交部发言人声明：中方坚决反对任何形式的单边制裁,敦促有关方面立即停止错误做法。'],
    ['未经许可，任何单位和个人不得擅自占用、挖掘城市道路，违者将依法追究法律责任。'],
    ['经核查，相关平台已删除相关内容，并对涉事账号予以封禁处理，有关部门将持续加强监管。'],
    ['如果商家侵犯了您的合法权益，请及时拨打12315热线电话进行投诉，市场监管部门将依法处理。'],
    ['常州市人民政府办公室'],
    ['2022年7月1日'],
    ['附件：1.2022年工作要点'],
    ['他说:“我们将继续努力,第12页的数据说明了一切。”'],
    ['关键在于落实。'],
    ['市民可编辑短信发送至12345反映问题，相关部门将在三个工作日内答复。'],
    ['群众对此次整治有意见建议的，可以向街道办事处反馈。'],
    ['（一）'],
    ['(完善机制)'],
    ['他在台北报导会场见到了老朋友'],
    ['本报记者从市委组织部获悉，全市今年新发展党员三千余名。'],
    ['全市今年的发布时间安排已经确定'],
    ['工作推荐\t某某同志'],
    ['对以上公示内容如有意见建议，请于7日内向区委组织部反馈'],
    ['人民网／新华社记者'],
    ['回复群众诉求要做到件件有着落、事事有回音'],
    ['时间|地点|参会人员'],
  ])('%s is kept', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('stripBoilerplateLines', () => {
  it('removes metadata, the repeated title and breadcrumbs at the head', () => {
    const { lines, removed } = stripBoilerplateLines(
      ['您现在的位置:首页 > 新闻', '中共常州市金坛区委十四届四次全会召开', '发布时间:2022-12-29  来源:金坛区融媒体中心', P1, P2],
      { title: '中共常州市金坛区委十四届四次全会召开' },
    );
    expect(lines).toEqual([P1, P2]);
    expect(removed).toContain('发布时间:2022-12-29  来源:金坛区融媒体中心');
  });

  it('removes a bare date line above the body but keeps the signature date below it', () => {
    const { lines } = stripBoilerplateLines(['- 2024-07-09 21:24:01', P1, P2, '常州市人民政府办公室', '2022年7月1日', '分享到']);
    expect(lines).toEqual([P1, P2, '常州市人民政府办公室', '2022年7月1日']);
  });

  it('removes short ad links under a disclaimer', () => {
    const { lines } = stripBoilerplateLines([P1, P2, '免责声明：本文仅代表作者个人观点，与本网无关。', '·茶王：降三高', '·中医减肥餐每天一顿']);
    expect(lines).toEqual([P1, P2]);
  });

  it('removes the title repeated with its site name', () => {
    const { lines } = stripBoilerplateLines(['全区组织工作会议召开 - 成华区融媒体中心', P1], { title: '全区组织工作会议召开' });
    expect(lines).toEqual([P1]);
  });

  it('removes a site slogan above a breadcrumb', () => {
    const { lines } = stripBoilerplateLines(['打造网上国际投资促进平台 致力于中国投资促进事业', '当前位置:首页 > 新闻', P1]);
    expect(lines).toEqual([P1]);
  });

  it('removes a share-card excerpt that repeats the opening of the first paragraph', () => {
    const { lines } = stripBoilerplateLines(['12月28日上午,中国共产党常州市金坛区第十四届委员会', P1, P2]);
    expect(lines).toEqual([P1, P2]);
  });

  it('removes a source and date line above the body, not a dated sentence', () => {
    expect(stripBoilerplateLines(['华夏人文 2020-03-09 18:14:21', P1, P2]).lines).toEqual([P1, P2]);
    expect(stripBoilerplateLines(['会议定于 2022年7月1日召开。', P1]).lines).toEqual(['会议定于 2022年7月1日召开。', P1]);
  });

  it('removes a listing row of the post title and its date above the body, not a table row below it', () => {
    const row = '湘菜粤菜 兵分两路 (图)\t2005-06-14 03:25:55';
    expect(stripBoilerplateLines([row, P1, P2]).lines).toEqual([P1, P2]);
    expect(stripBoilerplateLines([P1, row, P2]).lines).toEqual([P1, row, P2]);
    expect(stripBoilerplateLines(['公示日期\t2022年7月1日', P1]).lines).toEqual(['公示日期\t2022年7月1日', P1]);
  });

  it('removes a related list: the marker and the short lines after it', () => {
    const { lines, removed } = stripBoilerplateLines([P1, P2, '相关新闻', '全区组织工作会议召开', '区委召开常委会会议', '© 某某网']);
    expect(lines).toEqual([P1, P2]);
    expect(removed).toEqual(expect.arrayContaining(['相关新闻', '全区组织工作会议召开', '区委召开常委会会议']));
  });

  it('keeps short in-body lines when no related marker stands above them', () => {
    const { lines } = stripBoilerplateLines([P1, HEADING, P2, '盛蕾要求', P1, '上一篇:某某']);
    expect(lines).toEqual([P1, HEADING, P2, '盛蕾要求', P1]);
  });

  it('removes a lone name after the last sentence, on its own line or on the same line', () => {
    expect(stripBoilerplateLines([P1, P2, '周雪梅', '分享到']).lines).toEqual([P1, P2]);
    const { lines, removed } = stripBoilerplateLines([P1, `${P2} 周雪梅`]);
    expect(lines).toEqual([P1, P2]);
    expect(removed).toContain('周雪梅');
  });

  it('removes a read-more link appended to the last paragraph, and the editor credit before it', () => {
    expect(stripBoilerplateLines([P1, `${P2}返回搜狐，查看更多`]).lines).toEqual([P1, P2]);
    expect(stripBoilerplateLines([P1, `${P2}返回腾讯网首页>>`]).lines).toEqual([P1, P2]);
    const { lines, removed } = stripBoilerplateLines([P1, `${P2}(编辑：魏宁) 返回搜狐，查看更多`]);
    expect(lines).toEqual([P1, P2]);
    expect(removed).toEqual(['(编辑：魏宁)']);
    expect(stripBoilerplateLines([P1, '市民可登录网站返回首页，查看更多']).lines).toEqual([P1, '市民可登录网站返回首页，查看更多']);
  });

  it('removes the marks of a text continued on another print page or web page, wherever a paragraph carries them', () => {
    expect(stripBoilerplateLines([P1, `${P2}（下转第二版）`]).lines).toEqual([P1, P2]);
    expect(stripBoilerplateLines([`（上接第1版）${P1}`, P2]).lines).toEqual([P1, P2]);
    expect(stripBoilerplateLines([P1, `${P2} (接下一页)`]).lines).toEqual([P1, P2]);
    expect(stripBoilerplateLines([P1, '（下转A3版）', P2]).lines).toEqual([P1, P2]);
    // A sentence about a page is the text.
    const about = '读者可转第三版阅读全文（详见第二版）。';
    expect(stripBoilerplateLines([P1, about]).lines).toEqual([P1, about]);
  });

  it('keeps a (记者 …) byline closing the last paragraph as printed, and removes one on a line of its own', () => {
    expect(stripBoilerplateLines([P1, `${P2}(记者 魏宁)`]).lines).toEqual([P1, `${P2}(记者 魏宁)`]);
    expect(stripBoilerplateLines([P1, P2, '(记者 魏宁)']).lines).toEqual([P1, P2]);
  });

  it('never removes debris-looking lines in the middle of the body', () => {
    const middle = '来源:某某';
    expect(stripBoilerplateLines([P1, middle, P2]).lines).toEqual([P1, middle, P2]);
  });

  it('keeps a long sentence at the tail even when it mentions a label word', () => {
    const last = '会议强调,来源于群众的智慧是做好工作的根本,地址选定要充分听取意见,时间安排要科学合理。';
    expect(stripBoilerplateLines([P1, last, '打印本页']).lines).toEqual([P1, last]);
  });

  it('returns nothing for a page that is all debris, and says what it removed', () => {
    const { lines, removed } = stripBoilerplateLines(['分享到', '↑ TOP', '']);
    expect(lines).toEqual([]);
    expect(removed).toEqual(['分享到', '↑ TOP']);
  });
});
