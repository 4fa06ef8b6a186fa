import { describe, expect, it } from 'vitest';
import { headEnd, innerDebrisLines, isFollowPrompt, tailStart } from '../../lib/normalize/boilerplate';
import { cutAtEndMarker } from '../../lib/normalize/bodyLines';

const S1 = '会议强调，要坚持党建引领，健全完善县、乡、村、网格四级组织体系，推动党组织向网格、楼栋、小区延伸。';
const S2 = '全会指出，党的二十大是在全党全国各族人民迈上全面建设社会主义现代化国家新征程的关键时刻召开的一次十分重要的大会。';

describe('cutAtEndMarker: the closing lines of a blog post', () => {
  it('cuts at the post footer, with the comments and the other post under it', () => {
    const lines = [S1, S2, '(本文发表于首页批评与建议, 已被阅读178次)', '本文通告引用(Trackback)链接: /wp-trackback.php?p=1700', '某网友的评论', S1];
    expect(cutAtEndMarker(lines)).toEqual([S1, S2]);
  });

  it('cuts at the first comment header (网名 对…的评论:)', () => {
    const lines = [S1, S2, S1, '瑞雪 对奶粉事件的评论:', S2, '刘英对奶粉事件的评论:', '坑人！'];
    expect(cutAtEndMarker(lines)).toEqual([S1, S2, S1]);
  });

  it('keeps an article that quotes a single comment header', () => {
    const lines = [S1, S2, S1, '一位网友对此事的评论：', '“这样的做法值得推广。”'];
    expect(cutAtEndMarker(lines)).toEqual(lines);
  });

  it('cuts at a comment count line', () => {
    expect(cutAtEndMarker([S1, S2, '《播客热潮迅速蔓延》已有1件评论', S1])).toEqual([S1, S2]);
  });

  it('keeps the text when what follows the footer is longer than the post', () => {
    const lines = [S1, '刘英对奶粉事件的评论:', S1, S2];
    expect(cutAtEndMarker(lines)).toEqual(lines);
  });

  it('keeps an article sentence about comments', () => {
    const lines = [S1, '网友对此事的评论很多，多数人支持这一做法。', S2];
    expect(cutAtEndMarker(lines)).toEqual(lines);
  });
});

describe('innerDebrisLines: link boxes', () => {
  it('finds a 推荐阅读 box and its titles inside the body', () => {
    const lines = [S1, '推荐阅读', '发改委再度约谈食用油涨价企业', '[组图]某明星否认分手传闻', S2];
    expect([...innerDebrisLines(lines)]).toEqual([1, 2, 3]);
  });

  it('finds a 相关新闻： box', () => {
    const lines = [S1, '相关新闻：', '某企业三遇产品不合格', '某企业回应“虚标门”', '冰洗不给力', S2];
    expect([...innerDebrisLines(lines)]).toEqual([1, 2, 3, 4]);
  });

  it('takes an inline 延伸阅读： line even without titles under it', () => {
    expect([...innerDebrisLines([S1, '延伸阅读：57岁小学肄业 广西骗子演绎惊天骗局', S2])]).toEqual([1]);
  });

  it('takes nothing when no title follows a marker', () => {
    expect(innerDebrisLines([S1, '相关链接', S2, S2]).size).toBe(0);
  });

  it('leaves the first line to the head rules and short lines without a marker alone', () => {
    expect(innerDebrisLines(['推荐阅读', '某标题', S1]).size).toBe(0);
    expect(innerDebrisLines([S1, '陈金虎强调', '坚定政治信仰', S2]).size).toBe(0);
  });
});

describe('innerDebrisLines: credit lines among the first lines', () => {
  it('finds a byline under a lead-in paragraph', () => {
    expect([...innerDebrisLines([S1, '记者陈钧凯／台北报导', S2])]).toEqual([1]);
  });

  it('finds a dateline alone on its line under the 副题, which the head rules keep', () => {
    const lines = ['满记甜品“芒果布丁”被查细菌超标', '沪上24家门店已全面停售问题产品', '本报讯 （记者 陈鑫）', S1];
    expect([...innerDebrisLines(lines)]).toEqual([2]);
    expect(headEnd(lines)).toBe(0);
  });

  it('leaves a credit line further down alone', () => {
    expect(innerDebrisLines([S1, S2, S1, S2, '记者陈钧凯／台北报导', S1]).size).toBe(0);
  });
});

describe('isFollowPrompt and the ends', () => {
  it('cuts an invitation to install the site app above the body', () => {
    expect(headEnd(['安装新浪财经客户端第一时间接收最全面的市场资讯→【下载地址】', S1])).toBe(1);
  });

  it('keeps a lede that reports a new account and welcomes followers', () => {
    const lede = '近日，我市政务微信公众号正式开通上线，欢迎广大市民关注，及时了解全市重点工作动态和便民服务信息。';
    expect(headEnd([lede, S1])).toBe(0);
  });

  it('recognises invitations to follow the site, not sentences about social media', () => {
    expect(isFollowPrompt('欢迎加入本站邮件列表，您将得到最新更新邮件。请在表格中填入您的邮件地址：')).toBe(true);
    expect(isFollowPrompt('香港新浪新闻现已开设Facebook专页，让你即时掌握本地、中国、国际新闻。')).toBe(true);
    expect(isFollowPrompt('该市政务微博已开设三年，累计发布信息两万余条。')).toBe(false);
  });

  it('cuts a byline standing above such an invitation at the tail', () => {
    const lines = [S1, S2, '文/记者 范维', '香港新浪新闻现已开设Facebook专页，让你即时掌握本地、中国、国际新闻。', '(内容由新浪北京提供。未经授权，不得转载。)'];
    expect(tailStart(lines)).toBe(2);
  });
});

describe('cutAtEndMarker: a second story on the page', () => {
  const opening = '楚天都市报讯 （记者严珑 通讯员黄冬香）7天的紧急准备、5小时的紧张采集，昨晚，168毫升救命造血干细胞送抵武汉。';
  const sidebar = ['记者直击爱的速递', '从长沙采集的“救命血”，当晚运抵武汉', '图为：上午8时49分开始采集造血干细胞', '楚天都市报记者严珑 通讯员黄冬香发自湖南长沙'];

  it('cuts at the headings over a reporters-only line when the first story opened with its dateline', () => {
    const lines = ['图为：捐献者一家人其乐融融。', opening, S1, S2, ...sidebar, S1, S2];
    expect(cutAtEndMarker(lines)).toEqual(['图为：捐献者一家人其乐融融。', opening, S1, S2]);
  });

  it('keeps everything when the page did not open with a dateline', () => {
    const lines = [S1, S2, S1, ...sidebar, S1, S2];
    expect(cutAtEndMarker(lines)).toEqual(lines);
  });

  it('keeps the article going on under captions and a photo credit', () => {
    const lines = [opening, S1, S2, '活动现场', '志愿者为群众讲解政策', '记者 王五 通讯员 李华 摄', S1, S2];
    expect(cutAtEndMarker(lines)).toEqual(lines);
  });

  it('keeps in-body headings that no reporters-only line follows', () => {
    const lines = [opening, S1, S2, '记者直击爱的速递', '从长沙采集的“救命血”，当晚运抵武汉', S1, S2];
    expect(cutAtEndMarker(lines)).toEqual(lines);
  });
});
