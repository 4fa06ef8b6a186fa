// Page debris at the head and tail of a body: metadata, navigation, related lists, footers, share-card leftovers.
// Only the two ends are touched, and a line that reads like a sentence of the article is never removed.

import { readCredit } from '../rules/credit';
import { alternation, words } from '../rules/words';
import { compact, isCopyrightLine, SENTENCE_END } from '../rules/prose';
import { isDocumentNumberLine } from '../rules/document';
import { CREDIT_BAR, META_LABEL, SPACED_LABEL_LINE } from '../rules/labels';
import { namesParenLine, trailingByline, withoutTrailingByline } from './byline';
import { parseChineseDate } from './date';
import { readPrintCitation } from '../rules/printEdition';
import { cleanTitle } from './title';

export interface BoilerplateContext {
  title?: string | null;
}

const LEADING_BULLET = /^[\s•·▪●◆■□◇○▶►★※◎\-*>①②③④⑤⑥⑦⑧⑨⑩]+/;
const LEADING_BRACKET = /^[(（【[〖「]+/;
const SPACES = /[\s\u00A0\u3000]+/g;

/** The line as the patterns see it: bullets and all spaces removed (`• 传  真:` → `传真:`). */
function keyOf(line: string): string {
  return line.replace(LEADING_BULLET, '').replace(SPACES, '');
}

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
/** A web address inside a short line (3g.ifeng.com 用手机看新闻, Trackback: http://…). */
const HAS_URL = /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|cn|net|org)\b/i;
const MAX_URL_LINE = 80;
const WAITING = /^['"‘“]?(?:等待处理|正在加载中?|(?:视频|图片|页面)?加载中|载入中|读取中|跟贴读取中|loading)[….。.]*['"’”]?$/i;
/** Signatures content management systems print into pages (Produced By 大汉网络 大汉版通发布系统). */
const CMS_SIGNATURE = /^produced\s*by|^powered\s*by/i;
/** Site tools: accessibility and language switches, error reporting, visitor counters. */
const SITE_TOOL = /^(?:政府网站找错|网站找错|适老化|无障碍|无障碍浏览|长者模式|关怀版|繁體|繁体|简体|English|手机版|您是第\d+(?:位|个)(?:访问者|访客))$/i;
const BREADCRUMB = /^(?:您现在的位置|您当前的位置|您的位置|你现在的位置|你的位置|当前位置|所在位置|现在位置|位置)[:：]|^首页[>＞»›/]/;
const BREADCRUMB_STEPS = /(?:[>＞»›].*){2,}/;
const PREV_NEXT = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页|前一篇|后一篇|上一章|下一章|上章|下章)[:：\]】]?/;
/** Page numbers and page links only: 123456789下一页, [1] [2] 下一页, 第1页/共1页 << 上一页 | 下一页 >>, 返目录 下一页. */
const PAGINATION_WORDS = /第\d+页|共\d+页|上一页|下一页|上页|下页|首页|末页|尾页|返回目录|返目录|上一章|下一章|上章|下章|[\d[\]<>«»|/]/g;
/** Headings of a related-articles list, one a line (a WeChat article's 往期推荐 is one). */
const RELATED_MARKERS = words(`
相关阅读
相关新闻
相关文章
相关链接
相关报道
相关稿件
相关专题
阅读推荐
推荐阅读
新闻爆料
延伸阅读
热点推荐
热门推荐
热门文章
猜你喜欢
更多新闻
精彩推荐
编辑推荐
今日推荐
热点新闻
最新新闻
相关附件
头条最新
生活最新
最新
更多相关搜索
本篇新闻热门关键词
热门关键词
延伸推荐
相关推荐
往期推荐
往期回顾
往期精彩
往期精选
往期热文
精彩回顾
近期热文
`);
const RELATED_MARKER = new RegExp(`^(?:${alternation(RELATED_MARKERS)})[:：》>]?$`);
/** A reading-time note above a text: 阅读提示：本文约1200字, 全文约2000字，阅读约需5分钟 (a 阅读提示 that sums the story up stays). */
const READING_TIME = /^(?:阅读提示[:：])?(?:本文|全文)(?:共|约|共约)?\d+字(?:[，,]?(?:预计)?阅读(?:约需|约|需要?|时间约?)\d+分钟)?[。.]?[】\])）]?$|^(?:预计)?阅读(?:约需|需要?|时间约?)\d+分钟[。.]?[】\])）]?$/;
const MIDDLE_DOTS = /[·・•]/g;
/** A related link written on the marker's own line: 相关新闻<<<…[高清大图], 相关阅读：… */
const RELATED_INLINE = /^(?:相关阅读|相关新闻|相关链接|相关文章|延伸阅读|推荐阅读)\s*(?:<<<|>>>|[:：])/;
const QR_PROMPT = /扫一扫|扫码|扫描二维码|关注微信公众号|关注公众号|用手机扫描|手机扫描|二维码|关注.{0,12}(?:微博|微信|公众号|客户端)/;
/** Share bars, comment boxes, read-more links, keyword lists and visitor counters. */
const PAGE_WIDGET =
  /^(?:分享到|分享|转帖到|转发到|收藏到|发表评论|我要评论|网友评论|查看评论|盖楼回复|复制收藏|复制成功|复制链接|发送给朋友|你怎样评价这篇文章|更多热门新闻|放大图片|微博推荐|关键字|关键词|标签|tags?)(?:[:：\s?？»>›|｜]|$)|^(?:点击进入|点击查看|点击阅读|点击图片查看|查看更多|更多精彩|更多精采|了解更多)|^返回\S{1,6}[，,]\s*查看更多$|^正文已结束|^(?:打开|下载).{0,12}(?:app|客户端)[，,]?\s*(?:阅读全文|查看全文|阅读更多)?$|^阅读原文$|^阅读全文$|^图片\d+\/\d+$|^感谢您?(?:访问|浏览|阅读)|^您是本文第\d+个|^\d+人参与|^正有\d+人评论|^没有相关新闻$|快速翻页|^[[［【]?更多[\]］】]?(?:>>|»)?$/i;
