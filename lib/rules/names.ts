// Person names: the one test every field uses to decide whether a string names a person (a surname table as data,
// given names of one or two characters, transliterated minority names) and the words that make a string a unit.

import { words } from './words';

/** Single-character surnames, one a line (Simplified; callers convert Traditional text first). */
export const SURNAMES: ReadonlySet<string> = new Set(
  words(`
王
李
张
刘
陈
杨
黄
赵
吴
周
徐
孙
马
朱
胡
郭
何
高
林
罗
郑
梁
谢
宋
唐
许
韩
冯
邓
曹
彭
曾
肖
田
董
袁
潘
于
蒋
蔡
余
杜
叶
程
苏
魏
吕
丁
任
沈
姚
卢
姜
崔
钟
谭
陆
汪
范
金
石
廖
贾
夏
韦
付
傅
方
白
邹
孟
熊
秦
邱
江
尹
薛
闫
段
雷
侯
龙
史
陶
黎
贺
顾
毛
郝
龚
邵
万
钱
严
覃
武
戴
莫
孔
向
汤
常
温
康
施
文
牛
樊
葛
邢
安
齐
易
乔
伍
庞
颜
倪
庄
聂
章
鲁
岳
翟
殷
詹
申
欧
耿
关
兰
焦
俞
左
柳
甘
祝
包
宁
尚
符
舒
阮
柯
纪
梅
童
凌
毕
单
季
裴
霍
涂
成
苗
谷
盛
曲
翁
冉
骆
蓝
路
游
辛
靳
管
柴
蒙
鲍
华
喻
祁
蒲
房
滕
屈
饶
解
牟
艾
尤
阳
时
穆
农
司
卓
古
吉
缪
简
车
项
连
芦
麦
褚
娄
窦
戚
岑
景
党
宫
费
卜
冷
晏
席
卫
米
柏
宗
瞿
桂
全
佟
应
臧
闵
苟
邬
边
卞
姬
师
仇
栾
隋
商
刁
沙
荣
巫
寇
桑
郎
甄
丛
仲
虞
敖
巩
佘
池
查
麻
苑
迟
邝
封
谈
匡
鞠
惠
荆
乐
冀
郁
胥
班
储
栗
燕
楚
鄢
劳
谌
奚
皮
粟
冼
蔺
楼
满
闻
厉
伊
仝
郜
阚
花
权
帅
屠
豆
朴
盖
练
廉
禹
井
祖
漆
巴
丰
支
卿
狄
计
索
宣
晋
相
初
云
容
敬
扈
晁
芮
阙
浦
戈
伏
鹿
薄
邸
雍
辜
羊
乌
裘
亓
邰
赫
杭
况
宿
逯
隆
茹
诸
慕
危
亢
嵇
哈
湛
宾
戎
勾
茅
於
揭
尉
冶
斯
束
檀
衣
昝
幸
植
衡
尧
风
萧
印
禤
逄
笪
佴
蒯
禚
訾
弓
昌
郗
仉
糜
贲
邴
阎
郦
鄂
隗
竺
郏
宓
汝
凤
铁
谯
旷
官
殳
那
桓
钮
逢
郅
沃
母
寿
钭
阴
郇
暴
蔚
骞
俸
郄
濮
侍
`),
);

/** Two-character surnames. */
export const COMPOUND_SURNAMES: readonly string[] = words(`
欧阳
司马
诸葛
上官
东方
皇甫
尉迟
公孙
慕容
长孙
宇文
司徒
夏侯
令狐
端木
西门
南宫
申屠
轩辕
澹台
呼延
万俟
闻人
太史
百里
东郭
独孤
钟离
赫连
拓跋
`);

/**
 * Words that end the name of a unit, an outlet or a role, never a person's: a string ending so is a unit (市公安局,
 * 医技药剂党支部, 泰兴市融媒体中心), an outlet (新华网) or a phrase (陈金虎强调).
 */
export const UNIT_ENDINGS: readonly string[] = words(`
局
委
办
厅
处
室
院
所
站
队
部
社
报
网
台
刊
馆
署
中心
支部
党委
党组
总支
办事处
委员会
办公室
政府
法院
检察院
融媒体
融媒
客户端
公众号
频道
集团
公司
协会
学会
新闻
发布
在线
头条
之声
窗口
本页
页面
顶部
首页
收藏
打印
分享
评论
纠错
链接
下载
强调
要求
指出
表示
讲话
会议
工作
发展
建设
主持
召开
出席
部署
报道
通讯
记者
编辑
来源
全文
原文
附件
完
结束
讯
`);

