// The one body stage: a body's lines (a page's blocks or a text dump's lines) → the article's text, with what was cut
// above and below it kept for the field readers. Only the two ends and the first lines are touched.

import { innerDebrisLines, stripBoilerplateLines } from './boilerplate';
import { leadingAuthors, leadingByline, namesParenLine, speakerOf, trailingAuthors, withoutLeadingByline } from './byline';
import { compact, SENTENCE_END } from '../rules/prose';

/**
 * Lines that close an article on Chinese news pages: what follows them (related lists, polls, comments, the site's
 * disclaimer) is never body. Checked only past the first part of the text, where they cannot be a lead-in.
 */
const END_MARKER =
  /^[【\[(（]?\s*(?:(?:责任编辑|責任編輯|责编|責編|本文编辑|编辑|編輯)\s*[:：]|(?:相关新闻|相關新聞|相关阅读|相關閱讀|相关文章|相關文章|相关链接|相关报道|相关专题|相关搜索|更多相关|延伸阅读|推荐阅读|热点推荐|热门推荐|猜你喜欢|今日推荐|网友评论|我要评论|发表评论|查看评论|跟贴|分享到|版权与免责声明|免责声明|版权声明|網站聲明|网站声明|反侵权公告|侵权公告|版权公告)|[^\s，。]{0,8}声明\s*[:：])/;
/**
 * Lines that close a blog post or open its comments, never an article's words: 本文发表于… 已被阅读178次, a Trackback
 * link, 《标题》已有1件评论. Only comments longer than the post itself make them doubtful.
 */
const POST_END_MARKER = /^[(（]?本文(?:发表|发布)于.{0,40}(?:阅读|浏览|评论)\s*\d+|^.{0,20}trackback|已有\d+\s*[件条篇个]?(?:评论|回复|留言)$/i;
/**
 * The header of one reader comment (瑞雪 对奶粉事件的评论:). An article may quote one such line, so only the first of
 * several is taken as the start of the comments.
 */
const COMMENT_HEADER = /^\S.{0,24}?对.{1,30}的(?:评论|留言)\s*[:：]$/;
const MIN_COMMENT_HEADERS = 2;
/** What may follow an end marker, against what precedes it: more means the marker is a mid-article link box. */
const END_TAIL_SHARE = 0.5;
const POST_END_TAIL_SHARE = 1;
const LONG_LINE = 50;

/** Characters of a line that count as article prose: a sentence or a long line (list titles and labels count 0). */
function proseWeight(line: string): number {
  const t = line.trim();
  return SENTENCE_END.test(t) || t.length >= LONG_LINE ? t.length : 0;
}

/**
 * A line that is only a story's reporters, where they filed from or with their 通讯员: 楚天都市报记者严珑 通讯员黄冬香
 * 摄影：记者王永胜发自湖南长沙. A photo credit under captions (记者 王五 摄) is no such line.
 */
const STORY_BYLINE = /^[^，。！？,]{0,12}?(?:记者|通讯员)[^，。！？,]{2,48}$/;
const FILED = /发自\S{2,8}$|报[道导]$|记者.*通讯员|通讯员.*记者/;
const PHOTO_CREDIT = /(?:摄|摄影|供图|制图)$/;

const isStoryByline = (line: string) => STORY_BYLINE.test(line) && FILED.test(line) && !PHOTO_CREDIT.test(line);
/** How many first prose lines may open the story with a dateline and reporters (a caption may stand above them). */
const STORY_OPENING_LINES = 2;
const MIN_STORY_HEADINGS = 2;
const MAX_HEADING = 40;

const isHeadingLike = (line: string) => line.trim().length > 0 && line.trim().length <= MAX_HEADING && !SENTENCE_END.test(line.trim());

/**
 * Where a second story starts on a page that prints two (a newspaper's main story and its sidebar): a story that
 * opened with its dateline and reporters (楚天都市报讯 （记者 某某）…), then further down a block of headings (and
 * captions) over a line that is only reporters, with text under it. -1 when there is none.
 */
function secondStoryStart(lines: string[]): number {
  const prose = lines.map((l, i) => (proseWeight(l) > 0 ? i : -1)).filter((i) => i >= 0);
  const opening = prose.slice(0, STORY_OPENING_LINES).find((i) => leadingByline(lines[i]) !== null);
  if (opening === undefined) return -1;
  for (let i = opening + 2; i < lines.length - 1; i++) {
    if (!isStoryByline(lines[i].trim()) || proseWeight(lines[i + 1]) === 0) continue;
    let start = i;
    while (start > opening + 1 && isHeadingLike(lines[start - 1])) start--;
    if (i - start >= MIN_STORY_HEADINGS && proseWeight(lines[start - 1]) > 0) return start;
  }
  return -1;
}

/**
 * Cuts the text at the first end marker that is followed by less than END_TAIL_SHARE of the prose before it
 * (POST_END_TAIL_SHARE for a blog post's closing lines), or where a second story starts.
 */
export function cutAtEndMarker(lines: string[]): string[] {
  const second = secondStoryStart(lines);
  if (second > 0) lines = lines.slice(0, second);
  const weights = lines.map(proseWeight);
  const total = weights.reduce((n, w) => n + w, 0);
  const comments = lines.filter((l) => COMMENT_HEADER.test(l.trim())).length >= MIN_COMMENT_HEADERS;
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const after = total - seen;
    if (i > 0 && after < seen * END_TAIL_SHARE && END_MARKER.test(line)) return lines.slice(0, i);
    const postEnd = POST_END_MARKER.test(line) || (comments && COMMENT_HEADER.test(line));
    if (i > 0 && after < seen * POST_END_TAIL_SHARE && postEnd) return lines.slice(0, i);
    seen += weights[i];
  }
  return lines;
}

export interface Body {
  /** Kept lines, Simplified. */
  lines: string[];
  /** The same lines as the page wrote them (differs only on Traditional pages). */
  original: string[];
  byline: string | null;
  /** The forum or blog post line (本贴由 某某 于…发表, 由某某张贴 @ …) where the post ends, if any. */
  postLine: string | null;
  /** Lines cut above the body (info lines Readability kept) and below it (end markers, bylines, footers). */
  headRemoved: string[];
  tailRemoved: string[];
}

/**
 * The post line forum and blog templates print under a post: 本贴由 某某 于2005年8月12日…发表, 由某某张贴 @ 2005-06-14
 * 03:25:55. It names the poster and the time wherever it stands; on a page of several posts the first is the page's.
 */
export const POST_LINE = [
  /本[贴帖]由\s*([^\s]{1,20}?)\s*于\s*(?:19|20)\d{2}/u,
  /(?:^|\s)由\s*([^\s@]{1,20}?)\s*(?:张贴|發表|发表|发布|發佈|贴出)\s*(?:@|于|於)\s*(?:19|20)\d{2}/u,
];
/**
 * Poster credits that are only trusted next to the body's end: 某某 发表于 2005-9-15, … by 某某; `by` in an English
 * sentence of the article (… attended by representatives of …) is none.
 */
export const POSTED_BY = [
  ...POST_LINE,
  /([^\s\]】》>|:：]{2,20})\s*发表于\s*[:：]?\s*(?:19|20)\d{2}/u,
  /(?:^|\s)by\s+([^\s〓|:：,，]{2,20})(?!.*[.!?]\s*$)/iu,
];

/** The poster a post line or a poster credit names (see POSTED_BY). */
export function postedBy(lines: string[]): string | null {
  for (const pattern of POSTED_BY) {
    for (const line of lines) {
      const m = pattern.exec(line);
      if (m) return m[1];
    }
  }
  return null;
}

const MAX_POST_LINE = 120;

/** Where the first post line of the body is (see POST_LINE), or -1; a sentence (该报告由国务院发布于2005年…。) is none. */
function postLineIndex(lines: string[]): number {
  return lines.findIndex((l) => l.length <= MAX_POST_LINE && !/[。！？]$/.test(l.trim()) && POST_LINE.some((p) => p.test(l)));
}


export interface BodyContext {
  /** The title (Simplified on a converted page): a repeat of it above the body is cut. */
  title: string | null;
  /** The 引题 / 副题 and title lines the page prints around the title (Simplified likewise): cut above the body. */
  headings: string[];
}

/**
 * The one body stage, for pages and text dumps alike: the post line and end markers cut the tail, head debris and
 * repeated headings go, tail debris goes, debris among the first lines goes, a speaker line or a leading or trailing
 * byline is taken out. `original` is the same lines before conversion, cut at the same places.
 */
export function cleanBodyLines(converted: string[], original: string[], ctx: BodyContext): Body {
  let lines = converted;
  const headingKeys = new Set(ctx.headings.map(compact));
  // A post line closes its post: below it are the blog's older posts or the thread's follow-ups.
  const post = postLineIndex(lines);
  const postLine = post >= 0 ? lines[post] : null;
  const cut = cutAtEndMarker(post > 0 ? lines.slice(0, post) : lines);
  const afterCut = lines.slice(cut.length);
  lines = cut;
  original = original.slice(0, lines.length);
  // Readability keeps 引题 / 副题 above the body; they are fields of their own.
  while (lines.length && headingKeys.has(compact(lines[0]))) (lines = lines.slice(1)), (original = original.slice(1));
  const debrisCtx = { title: ctx.title };
  const stripped = stripBoilerplateLines(lines, debrisCtx);
  const head = stripped.head;
  const headRemoved = lines.slice(0, head);
  const tailRemoved = [...stripped.removed.slice(headRemoved.filter((l) => l.trim()).length), ...afterCut];
  lines = stripped.lines;
  original = original.slice(head, head + lines.length);
  const inner = innerDebrisLines(lines);
  const innerRemoved = lines.filter((_, i) => inner.has(i));
  headRemoved.push(...innerRemoved);
  lines = lines.filter((_, i) => !inner.has(i));
  original = original.filter((_, i) => !inner.has(i));
  // A speech's speaker line (市委书记　张三) is its byline; above the body it went with the speech's date line.
  if (lines.length > 1 && speakerOf([ctx.title, ...ctx.headings], [lines[0]])) {
    headRemoved.push(lines[0]);
    (lines = lines.slice(1)), (original = original.slice(1));
  }
  let trailing: string | null = null;
  for (const r of stripped.removed) if ((trailing = trailingAuthors(r))) break;
  // A parenthesis of names under the title ((张三 李四)) credits the writers as a lede's byline does.
  const leading = (lines.length ? leadingAuthors(lines[0]) : null) ?? innerRemoved.map(namesParenLine).find(Boolean) ?? null;
  if (lines.length && leadingByline(lines[0])) {
    lines = [withoutLeadingByline(lines[0]), ...lines.slice(1)];
    original = [withoutLeadingByline(original[0]), ...original.slice(1)];
  }
  // A trailing byline was cut from the last converted line; conversion keeps lengths, so cut the original alike.
  const last = lines.length - 1;
  if (last >= 0 && original[last].length > lines[last].length) original[last] = original[last].slice(0, lines[last].length);
  const keep = lines.map((l) => l.trim().length > 0);
  return {
    lines: lines.filter((_, i) => keep[i]),
    original: original.filter((_, i) => keep[i]),
    byline: leading ?? trailing,
    postLine,
    headRemoved,
    tailRemoved,
  };
}