const MAX_WIDGET_LINE = 80;
/** An SMS subscription: 订阅东北新闻报，移动发1到10658303…, 发送GP到6666 随时随地查行情. */
const SMS_SUBSCRIPTION = /(?:发送?|编辑短信|回复)\s*[A-Za-z0-9]{1,10}\s*(?:到|至)\s*\d{4,}/;
/**
 * A WeChat account's prompts: 回复【社保】查询缴纳记录, 点击菜单栏【便民服务】, 点【在看】, and at the head of a
 * reposted article 点击蓝字 关注我们 / 点击上方“某某发布”关注.
 */
const WECHAT_PROMPT =
  /回复[【「“"][^】」”"]{1,12}[】」”"]|点击菜单栏|点[【「]?在看[】」]?|点个在看|分享给更多|点击(?:上方|下方)?\s*(?:蓝字|[“"「][^”"」]{1,20}[”"」])\s*(?:一键)?关注/;
/** Its closing prompts, never a sentence (群众纷纷为民警点个赞。 is one): 喜欢就点个赞吧, 点击“阅读原文”查看更多. */
const WECHAT_CLOSING = /点个赞|点击(?:左下角)?[“"「]?阅读原文/;
/**
 * A site asking readers for feedback on itself or to become fans: 如果你对财经频道有任何意见或建议，请到交流平台反馈,
 * 马上成为某某的Fans. A notice asking for 意见建议 on its own matter (如有意见建议，请于7日内反馈) names no site part.
 */
const READER_PROMPT = /(?:频道|栏目|本网|本站|网站).{0,10}意见或?建议.{0,20}反馈|到微博反馈|成为.{1,20}的?(?:fans|粉丝)$/i;
// Disclaimers are removed even when they read as sentences, so their wording is matched narrowly: a regulation's
// 未经许可，任何单位不得擅自占用… or a report that a platform 已删除相关内容 must stay.
const DISCLAIMER_START =
  /^(?:声明|免责声明|版权声明|特别声明|郑重声明)[】\]]?[:：]|^\S{0,6}(?:反侵权公告|侵权公告|版权公告|维权声明)[】\]]?[:：]?$|^(?:本文仅代表|本网站?转载|转载请注明|凡本网注明|凡注明|本网站所刊载|本站声明|本文来源于网络|文章来源于网络|图片来源于网络|版权归原作者|如因作品内容)/;
const DISCLAIMER_ANYWHERE =
  /仅代表作者(?:本人|个人)?观点|转载请注明出处|如有侵权[，,]?请|与本站无关|与本网无关|不代表本[站网]|并不代表本[站网]|转载自其他媒体|转载自其它媒体|转载自合法|转载目的在于|本网转载|不表明证实其描述|未经(?:本网|本站|本报)?(?:书面)?(?:授权|许可)[，,]?\s*(?:不得|禁止|严禁)(?:转载|复制|摘编|镜像)|务经书面授权|严禁转载|本网站?将.{0,20}删除|不构成投资建议|非法转载|侵权线索|擅自转载本?报?社?作品|版权与免责声明|[声申]明[:：]$/;