/** Characters of function words, verbs and units that given names practically never contain (全会认为, 党委, 常委). */
const NOT_IN_GIVEN_NAME = new Set(
  '的了是在和与及等对将从会认指要示求调议委员区市省县镇村部局厅处室办司院所站队组届次年说称谈讲召开举行出席参加吗呢吧之其这那个们'.split(''),
);

/**
 * Characters that transliterated Tibetan, Uyghur, Mongolian and other minority names are written with (格桑边觉,
 * 次仁卓玛, 阿不都热合曼, 巴特尔): a name without a Han surname counts only when made of these.
 */
const TRANSLITERATION = new Set(
  words(`
阿 艾 安 昂 敖 巴 拜 班 邦 贝 本 边 别 宾 波 布 才 仓 措 次 旺 达 丹 旦 德 登 迪 丁 东 顿 多 朵 额 尔 噶 甘 刚 格 根 贡 古 桂 哈 海 汗 罕 合 赫 洪 呼 胡 吉 加 嘉 坚 江 杰 金 晋 久 觉 喀 卡 凯 坎 康 科 克 肯 孔 库 拉 喇 来 赖 兰 朗 勒 雷 累 力 丽 利 列 林 琳 卢 鲁 伦 罗 洛 玛 麦 买 满 曼 毛 梅 美 门 蒙 孟 米 密 敏 明 莫 姆 木 穆 那 娜 纳 乃 南 尼 年 娘 宁 努 诺 帕 潘 培 朋 平 普 齐 其 奇 强 钦 琴 青 琼 曲 确 然 热 仁 日 荣 如 萨 塞 赛 桑 色 森 沙 莎 尚 生 石 史 斯 松 苏 索 塔 台 太 坦 唐 特 提 通 图 吐 托 瓦 汪 旺 威 维 卫 温 文 翁 沃 乌 吾 西 希 锡 夏 先 香 祥 孝 协 欣 新 兴 雄 秀 旭 雅 亚 岩 彦 央 扬 阳 耶 叶 伊 依 义 英 尤 于 玉 元 云 扎 占 章 珍 真 正 孜 宗 卓 尊 泽 增 曾 则 扎 赞
`).flatMap((line) => line.split(/\s+/)),
);

const HAN = /^\p{Script=Han}+$/u;
const CREDIT_TAIL = /(?:摄|攝|摄影|供图|报道|报导|報導|发自|發自)$/u;
const UNIT_ENDING = new RegExp(`(?:${UNIT_ENDINGS.join('|')})$`, 'u');

function hasSurname(token: string): boolean {
  return SURNAMES.has(token[0]) || COMPOUND_SURNAMES.some((s) => token.startsWith(s) && token.length >= 3);
}

/** In a credit the name is expected: only function words rule a given name out there (刘会 is a name, 全会 is not). */
const NOT_IN_CREDITED_NAME = new Set('的了是在与及等对将从这那个们吗呢吧之说称'.split(''));

function givenNameOk(given: string, credited = false): boolean {
  const banned = credited ? NOT_IN_CREDITED_NAME : NOT_IN_GIVEN_NAME;
  return [...given].every((c) => !banned.has(c));
}

/** A string that names a unit, an outlet or a role rather than a person (see UNIT_ENDINGS). */
export function isUnitName(s: string): boolean {
  return UNIT_ENDING.test(s.trim());
}

export interface NameTestOptions {
  /**
   * The string stands where a credit puts names (after 记者, 通讯员, 作者：): transliterated minority names without a
   * Han surname (格桑边觉, 阿不都热合曼) count too.
   */
  credited?: boolean;
}

/**
 * Whether a token (Simplified) names a person: a surname and a given name of one or two characters (a compound
 * surname may take three in all); a transliteration with a middle dot (买买提·艾力); in a credit, a minority name of
 * four to seven characters. Never a string that ends like a unit or a phrase.
 */
export function isPersonName(token: string, opts: NameTestOptions = {}): boolean {
  const t = token.trim();
  if (t.includes('·')) {
    const parts = t.split('·');
    return parts.length <= 4 && parts.every((p) => p.length >= 1 && p.length <= 6 && [...p].every((c) => TRANSLITERATION.has(c)));
  }
  // A photo credit or a filing line glued to the name (廖宇杰摄, 潘姿羽台北报导) is no name.
  if (!HAN.test(t) || t.length < 2 || isUnitName(t) || CREDIT_TAIL.test(t)) return false;
  const credited = opts.credited === true;
  if (t.length <= 4 && hasSurname(t) && givenNameOk(t.slice(1), credited)) return true;
  return credited && t.length >= 4 && t.length <= 7 && [...t].every((c) => TRANSLITERATION.has(c));
}
