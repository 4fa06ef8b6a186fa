// Page debris at the head and tail of a body: metadata, navigation, related lists, footers, share-card leftovers.
// Only the two ends are touched, and a line that reads like a sentence of the article is never removed.

import { trailingByline, withoutTrailingByline } from './byline';
import { parseChineseDate } from './date';

export interface BoilerplateContext {
  title?: string | null;
}

const LEADING_BULLET = /^[\s•·▪●◆■□◇○▶►\-*>]+/;
const SPACES = /[\s\u00A0\u3000]+/g;

/** The line as the patterns see it: bullets and all spaces removed (`• 传  真:` → `传真:`). */
function keyOf(line: string): string {
  return line.replace(LEADING_BULLET, '').replace(SPACES, '');
}

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const WAITING = /^(?:等待处理|正在加载|加载中|载入中|loading)[….。.]*$/i;
const BREADCRUMB = /^(?:您现在的位置|您的位置|你现在的位置|你的位置|当前位置|所在位置|现在位置|位置)[:：]|^首页[>＞»›/]/;
const BREADCRUMB_STEPS = /(?:[>＞»›].*){2,}/;
const PREV_NEXT = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页|前一篇|后一篇)[:：]?/;
const RELATED_MARKER =
  /^(?:相关阅读|相关新闻|相关文章|相关链接|相关报道|相关稿件|阅读推荐|推荐阅读|新闻爆料|延伸阅读|热点推荐|热门推荐|热门文章|猜你喜欢|更多新闻|精彩推荐|编辑推荐|今日推荐|热点新闻|最新新闻|相关附件)[:：]?$/;
const QR_PROMPT = /扫一扫|扫码|扫描二维码|关注微信公众号|关注公众号|用手机扫描|手机扫描|二维码/;
const DISCLAIMER_START =
  /^(?:声明|免责声明|版权声明|特别声明|郑重声明)[:：]|^(?:本文仅代表|本网站?转载|转载请注明|凡本网注明|本站声明|未经授权|未经许可|本文来源于网络|文章来源于网络|图片来源于网络|如有侵权|版权归原作者)/;
const DISCLAIMER_ANYWHERE = /仅代表作者(?:个人)?观点|转载请注明出处|如有侵权|与本站无关|与本网无关|不代表本[站网]观点|声明[:：]$/;
const COPYRIGHT = /^(?:©|copyright|\(c\))|版权所有|allrightsreserved|copyright©/i;
const REGISTRATION = /icp备|icp证|公网安备|网安备|备案号|备案序号|网站标识码/i;
const CONTACT =
  /^(?:主办|承办|协办|技术支持|联系电话|联系邮箱|联系地址|传真|邮箱|电子邮箱|地址|电话|邮编|主管|运营维护|网站维护|维护单位|设计制作|制作单位|投稿邮箱|举报电话)(?:单位)?[:：]/;
const CONTACT_HEADING = /^(?:联系我们|与我们联系|网站地图|网站声明|关于我们|设为首页|加入收藏|返回首页|返回顶部|↑?top|↑)$/i;
const END_MARKER = /^[(（【[]?(?:完|结束|全文完|end)[)）】\]]?$/i;
/** A line made only of page UI words (字号 大 中 小, 打印, 关闭窗口, 分享到 …) and brackets. */
const UI_WORDS =
  /字号|字体|打印本页|打印|关闭窗口|关闭本页|关闭|分享到|分享|收藏本页|收藏|返回顶部|默认|纠错|我要纠错|微信|微博|qq空间|朋友圈|[大中小]|[【】〖〗[\]|:：()（）]/gi;
const META_LABEL =
  /(?:发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期|信息来源|文章来源|稿件来源|来源|作者|责任编辑|值班编辑|编辑|审核|校对|撰稿|记者|通讯员|摄影|点击量|点击数|点击|浏览次数|浏览量|阅读量|阅读数|阅读|访问量|字号)[:：]/;
const DATE_ONLY = /^[\d\s年月日号:：\-/.时分秒T+]+$/;
const SENTENCE_END = /[。！？!?…]["”’」』)）]?$/;
const LONG_SENTENCE = 30;
const MAX_META_LENGTH = 160;
const MAX_SHORT_LINE = 40;
const MAX_SLOGAN = 40;
const MIN_EXCERPT = 12;

function isSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim()) && line.trim().length > LONG_SENTENCE;
}

function isDisclaimer(key: string): boolean {
  return DISCLAIMER_START.test(key) || DISCLAIMER_ANYWHERE.test(key);
}