/** `网易声明：…` / `【免责声明】…`: a 声明 head, with the vocabulary of a disclaimer (a news 声明 has other words). */
const DISCLAIMER_HEAD = /^\S{0,8}?(?:免责声明|版权声明|声明|申明)[】\])）]?[:：]?/;
const DISCLAIMER_WORDS = /转载|版权|侵权|本网|本站|本文仅/;
const REGISTRATION = /icp备|icp证|公网安备|网安备|备案号|备案序号|网站标识码/i;
const CONTACT =
  /^(?:(?:本网站?|本站|本报|本刊|本台)?(?:常年)?法律顾问|主办|承办|协办|技术支持|联系电话|联系邮箱|联系地址|联系方式|传真|邮箱|电子邮箱|地址|电话|邮编|主管|运营维护|网站维护|维护单位|设计制作|制作单位|投稿邮箱|投稿电话|举报电话|爆料电话|报料电话|新闻热线)(?:单位)?[:：]/;
/**
 * Units listed for the matter of the text (承办单位：市发展改革委、市工业和信息化局 under a 提案, 主办单位 of an event):
 * one field, several units joined by 、 and nothing else on the line; a footer's 主办 names the site's one.
 */
const UNITS_OF_THE_MATTER = /^(?:主办|承办|协办)单位[:：][^\s:：,，|]+(?:、[^\s:：,，|]+)+$/;
/** A contact under a site's notice: 陈律师（法律顾问）0432-62099222, 版权合作 010-12345678. */
const PHONE_CONTACT = /^[^。！？，,]{0,20}\d{3,4}-\d{7,8}$/;
const CONTACT_HEADING = /^(?:联系我们|与我们联系|网站地图|网站声明|关于我们|设为首页|加入收藏|返回首页|返回顶部|返回页首|↑?top|↑)$/i;
const EMAIL = /[\w.-]+@[\w-]+\.[\w.]+/;
/** The end of a text, bracketed or between dashes: （完）, 【结束】, —END—, -end-, ——完——. */
const END_MARKER = /^[-—–－~～=_]*[(（【[]?(?:完|结束|全文完|end)[)）】\]]?[-—–－~～=_]*$/i;
/** What is left where an image or a video stood: 图, 【组图】, (资料图片), 视频. */
const MEDIA_PLACEHOLDER = /^[(（【[]?(?:图|图片|组图|资料图|资料图片|视频|高清大图)[)）】\]]?$/;
/**
 * A line made only of page UI words (字号 大 中 小, 打印, 关闭窗口, 0人参与0条评论打印转发 …) and brackets; bilingual
 * sites add the English words (【打印 Print】【关闭 Close】).
 */
const UI_WORDS =
  /调整字体|字号|字体|打印本页|打印|关闭窗口|关闭本页|关闭|返回页首|分享到|分享|转发|收藏本页|收藏|返回顶部|默认|纠错|我要纠错|点赞|在看|微信|微博|qq空间|朋友圈|facebook|twitter|plurk|举报|print|close|share|\d+人参与|\d+条评论|评论|[大中小]|[【】〖〗[\]|:：︰()（）↑↓]/gi;
/** Credits on a line of their own: (陈巍 编辑), （责任编辑 余凌云）, (记者 魏宁), 制图/帅灵茜, 文 官嘉盈, 记者陈钧凯／台北报导. */
const CREDIT_LINE =
  /^[(（]?\s*(?:[\p{Script=Han}A-Za-z·]{2,8}\s*(?:编辑|撰稿|编译|整理|报道|供稿)|(?:记者|通讯员)[\s:：]+[\p{Script=Han}·]{2,4}(?:\s+(?:(?:记者|通讯员)\s+)?[\p{Script=Han}·]{2,4}){0,3}|(?:责任编辑|责编|编辑|撰稿|编译|制图|文|图|摄|摄影|文\/图|图\/文)[\s/／:：]+[\p{Script=Han}A-Za-z·]{2,8}(?:\s+(?:(?:文|图|摄|摄影|编辑|校对)[/／:：]\s*)?[\p{Script=Han}A-Za-z·]{2,8}){0,3}|(?:记者|通讯员)\s*[\p{Script=Han}]{2,4}\s*[／/╱]\s*\S{0,6}(?:报导|报道|摄影|摄)|\S{0,8}?(?:记者|通讯员)\s*[\p{Script=Han}]{2,4}\s*摄|(?:文\/图|图\/文|文|图)\s*(?:记者|通讯员)\S{2,24})\s*[)）]?$/u;
const MAX_CREDIT_LINE = 60;
/**
 * A byline in the slash form many Taiwan and Hong Kong outlets print on a line of its own: 邱俐颖／台北报导, 北中心／北报导,
 * 2012-01-17 中国时报 邱俐颖／台北报导, an outlet and a reporter (中广新闻／陈奕华).
 */
