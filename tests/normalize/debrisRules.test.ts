// The debris rules of lib/normalize/boilerplate.ts, each with lines of its class: every rule has examples, each
// example falls under its own rule (the first that holds), and sentences of articles fall under none.
import { describe, expect, it } from 'vitest';
import { DEBRIS_RULES, debrisRuleOf, withDebrisMemo } from '../../lib/normalize/boilerplate';

const EXAMPLES: Record<string, string[]> = {
  empty: ['', '　 '],
  disclaimer: [
    '免责声明：本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实。',
    '凡本网注明“来源：某某网”的所有作品，版权均属于某某网，未经本网授权不得转载。',
  ],
  url: ['http://www.example.gov.cn/xwzx/202306/t20230615_1.html', '3g.ifeng.com 用手机看新闻'],
  loading: ['正在加载中...', '跟贴读取中'],
  'cms-signature': ['Produced By 大汉网络 大汉版通发布系统', 'Powered by Mountor'],
  'site-tool': ['无障碍', '长者模式', '您是第12345位访问者'],
  breadcrumb: ['当前位置：首页 > 政务要闻', '首页>新闻中心>本地新闻'],
  'prev-next': ['上一篇：我市召开安全生产工作会议', '【下一篇】全市防汛工作推进会召开'],
  pagination: ['[1] [2] [3] [4] [5] [6]', '第1页/共3页 上一页 下一页', '共3页'],
  related: ['相关阅读', '相关新闻：', '往期推荐', '往期回顾：', '今 日 推 荐\t征集现场观众 某某早产诞下女婴'],
  'reading-time': ['阅读提示：本文约1200字', '全文约2000字，阅读约需5分钟', '【阅读时间约6分钟】'],
  widget: ['分享到：', '［更多］', '阅读原文', '点击查看更多'],
  'qr-prompt': ['扫一扫在手机打开当前页', '关注微信公众号'],
  'sms-subscription': ['订阅东北新闻报，移动发1到10658303'],
  'reader-prompt': ['如果你对财经频道有任何意见或建议，请到交流平台反馈'],
  'wechat-prompt': ['点击蓝字 关注我们', '回复【社保】查询缴纳记录', '喜欢就点个赞吧'],
  copyright: ['©2025 浙江省淡水水产研究所', 'Copyright © 2003-2023 某某网 All Rights Reserved', '某市人民政府 版权所有'],
  registration: ['浙ICP备14041274-1号', '苏公网安备 32128102000111号'],
  contact: ['联系电话：0523-83232110', '地址：省城滨江路88号', '陈律师（法律顾问）0432-62099222', '本网站法律顾问：某某律师事务所 张三律师 电话：0571-12345678', '常年法律顾问：某某律师事务所', '联系我们', 'webmaster@newsroom.example.edu'],
  'end-marker': ['（完）', '【全文完】', '—END—', '- END -', '——完——'],
  'media-placeholder': ['（资料图片）', '【组图】'],
  credit: ['（责任编辑 余凌云）', '记者 王五 摄', '文/张三 图/李四', '本报记者 王乐文 方 敏', '编辑｜刘洋 审核｜陈静'],
  'reprint-note': ['据《重庆晚报》', '（来源：新华社）', '《人民日报》（2024年05月10日 04 版）'],
  'ui-words': ['【字号 大 中 小】', '【打印 Print】【关闭 Close】'],
  metadata: ['发布时间：2023-06-15 来源：市农业农村局', '发布时间 2005/05/17 22:11:42'],
};

const SENTENCES = [
  '6月13日至14日，市农业农村局组织专项检查组，对全市2022年度高标准农田建设项目开展质量专项检查。',
  '会议要求，全所干部职工要围绕农业科技创新工作，比学赶超、奋勇争先。',
  '国家财政在粮食生产上投入100万，投资回报可能是400万或者更多。',
  '群众纷纷为救人的民警点个赞。',
  '群众点击蓝色按钮即可关注办理进度，实现“一网通办”。',
  '个人简介：',
  '一、提高思想认识，压紧压实防汛责任',
  '阅读提示：近年来，某县坚持以党建引领基层治理，走出了一条新路子。',
  '县政府法律顾问参加了会议，对合同条款逐一审核。',
];

describe('the debris rules', () => {
  it('each has lines of its class', () => {
    const named = ['empty', 'disclaimer', ...DEBRIS_RULES.map((r) => r.name)];
    expect(Object.keys(EXAMPLES).sort()).toEqual([...named].sort());
    for (const name of named) expect(EXAMPLES[name].length, name).toBeGreaterThan(0);
  });

  for (const [name, lines] of Object.entries(EXAMPLES)) {
    it.each(lines)(`${name}: %s`, (line) => expect(debrisRuleOf(line)).toBe(name));
  }

  it.each(SENTENCES)('no rule takes a line of the article: %s', (line) => expect(debrisRuleOf(line)).toBeNull());

  it('answers the same inside a normalization, asked twice, as outside one', () => {
    const lines = [...Object.values(EXAMPLES).flat(), ...SENTENCES];
    const outside = lines.map(debrisRuleOf);
    expect(withDebrisMemo(() => [...lines, ...lines].map(debrisRuleOf))).toEqual([...outside, ...outside]);
  });
});