/** Metadata such as `发布时间:… 来源:… 字号`, `2021/5/21 点击量:276413` or a bare date line. */
function isMetadata(line: string, key: string): boolean {
  if (line.length > MAX_META_LENGTH || SENTENCE_END.test(line.trim())) return false;
  if (META_LABEL.test(key)) return true;
  const bare = line.replace(LEADING_BULLET, '').replace(/^[(（[【]|[)）\]】]$/g, '').trim();
  return DATE_ONLY.test(bare) && parseChineseDate(bare) !== null;
}

function isUiOnly(key: string): boolean {
  return key.length > 0 && key.length <= MAX_SHORT_LINE && key.replace(UI_WORDS, '') === '';
}

/** Debris wherever it stands at the head or tail of a body. A long sentence is debris only when it is a disclaimer. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return true;
  const key = keyOf(trimmed);
  if (!key) return true;
  if (isDisclaimer(key)) return true;
  if (isSentence(trimmed)) return false;
  return (
    URL_ONLY.test(trimmed) ||
    WAITING.test(key) ||
    BREADCRUMB.test(key) ||
    (trimmed.length <= 120 && BREADCRUMB_STEPS.test(trimmed) && /首页|主页/.test(trimmed)) ||
    PREV_NEXT.test(key) ||
    RELATED_MARKER.test(key) ||
    (key.length <= MAX_SHORT_LINE && QR_PROMPT.test(key)) ||
    COPYRIGHT.test(key) ||
    REGISTRATION.test(key) ||
    CONTACT.test(key) ||
    CONTACT_HEADING.test(key) ||
    END_MARKER.test(key) ||
    isUiOnly(key) ||
    isMetadata(trimmed, key)
  );
}

function compact(s: string): string {
  return s.replace(SPACES, '');
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

/** Index of the first line of the body proper: debris, metadata, the repeated title and slogans before it are skipped. */
export function headEnd(lines: string[], ctx: BoilerplateContext = {}): number {
  const title = ctx.title ? compact(ctx.title) : null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i].trim();
    const next = lines.slice(i + 1).find((l) => l.trim()) ?? '';
    const isTitle = (l: string) => !!title && compact(l) === title;
    if (
      isBoilerplateLine(line) ||
      isTitle(line) ||
      isExcerptOf(line, lines, i + 1) ||
      // A list bullet with a few words above the body: navigation or a column name (- 综合资讯).
      (/^[-•·▪]\s/.test(line) && line.length <= 16) ||
      // A site slogan directly above a breadcrumb or the title.
      (line.length <= MAX_SLOGAN && !SENTENCE_END.test(line) && (BREADCRUMB.test(keyOf(next)) || isTitle(next)))
    ) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/**
 * Index after the last line of the body proper: footers, navigation, disclaimers, related lists
 * (a marker such as 相关阅读 with the short lines after it) and a lone byline line are cut.
 */
export function tailStart(lines: string[], head = 0): number {
  let end = lines.length;
  let pendingShort = 0;
  let sawContent = false;
  for (let i = lines.length - 1; i >= head; i--) {
    const line = lines[i].trim();
    const key = keyOf(line);
    if (RELATED_MARKER.test(key)) {
      end = i;
      pendingShort = 0;
      continue;
    }
    if (isBoilerplateLine(line)) {
      if (pendingShort === 0) end = i;
      continue;
    }
    if (!sawContent && pendingShort === 0 && !SENTENCE_END.test(line) && trailingByline(line) && !withoutTrailingByline(line)) {
      end = i;
      continue;
    }
    if (isShortPlain(line)) {
      pendingShort++;
      continue;
    }
    sawContent = true;
    break;
  }
  return end;
}

export interface StripResult {
  lines: string[];
  removed: string[];
}

/** Removes debris at the head and tail (see headEnd, tailStart) and a byline after the last sentence. */
export function stripBoilerplateLines(lines: string[], ctx: BoilerplateContext = {}): StripResult {
  const head = headEnd(lines, ctx);
  const tail = Math.max(head, tailStart(lines, head));
  const kept = lines.slice(head, tail);
  const removed = [...lines.slice(0, head), ...lines.slice(tail)].filter((l) => l.trim());
  const lastIndex = kept.length - 1;
  if (lastIndex >= 0) {
    const last = kept[lastIndex].trim();
    const trimmed = trailingByline(last) ? withoutTrailingByline(last) : last;
    if (trimmed && trimmed !== last) {
      removed.push(last.slice(trimmed.length).trim());
      kept[lastIndex] = trimmed;
    }
  }
  return { lines: kept.filter((l) => l.trim()), removed };
}