const SLASH_BYLINE =
  /^[【[(（]?(?:\d{4}-\d{1,2}-\d{1,2}\s+)?(?:[\p{Script=Han}]{2,8}[\s／/╱]+)?(?:记者)?(?:[\p{Script=Han}·]{2,6}[／/╱][\p{Script=Han}]{0,6}报[导道]|[\p{Script=Han}]{1,8}(?:新闻|报|社|台|网)[／/╱][\p{Script=Han}·]{2,4})[】\])）]?$/u;
/** A dateline with its reporters and nothing else on the line: 本报讯 （记者 陈鑫）. */
const DATELINE_CREDIT = /^[\p{Script=Han}\d]{0,16}(?:讯|电)\s*[(（]\s*(?:记者|通讯员)[^()（）]{1,30}[)）]$/u;
/** A lede that is only its reporters and where they file from, on a line of its own: 本报记者罗科苏盈发自北京. */
const REPORTER_LINE = /^[\p{Script=Han}]{0,8}?(?:记者|通讯员)[\p{Script=Han}\s·、]{2,16}?(?:发自[\p{Script=Han}]{2,8}|报道|报导)$/u;
/**
 * Where a reprint came from, in parentheses at the end: (金羊网), (据《重庆晚报》), （来源：新华社）, and the unit a
 * government site credits: （泰兴市融媒体中心）, （市应急管理局）.
 */
const SOURCE_NOTE =
  /^[(（](?:据|转自|摘自|来源[:：]?|供稿[:：]?)?\s*(?:《[^》]{1,20}》|[\p{Script=Han}]{1,12}(?:网|报|社|电台|电视台|融媒体中心|新闻中心|传媒中心|局|委|办|厅|政府|办公室|委员会)(?:供稿)?)[)）]$/u;
/** Where a reprint came from, on a line of its own: 据《中国青年报》, 转自《北京科技报》. */
const REPRINT_NOTE = /^(?:据|转自|摘自|来自|选自)《[^》]{1,20}》(?:报道|消息)?$/;
const DATE_ONLY = /^[\d\s年月日号:：\-/.时分秒T+]+$/;
const LONG_SENTENCE = 30;
const MAX_META_LENGTH = 160;
const MAX_SHORT_LINE = 40;
const MAX_SLOGAN = 40;
const MIN_EXCERPT = 12;

function isSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim()) && line.trim().length > LONG_SENTENCE;
}

function isDisclaimer(key: string): boolean {
  const k = key.replace(LEADING_BRACKET, '');
  return (
    DISCLAIMER_START.test(k) ||
    DISCLAIMER_ANYWHERE.test(k) ||
    (DISCLAIMER_HEAD.test(k) && DISCLAIMER_WORDS.test(k))
  );
}

/** A publication time label written without a colon: 发布时间 2005/05/17 22:11:42. */
const TIME_LABEL = /(?:发布|发表|更新|发稿)(?:时间|日期)\s*(?:19|20)\d{2}/;

/** Metadata such as `发布时间:… 来源:… 字号` or `2021/5/21 点击量:276413`. */
function isMetadata(line: string, key: string): boolean {
  // A paragraph that ends with a source note (…操作。(本文来源：某网)) is text, not metadata.
  if (line.length > MAX_META_LENGTH || SENTENCE_END.test(line.trim()) || /[。！？]/.test(line)) return false;
  return META_LABEL.test(key) || TIME_LABEL.test(key) || SPACED_LABEL_LINE.test(line.trim());
}

/** A related marker heading a row of tab-separated titles: 今 日 推 荐	征集现场观众 吴君如早产诞下女婴 …. */
function isRelatedRow(line: string): boolean {
  const cells = line.split('\t');
  return cells.length > 1 && RELATED_MARKER.test(compact(cells[0]).replace(MIDDLE_DOTS, ''));
}

/** A name and a date above a body, as portals print their source: 华夏人文 2020-03-09 18:14:21. */
const NAME_AND_DATE = /^[\p{Script=Han}A-Za-z]{2,12}\s+((?:19|20)\d{2}[-/.年].{3,20})$/u;

/** The first cell of a table row that states a date (公示日期	2022年7月1日): the article's own table. */
const DATE_FIELD = /(?:时间|日期|[日期:：])$/;

/** The same the other way round, as 融媒体 apps print it: 2023-06-15 09:12 泰兴发布. */
const DATE_AND_NAME = /^((?:19|20)\d{2}[-/.年][\d\s\-/.月日:：]{3,16})\s+[\p{Script=Han}A-Za-z]{2,12}$/u;
/** A WeChat article's header line: 原创 泰兴发布 泰兴发布 2023-06-15 09:12 发表于江苏. */
const WECHAT_HEADER = /^.{0,40}?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}.{0,12}?(?:发表于|發表於)\s*\p{Script=Han}{0,8}$/u;

function isNameAndDateLine(line: string): boolean {
  const m = NAME_AND_DATE.exec(line);
  if (m !== null && !DATE_FIELD.test(line.slice(0, line.length - m[1].length).trim()) && isDateLine(m[1])) return true;
  const r = DATE_AND_NAME.exec(line);
  return (r !== null && isDateLine(r[1].trim())) || WECHAT_HEADER.test(line);
}

const MAX_TITLE_ROW = 60;
const MIN_ROW_TITLE = 6;

/** A listing row above a post: its title and a date in a cell of their own (湘菜粤菜 兵分两路 (图)	2005-06-14 03:25:55). */
function isTitleDateRow(line: string): boolean {
  const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
  return (
    cells.length === 2 &&
    line.length <= MAX_TITLE_ROW &&
    cells[0].length >= MIN_ROW_TITLE &&
    !DATE_FIELD.test(cells[0]) &&
    isDateLine(cells[1])
  );
}

/** A line that is nothing but a date (and time): page metadata above a body, a signature date below one. */
function isDateLine(line: string): boolean {
  const bare = line.replace(LEADING_BULLET, '').replace(/^[(（[【]|[)）\]】]$/g, '').trim();
  return DATE_ONLY.test(bare) && parseChineseDate(bare) !== null;
}

/** A line that only credits the reporters (记者陈钧凯／台北报导, (记者 魏宁), 本报记者罗科苏盈发自北京). */
function isCreditLine(line: string): boolean {
  return (
    line.length <= MAX_CREDIT_LINE &&
    (CREDIT_LINE.test(line) || SLASH_BYLINE.test(line) || REPORTER_LINE.test(line) || readCredit(line) !== null)
  );
}

function isUiOnly(key: string): boolean {
  return key.length > 0 && key.length <= MAX_SHORT_LINE && key.replace(UI_WORDS, '') === '';
}

/** A bar of page numbers in brackets: [1] [2] [3], ［1］［2］. */
const PAGE_NUMBER_BAR = /^(?:[[［【]\d{1,3}[\]］】]){2,}$/;

function isPagination(key: string): boolean {
  if (key.length > MAX_SHORT_LINE) return false;
  if (PAGE_NUMBER_BAR.test(key)) return true;
  const rest = key.replace(PAGINATION_WORDS, '');
  return rest === '' && /页|章|目录|\d{2,}/.test(key);
}

/** What the debris rules see of a line: trimmed, its key (bullets and spaces removed), the key without a bracket. */
interface LineView {
  line: string;
  key: string;
  unbracketed: string;
  /** Ends like a sentence (。！？…, a closing quote after). */
  ends: boolean;
}

export interface DebrisRule {
  name: string;
  test: (v: LineView) => boolean;
}

/**
 * Debris wherever it stands at the head or tail of a body, one named rule a class, tried in order. A long sentence
 * is never debris (the disclaimer rule is tried before that test: disclaimers read as sentences).
 */
export const DEBRIS_RULES: readonly DebrisRule[] = [
  { name: 'url', test: (v) => URL_ONLY.test(v.line) || (v.line.length <= MAX_URL_LINE && HAS_URL.test(v.line) && !v.ends) },
  { name: 'loading', test: (v) => WAITING.test(v.key) },
  { name: 'cms-signature', test: (v) => CMS_SIGNATURE.test(v.key) },
  { name: 'site-tool', test: (v) => SITE_TOOL.test(v.key) },
  {
    name: 'breadcrumb',
    test: (v) => BREADCRUMB.test(v.key) || (v.line.length <= 120 && BREADCRUMB_STEPS.test(v.line) && /首页|主页/.test(v.line)),
  },
  { name: 'prev-next', test: (v) => PREV_NEXT.test(v.unbracketed) },
  { name: 'pagination', test: (v) => isPagination(v.key) },
  {
    name: 'related',
    test: (v) =>
      RELATED_MARKER.test(v.unbracketed.replace(MIDDLE_DOTS, '')) ||
      isRelatedRow(v.line) ||
      (v.line.length <= MAX_WIDGET_LINE && RELATED_INLINE.test(v.unbracketed)),
  },
  { name: 'reading-time', test: (v) => READING_TIME.test(v.unbracketed) },
  { name: 'widget', test: (v) => v.line.length <= MAX_WIDGET_LINE && PAGE_WIDGET.test(v.unbracketed) },
  { name: 'qr-prompt', test: (v) => v.key.length <= MAX_SHORT_LINE && QR_PROMPT.test(v.key) },
  { name: 'sms-subscription', test: (v) => !v.ends && SMS_SUBSCRIPTION.test(v.key) },
  { name: 'reader-prompt', test: (v) => v.line.length <= MAX_WIDGET_LINE && READER_PROMPT.test(v.key) },
  {
    name: 'wechat-prompt',
    test: (v) => v.line.length <= MAX_WIDGET_LINE && (WECHAT_PROMPT.test(v.key) || (!v.ends && WECHAT_CLOSING.test(v.key))),
  },
  { name: 'copyright', test: (v) => isCopyrightLine(v.key) },
  { name: 'registration', test: (v) => REGISTRATION.test(v.key) },
  {
    name: 'contact',
    test: (v) =>
      (CONTACT.test(v.key) && !UNITS_OF_THE_MATTER.test(v.line)) ||
      PHONE_CONTACT.test(v.key) ||
      CONTACT_HEADING.test(v.key) ||
      (v.line.length <= MAX_URL_LINE && EMAIL.test(v.line)),
  },
  { name: 'end-marker', test: (v) => END_MARKER.test(v.key) },
  { name: 'media-placeholder', test: (v) => MEDIA_PLACEHOLDER.test(v.key) },
  { name: 'credit', test: (v) => isCreditLine(v.line) || (!v.ends && CREDIT_BAR.test(v.key)) },
  {
    name: 'reprint-note',
    test: (v) => REPRINT_NOTE.test(v.key) || SOURCE_NOTE.test(v.key) || readPrintCitation(v.line) !== null,
  },
  { name: 'ui-words', test: (v) => isUiOnly(v.key) },
  { name: 'metadata', test: (v) => isMetadata(v.line, v.key) },
];

/**
 * The rules found for the lines of the normalization running now: the head, tail and title finders ask about the
 * same lines several times. Kept only inside withDebrisMemo, so that a long-running worker holds no lines.
 */
let debrisMemo: Map<string, string | null> | null = null;

/** Runs `normalize` with debrisRuleOf remembering its answers until it returns (nested calls share one memo). */
export function withDebrisMemo<T>(normalize: () => T): T {
  if (debrisMemo) return normalize();
  debrisMemo = new Map();
  try {
    return normalize();
  } finally {
    debrisMemo = null;
  }
}

/** The name of the debris rule a line falls under ('empty', 'disclaimer' or one of DEBRIS_RULES), or null. */
export function debrisRuleOf(line: string): string | null {
  if (!debrisMemo) return classifyLine(line);
  const known = debrisMemo.get(line);
  if (known !== undefined) return known;
  const rule = classifyLine(line);
  debrisMemo.set(line, rule);
  return rule;
}

function classifyLine(line: string): string | null {
  const trimmed = line.trim();
  const key = keyOf(trimmed);
  if (!key) return 'empty';
  if (isDisclaimer(key)) return 'disclaimer';
  if (isSentence(trimmed)) return null;
  const view: LineView = { line: trimmed, key, unbracketed: key.replace(LEADING_BRACKET, ''), ends: SENTENCE_END.test(trimmed) };
  return DEBRIS_RULES.find((rule) => rule.test(view))?.name ?? null;
}

export function isBoilerplateLine(line: string): boolean {
  return debrisRuleOf(line) !== null;
}

function isShortPlain(line: string): boolean {
  const t = line.trim();
  return t.length <= MAX_SHORT_LINE && !SENTENCE_END.test(t);
}

/** A share-card description: the opening of a later paragraph, cut off. */
function isExcerptOf(line: string, lines: string[], from: number): boolean {
  const stem = line.trim().replace(/(?:…|\.{3})+$/, '');
  if (stem.length < MIN_EXCERPT) return false;
  for (let i = from; i < lines.length; i++) if (lines[i].length > stem.length && lines[i].trim().startsWith(stem)) return true;
  return false;
}

/** How many short lines (captions, a 引题) above head debris are taken as part of it. */
const MAX_HEAD_PENDING = 4;

/**
 * Index of the first line of the body proper: debris, metadata, the repeated title and slogans before it are
 * skipped, with up to MAX_HEAD_PENDING short lines between debris lines (a caption above 来源: … 【字号 大 中 小】).
 * `keepShortLines` stops at the first short line instead (a text dump's title block comes after its debris).
 */
export function headEnd(lines: string[], ctx: BoilerplateContext = {}, keepShortLines = false): number {
  const title = ctx.title ? compact(ctx.title) : null;
  const isTitle = (l: string) => !!title && l.length < title.length * 3 && (compact(l) === title || compact(cleanTitle(l)) === title);
  let end = 0;
  let pending = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) {
      if (pending === 0) end = i + 1;
      continue;
    }
    const next = nextNonEmpty(lines, i + 1);
    if (
      isBoilerplateLine(line) ||
      // Above the body only a prompt that is no sentence (安装某某客户端…→【下载地址】): a lede may report a new account.
      (!isSentence(line) && isFollowPrompt(line)) ||
      isDateLine(line) ||
      isTitleDateRow(line) ||
      isNameAndDateLine(line) ||
      isTitle(line) ||
      isExcerptOf(line, lines, i + 1) ||
      // A list bullet with a few words above the body: navigation or a column name (- 综合资讯).
      (/^[-•·▪]\s/.test(line) && line.length <= 16) ||
      // A site slogan directly above a breadcrumb or the title.
      (line.length <= MAX_SLOGAN && !SENTENCE_END.test(line) && (BREADCRUMB.test(keyOf(next)) || isTitle(next)))
    ) {
      end = i + 1;
      pending = 0;
      continue;
    }
    if (!keepShortLines && isShortPlain(line) && pending < MAX_HEAD_PENDING) {
      pending++;
      continue;
    }
    break;
  }
  return end;
}

function nextNonEmpty(lines: string[], from: number): string {
  for (let i = from; i < lines.length; i++) if (lines[i].trim()) return lines[i].trim();
  return '';
}

/** Debris that heads a list of links: 相关阅读, 上一篇, share bars, disclaimers. */
function isListMarker(line: string): boolean {
  const key = keyOf(line).replace(LEADING_BRACKET, '');
  return (
    RELATED_MARKER.test(key) ||
    RELATED_INLINE.test(key) ||
    PAGE_WIDGET.test(key) ||
    PREV_NEXT.test(key) ||
    isPagination(key) ||
    isDisclaimer(key)
  );
}

/** A site's invitation to follow it (香港新浪新闻现已开设Facebook专页…, 欢迎关注本网微信公众号): not the article. */
const FOLLOW_PROMPT =
  /(?:facebook|脸书|微博|微信|公众号|客户端|app|抖音|google\s*plus|邮件列表).{0,30}(?:专页|关注|下载|扫码|订阅|加入|follow)|(?:关注|下载|安装|扫码|订阅|登陆|开设|加入).{0,30}(?:facebook|脸书|微博|微信|公众号|客户端|app|抖音|邮件列表)/i;
const ADDRESSES_READER = /我们|本网|本站|本报|本台|欢迎|敬请|请|你|您|follow|^(?:安装|下载)/i;
const MAX_FOLLOW_PROMPT = 200;

/** Such an invitation; a sentence of the article about social media does not address the reader. */
export function isFollowPrompt(line: string): boolean {
  return line.length <= MAX_FOLLOW_PROMPT && FOLLOW_PROMPT.test(line) && ADDRESSES_READER.test(line);
}

/**
 * Index after the last line of the body proper: footers, navigation, disclaimers, invitations to follow the site,
 * related lists (short lines under 相关阅读, a share bar or a disclaimer) and a lone byline line are cut. Short lines
 * with only body above them stay.
 */
export function tailStart(lines: string[], head = 0): number {
  let end = lines.length;
  let pendingShort = 0;
  for (let i = lines.length - 1; i >= head; i--) {
    const line = lines[i].trim();
    if (isBoilerplateLine(line) || isFollowPrompt(line)) {
      // Lists hang under markers, share bars and disclaimers; under a contact line they may be the article's own.
      if (pendingShort === 0 || isListMarker(line)) {
        end = i;
        pendingShort = 0;
      }
      continue;
    }
    if (pendingShort === 0 && !SENTENCE_END.test(line) && trailingByline(line) && !withoutTrailingByline(line)) {
      end = i;
      continue;
    }
    if (isShortPlain(line)) {
      pendingShort++;
      continue;
    }
    break;
  }
  return end;
}

/** How many link titles a box in the middle of a body may hold. */
const MAX_BOX_TITLES = 12;
/** How many first lines of a body may hold a credit line under a lead-in (导语 / 记者某某／台北报导 / text). */
const HEAD_CREDIT_LINES = 4;
/** How many first lines of a body, none a sentence, may hold a document's title and its 文号 under it. */
const HEAD_NUMBER_LINES = 8;

/**
 * Indexes of debris inside a body, which the cuts at its ends leave: credit lines and a document number among its
 * first lines, and link boxes (see linkBoxLines).
 */
export function innerDebrisLines(lines: string[]): Set<number> {
  const debris = linkBoxLines(lines);
  for (let i = 0; i < Math.min(HEAD_CREDIT_LINES, lines.length); i++) {
    const line = lines[i].trim();
    // A dateline alone on its line (本报讯 （记者 陈鑫）) is taken here only, not as head debris: the short lines above
    // it are the article's 副题, which the head rules would take along with it.
    // So is a parenthesis of names on its own line under the title ((张三 李四)): its names are the author's.
    if (isCreditLine(line) || DATELINE_CREDIT.test(line) || namesParenLine(line)) debris.add(i);
  }
  // So is a 文号 under a document's title, which may take several lines (the number is metadata, doc_no, as the 索引号
  // table is): the title above it stays.
  for (let i = 0; i < Math.min(HEAD_NUMBER_LINES, lines.length) && !isSentence(lines[i]); i++) {
    if (isDocumentNumberLine(lines[i])) debris.add(i);
  }
  return debris;
}

/**
 * Indexes of the link boxes in a body: a related marker (推荐阅读, 相关新闻：, 延伸阅读：…) with the short title lines
 * under it. Nothing is taken when no title follows the marker (相关链接 over a paragraph).
 */
function linkBoxLines(lines: string[]): Set<number> {
  const box = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    // A box opens with a short marker line: a paragraph of the text is no marker, and its key is not worth making.
    if (line.length > MAX_WIDGET_LINE) continue;
    const key = keyOf(line).replace(LEADING_BRACKET, '');
    const inline = RELATED_INLINE.test(key);
    if (!inline && !RELATED_MARKER.test(key.replace(MIDDLE_DOTS, ''))) continue;
    let j = i + 1;
    while (j < lines.length && j - i <= MAX_BOX_TITLES && isShortPlain(lines[j]) && lines[j].trim()) j++;
    if (j === i + 1 && !inline) continue;
    for (let k = i; k < j; k++) box.add(k);
    i = j - 1;
  }
  return box;
}

export interface StripResult {
  lines: string[];
  removed: string[];
  /** How many of the given lines the head debris took (the kept lines start there). */
  head: number;
}

/** Removes debris at the head and tail (see headEnd, tailStart) and a byline after the last sentence. */
/** A portal's link that its template appends to the last paragraph: …前往送别。返回搜狐，查看更多, 返回腾讯网首页>>. */
const READ_MORE_SUFFIX = /(?<=[。！？!?…”」』)）])\s*返回[\p{Script=Han}]{1,6}(?:[，,]\s*查看更多|首页\s*(?:>>|»)?)\s*$/u;

const PAGE_NUMBER = '第?[A-Za-z]?[\\d一二三四五六七八九十]{1,3}(?:版|页)';
/**
 * Where a text goes on or comes from on another page or print page, as e-papers and paged articles mark it:
 * …高质量发展。（下转第二版）, （上接第1版）…, …查阅。(接下一页). Page furniture, not the text.
 */
const CONTINUED_AT_END = new RegExp(`\\s*[(（](?:接下一?页|下转${PAGE_NUMBER}|转${PAGE_NUMBER})[)）]\\s*$`, 'u');
const CONTINUED_AT_START = new RegExp(`^\\s*[(（](?:上接${PAGE_NUMBER}|接上一?页|接${PAGE_NUMBER})[)）]\\s*`, 'u');

function withoutTemplateMarks(line: string): string {
  let l = line;
  if (l.includes('返回')) l = l.replace(READ_MORE_SUFFIX, '');
  if (l.includes('接') || l.includes('转')) l = l.replace(CONTINUED_AT_END, '').replace(CONTINUED_AT_START, '');
  return l;
}

export function stripBoilerplateLines(lines: string[], ctx: BoilerplateContext = {}): StripResult {
  // Appended links and continuation marks are cut first: with them a short last paragraph reads as navigation (…首页>>).
  const clean = lines.map(withoutTemplateMarks);
  const head = headEnd(clean, ctx);
  const tail = Math.max(head, tailStart(clean, head));
  const kept = clean.slice(head, tail);
  const removed = [...clean.slice(0, head), ...clean.slice(tail)].filter((l) => l.trim());
  const lastIndex = kept.length - 1;
  if (lastIndex >= 0) {
    const last = kept[lastIndex].trim();
    const trimmed = trailingByline(last) ? withoutTrailingByline(last) : last;
    if (trimmed && trimmed !== last) {
      removed.push(last.slice(trimmed.length).trim());
      kept[lastIndex] = trimmed;
    }
  }
  return { lines: kept.filter((l) => l.trim()), removed, head };
}
